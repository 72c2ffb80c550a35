package com.salesdiag.service.console;

import com.salesdiag.service.security.LoginThrottle;
import com.salesdiag.service.security.OidcSignIn;
import com.salesdiag.service.security.PasswordSignIn;
import com.salesdiag.service.security.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's own filter chain, ahead of the API's: a browser signs in with a form (the configured users, when
 * they sign in with passwords: {@link PasswordSignIn}) or through the OpenID Connect provider ({@link OidcSignIn},
 * authorization code flow), and keeps a session cookie (HttpOnly, SameSite=Lax: application.properties); every
 * form carries a CSRF token, and signing out ends the session (not the provider's). The API's chain (HTTP Basic,
 * bearer JWT, stateless) never sees these requests, nor this chain the API's.
 * The pages run no inline script and load nothing from elsewhere, so their policy allows only the service's own
 * stylesheet and images.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String MANAGER = Role.MANAGER.name();
    private static final String HR = Role.HR.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String ANALYST = Role.ANALYST.name();

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginThrottle throttle, PasswordSignIn passwords,
                                        OidcSignIn oidc) throws Exception {
        // its own paths, and any page a browser asks for outside the API (ConsoleRequests): signed in, a mistyped
        // address is the console's "not found", never the API's JSON
        http.securityMatcher(ConsoleRequests::isConsole)
                .authorizeHttpRequests(pages -> pages
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/console/assets/**", "/oauth2/authorization/**",
                                "/login/oauth2/code/**").permitAll()
                        .requestMatchers("/console/diagnoses/new").hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/console/diagnoses", "/console/diagnoses/**")
                        .hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers("/console/diagnoses", "/console/diagnoses/**").hasAnyRole(MANAGER, HR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/console/cases/**").hasRole(HR)
                        .requestMatchers("/console/cases", "/console/cases/**").hasAnyRole(HR, ADMIN)
                        .requestMatchers("/console/rules", "/console/rules/**").hasAnyRole(ANALYST, ADMIN)
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        if (passwords.enabled()) {
            http.addFilterBefore(new FormLoginThrottle(throttle), UsernamePasswordAuthenticationFilter.class)
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll());
        } else {
            // the page is still /login (it offers the provider); nobody is sent to a form that is not there
            http.exceptionHandling(errors -> errors
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        }
        if (oidc.configured()) {
            http.oauth2Login(login -> login.loginPage("/login").clientRegistrationRepository(oidc.registrations())
                    .userInfoEndpoint(user -> user.oidcUserService(oidc.users()))
                    .defaultSuccessUrl("/", true).failureUrl("/login?providerFailed")
                    // a provider that cannot be reached yet: back to the sign-in page saying so, not a 500
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                            filter.setAuthenticationFailureHandler(
                                    new SimpleUrlAuthenticationFailureHandler("/login?providerFailed"));
                            return filter;
                        }
                    }));
        }
        return http.build();
    }
}
