package com.salesdiag.service.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Locale;

/**
 * Which requests the console answers: its own paths, and any other page a browser asks for outside the API (a
 * mistyped address), so that a person never reads the API's JSON. The API's paths stay the API's, whatever asks.
 */
final class ConsoleRequests {

    private static final List<String> API = List.of("/api/", "/actuator", "/v3/api-docs", "/swagger-ui", "/error");

    private ConsoleRequests() {
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = path(request);
        if (path.equals("/") || path.equals("/login") || path.equals("/logout") || path.equals("/console")
                || path.startsWith("/console/") || path.startsWith("/oauth2/authorization/")
                || path.startsWith("/login/oauth2/code/")) {
            return true;
        }
        return API.stream().noneMatch(path::startsWith) && acceptsHtml(request);
    }

    /** A browser asking for a page: its Accept names HTML (an API client asks for JSON, or for anything). */
    static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
