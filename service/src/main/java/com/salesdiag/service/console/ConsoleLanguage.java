package com.salesdiag.service.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * Remembers the console's language: a page asked for with {@code ?lang=it} sets a cookie, and later pages without
 * {@code ?lang=} are in that language, whatever the browser's Accept-Language. The application's locale resolver
 * (query, then Accept-Language) stays as the API has it: the remembered choice reaches it as Accept-Language.
 * Console paths only; the API never reads or sets the cookie.
 */
@Component
class ConsoleLanguage extends OncePerRequestFilter {

    static final String COOKIE = "salesdiag-lang";
    private static final Set<String> LANGUAGES = Set.of("en", "it");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ConsoleRequests.isConsole(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String asked = asked(request.getQueryString());
        if (asked != null && LANGUAGES.contains(asked)) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, asked).path("/").httpOnly(true)
                    .sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
            chain.doFilter(request, response);
            return;
        }
        String remembered = remembered(request);
        chain.doFilter(remembered == null ? request : new InLanguage(request, remembered), response);
    }

    /** From the query string itself: a form's body (a multipart upload) is never parsed to choose a language. */
    private static String asked(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring("lang=".length()).strip();
            }
        }
        return null;
    }

    private static String remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The request as if the browser preferred the remembered language. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final String language;

        InLanguage(HttpServletRequest request, String language) {
            super(request);
            this.language = language;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? language : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(language)) : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() {
            return Locale.forLanguageTag(language);
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(getLocale()));
        }
    }
}
