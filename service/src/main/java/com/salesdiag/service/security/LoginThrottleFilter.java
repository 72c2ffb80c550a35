package com.salesdiag.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Before HTTP Basic checks a password, refuses the attempt with 429 when its user name or source address is being
 * throttled ({@link LoginThrottle}): no bcrypt is spent on it, so a guessing client cannot take the request threads
 * from everyone else. One exception: credentials that matched within {@code verified-password-ttl}
 * ({@link RecentlyVerifiedPasswords}, a keyed hash, no bcrypt) still pass, so that someone guessing a user's
 * password does not lock out that user's running clients. Failures and successes are counted by
 * {@link LoginEvents}.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final SecurityProblems problems;

    LoginThrottleFilter(LoginThrottle throttle, UserDetailsService users, PasswordEncoder passwords,
                        SecurityProblems problems) {
        this.throttle = throttle;
        this.users = users;
        this.passwords = passwords;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] login = basic(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (login != null) {
            Duration wait = throttle.retryAfter(login[0], request.getRemoteAddr());
            if (wait != null && !recentlyVerified(login[0], login[1])) {
                problems.throttled(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean recentlyVerified(String user, String password) {
        if (!(passwords instanceof RecentlyVerifiedPasswords remembered)) {
            return false;
        }
        try {
            UserDetails details = users.loadUserByUsername(user);
            return remembered.remembers(password, details.getPassword());
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }

    /** User name and password of a Basic Authorization header; null when it is not one that can be read. */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
