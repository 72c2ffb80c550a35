package com.salesdiag.service.security;

import com.salesdiag.service.system.Problems;
import com.salesdiag.service.system.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 401 and 403 as RFC 9457 problem details in the request's language, like every other error of the service:
 * 401 says how to log in (and {@code WWW-Authenticate} names the schemes), 403 says who was refused what.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    private final Problems problems;
    private final LocaleResolver locales;
    private final boolean basic;
    private final boolean bearer;

    SecurityProblems(Problems problems, LocaleResolver locales, boolean basic, boolean bearer) {
        this.problems = problems;
        this.locales = locales;
        this.basic = basic;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        List<String> challenges = new ArrayList<>();
        if (basic) {
            challenges.add("Basic realm=\"salesdiag\"");
        }
        if (bearer) {
            challenges.add(e instanceof InvalidBearerTokenException
                    ? "Bearer error=\"invalid_token\", error_description=\"The token was not accepted\"" : "Bearer");
        }
        challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
        String detail;
        if (e instanceof BadCredentialsException) {
            detail = text(request, "salesdiag.security.badCredentials");
        } else if (e instanceof InvalidBearerTokenException) {
            detail = text(request, "salesdiag.security.badToken");
        } else {
            detail = text(request, basic && bearer ? "salesdiag.security.logIn.both"
                    : bearer ? "salesdiag.security.logIn.bearer" : basic ? "salesdiag.security.logIn.basic"
                    : "salesdiag.security.logIn.none");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = Caller.of(authentication);
        String roles = caller.roles().isEmpty() ? "-"
                : caller.roles().stream().map(Role::name).collect(Collectors.joining(", "));
        log.atInfo().addKeyValue("user", caller.name()).addKeyValue("roles", roles)
                .addKeyValue("method", request.getMethod()).addKeyValue("path", request.getRequestURI())
                .log("Access denied");
        String detail = text(request, "salesdiag.security.forbidden", caller.name(), roles, request.getMethod(),
                request.getRequestURI());
        write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, detail);
    }

    /**
     * 400 to a request whose path the firewall refuses, before any filter of the chain ran: so the security headers
     * are written here too.
     */
    void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.atInfo().addKeyValue("method", request.getMethod()).addKeyValue("reason", e.getMessage())
                .log("Request refused by the firewall");
        SecurityHeaders.write(request, response);
        write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.REJECTED_PATH,
                text(request, "salesdiag.security.rejectedPath"), false);
    }

    /** 429 to a login refused after repeated failures, with {@code Retry-After} in whole seconds. */
    void throttled(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.LOGIN_THROTTLED,
                text(request, "salesdiag.security.throttled", seconds));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String detail) throws IOException {
        write(request, response, status, type, detail, true);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String detail, boolean instance) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Problems.write(problems.of(status, type, detail, instance ? request.getRequestURI() : null, locale), locale,
                response);
    }

    private String text(HttpServletRequest request, String code, Object... args) {
        return problems.text(locales.resolveLocale(request), code, args);
    }
}
