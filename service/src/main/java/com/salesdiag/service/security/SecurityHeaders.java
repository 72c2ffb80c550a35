package com.salesdiag.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import java.util.List;

/**
 * The security headers of every answer: Spring Security's defaults (no sniffing, no caching, no framing, HSTS over
 * HTTPS), a Content-Security-Policy and {@code Referrer-Policy: no-referrer}. The API answers JSON that no browser
 * should run or embed, so its policy allows nothing; Swagger UI is a page of the service's own scripts and styles
 * (none inline; it sets inline styles) that fetches the API document, so its policy allows just that. The same
 * writers serve the security filter chain and the answers given before it runs (a path the firewall refuses).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    private static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new CacheControlHeadersWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            SecurityHeaders::contentSecurityPolicy,
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));

    private SecurityHeaders() {
    }

    static List<HeaderWriter> writers() {
        return WRITERS;
    }

    /** Writes them all on an answer the security filter chain does not see. */
    static void write(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }

    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(CONTENT_SECURITY_POLICY)) {
            String path = request.getRequestURI();
            response.setHeader(CONTENT_SECURITY_POLICY,
                    path != null && path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : API_POLICY);
        }
    }
}
