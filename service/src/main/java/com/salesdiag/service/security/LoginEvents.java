package com.salesdiag.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's authentication events for HTTP Basic logins: each wrong password is logged (user name and
 * source address, never the password) and counted by {@link LoginThrottle}; a right one clears its user's count.
 */
final class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

    private final LoginThrottle throttle;

    LoginEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String user = attempt.getName();
        String source = source(attempt);
        boolean refusing = throttle.failed(user, source);
        log.atWarn().addKeyValue("user", user).addKeyValue("source", source).log("Login failed");
        if (refusing) {
            log.atWarn().addKeyValue("user", user).addKeyValue("source", source)
                    .log("Logins refused for a while after repeated failures (429)");
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    private static String source(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
