package com.salesdiag.service.console;

import com.salesdiag.service.security.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * The console's sign-in under the same limit as HTTP Basic ({@link LoginThrottle}, which counts the form's wrong
 * passwords too): after too many failures for a name or from an address, the form is refused without checking the
 * password, until the window has passed, and the page says to wait.
 */
final class FormLoginThrottle extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    FormLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        Duration wait = throttle.retryAfter(user == null ? "" : user, request.getRemoteAddr());
        if (wait != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
