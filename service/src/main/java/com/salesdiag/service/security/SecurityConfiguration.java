package com.salesdiag.service.security;

import com.salesdiag.service.system.Problems;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call what ({@link AccessRules}), and how they log in: HTTP Basic with the users of
 * {@code salesdiag.security.users}, and bearer JWTs from an OpenID Connect provider when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}, {@code public-key-location})
 * is set, decoded by {@link ConfiguredJwtDecoder} (Boot's own resource-server auto-configuration is excluded: its
 * conditions would be frozen at build time under fast-start's ahead-of-time processing). Stateless: no
 * session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, OAuth2ResourceServerProperties.class,
        OAuth2ClientProperties.class})
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
                                    OAuth2ResourceServerProperties resourceServer,
                                    ObjectProvider<JwtDecoder> jwtDecoder, Problems shared,
                                    LocaleResolver locales, LoginThrottle throttle,
                                    UserDetailsService users, PasswordEncoder passwords,
                                    PasswordSignIn passwordSignIn) throws Exception {
        JwtDecoder decoder = decoder(jwtDecoder, resourceServer);
        boolean bearer = decoder != null;
        boolean basic = passwordSignIn.enabled();
        SecurityProblems problems = new SecurityProblems(shared, locales, basic, bearer);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.writers().forEach(headers::addHeaderWriter);
                })
                .authorizeHttpRequests(AccessRules::apply)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (basic) {
            http.httpBasic(httpBasic -> httpBasic.realmName("salesdiag").authenticationEntryPoint(problems))
                    .addFilterBefore(new LoginThrottleFilter(throttle, users, passwords, problems),
                            BasicAuthenticationFilter.class);
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        if (bearer) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtCallerConverter(properties.oidc())))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        log.atInfo().addKeyValue("httpBasic", basic).addKeyValue("users", basic ? properties.users().size() : 0)
                .addKeyValue("bearerJwt", bearer).log("Security configured");
        if (!basic && !bearer) {
            log.warn("Nobody can log in: HTTP Basic is off and no JWT issuer is configured "
                    + "(spring.security.oauth2.resourceserver.jwt.issuer-uri)");
        }
        return http.build();
    }

    /** The console's sign-in through an OpenID Connect provider, when one is configured. */
    @Bean
    OidcSignIn oidcSignIn(OAuth2ClientProperties client, SecurityProperties properties) {
        return new OidcSignIn(client, properties.oidc());
    }

    @Bean
    PasswordSignIn passwordSignIn(SecurityProperties properties, OAuth2ResourceServerProperties resourceServer,
                                  ObjectProvider<JwtDecoder> jwtDecoder, OidcSignIn oidc) {
        return new PasswordSignIn(basicEnabled(properties, decoder(jwtDecoder, resourceServer) != null
                || oidc.configured()));
    }

    /** A JwtDecoder bean of the deployment's own wins; else the one the settings describe (ConfiguredJwtDecoder). */
    private static JwtDecoder decoder(ObjectProvider<JwtDecoder> jwtDecoder, OAuth2ResourceServerProperties settings) {
        return jwtDecoder.getIfAvailable(() -> ConfiguredJwtDecoder.from(settings.getJwt()).orElse(null));
    }

    @Bean
    UserDetailsService configuredUsers(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < properties.users().size(); i++) {
            SecurityProperties.User user = properties.users().get(i);
            String where = "salesdiag.security.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException(where + ".name is missing");
            }
            if (user.password() == null || !user.password().startsWith("{")) {
                throw new IllegalStateException(where + ".password must name its encoding: {bcrypt}$2a$... "
                        + "(or {noop}... for a throwaway demo)");
            }
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            user.departments().forEach(d -> authorities.add(new SimpleGrantedAuthority(Caller.DEPARTMENT_PREFIX + d)));
            user.companies().forEach(c -> authorities.add(new SimpleGrantedAuthority(Caller.COMPANY_PREFIX + c)));
            users.add(User.withUsername(user.name()).password(user.password()).authorities(authorities).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                properties.verifiedPasswordTtl(), Clock.systemUTC());
    }

    /** A path Spring Security's firewall refuses ({@code //}, {@code ..}, {@code ;x=y}): 400 problem detail. */
    @Bean
    RequestRejectedHandler rejectedRequests(Problems shared, LocaleResolver locales) {
        SecurityProblems problems = new SecurityProblems(shared, locales, false, false);
        return problems::rejected;
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        return new LoginThrottle(properties.loginThrottle(), Ticker.systemTicker());
    }

    @Bean
    LoginEvents loginEvents(LoginThrottle throttle) {
        return new LoginEvents(throttle);
    }

    static boolean basicEnabled(SecurityProperties properties, boolean provider) {
        return properties.httpBasic() != null ? properties.httpBasic() : !provider;
    }
}
