package com.salesdiag.service.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static com.salesdiag.service.security.Role.ADMIN;
import static com.salesdiag.service.security.Role.ANALYST;
import static com.salesdiag.service.security.Role.HR;
import static com.salesdiag.service.security.Role.MANAGER;

/**
 * Every endpoint and the roles that may call it; the service README has the same table. Public: health and info,
 * the API document, the samples. A manager's history is further limited to their departments by the history
 * itself. Only HR decides review cases; reloading rules is code execution, so only analysts and administrators.
 */
final class AccessRules {

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        // The error page renders errors (an ERROR dispatch); asked for directly it has no error to render and
        // answered 500 with status 999, so a direct request is refused like any other not allowed.
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").denyAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator", "/actuator/**").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/samples/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/diagnoses").hasAnyRole(MANAGER.name(), ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/diagnoses/archive").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/diagnoses", "/api/v1/diagnoses/**")
                .hasAnyRole(MANAGER.name(), HR.name(), ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/review-cases/*/decisions").hasRole(HR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/review-cases", "/api/v1/review-cases/**")
                .hasAnyRole(HR.name(), ADMIN.name())
                .requestMatchers("/api/v1/rules", "/api/v1/rules/**").hasAnyRole(ANALYST.name(), ADMIN.name())
                .anyRequest().authenticated();
    }
}
