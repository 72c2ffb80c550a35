package com.salesdiag.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Who may log in, under {@code salesdiag.security.*}.
 *
 * @param users     users who log in with HTTP Basic: name, password (with its encoding, {@code {bcrypt}...}),
 *                  roles, and for managers their departments. application.properties ships documented demo users;
 *                  a list set elsewhere (environment, another file) replaces it whole.
 * @param httpBasic whether those users may log in. Unset: yes, unless a JWT issuer or key set is configured, so
 *                  that a production setup with OIDC does not keep the demo users by mistake.
 * @param oidc      where a JWT from an OpenID Connect provider carries the user's name, roles and departments
 * @param verifiedPasswordTtl how long an HTTP Basic password that matched is remembered (as a keyed hash, see
 *                  {@link RecentlyVerifiedPasswords}) so that the same credentials are not checked with bcrypt on
 *                  every request; 0 checks every request
 * @param loginThrottle how many wrong passwords a user name, and a source address, may try before further attempts
 *                  are refused with 429 (without checking the password) for a while
 */
@ConfigurationProperties("salesdiag.security")
public record SecurityProperties(List<User> users, Boolean httpBasic, @DefaultValue Oidc oidc,
                                 @DefaultValue("5m") Duration verifiedPasswordTtl,
                                 @DefaultValue LoginLimits loginThrottle) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param departments for a manager: the ids of the departments they manage (as in the facts)
     * @param companies   where one service serves several companies: the company ids (as in the facts) whose
     *                    records this user may read and diagnose; empty for every company
     */
    public record User(String name, String password, List<Role> roles, List<String> departments,
                       List<String> companies) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            departments = departments == null ? List.of() : List.copyOf(departments);
            companies = companies == null ? List.of() : List.copyOf(companies);
        }
    }

    /**
     * Claim names; a dotted name reaches into an object ({@code realm_access.roles} for Keycloak). A claim may be
     * a list or a string of names separated by spaces or commas. Role names are matched ignoring case and a
     * {@code ROLE_} prefix; names that are not roles of this service are ignored.
     *
     * @param usernameClaim the name recorded as who asked or decided; the subject ({@code sub}) when absent
 * @param companiesClaim the companies the user belongs to, where one service serves several; absent: every company
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim,
                       @DefaultValue("departments") String departmentsClaim,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("companies") String companiesClaim) {
    }

    /**
     * Throttling of HTTP Basic logins ({@link LoginThrottle}; the class of that name).
     *
     * @param maxFailuresPerUser   wrong passwords for one user name (any address) before its logins are refused;
     *                             0: no limit per user
     * @param maxFailuresPerSource wrong passwords from one source address (any user name) before its logins are
     *                             refused; 0: no limit per address
     * @param window               how long a failure counts, and so how long a refusal lasts after the last failure
     * @param maxTracked           most user names, and most addresses, whose failures are remembered at once (the
     *                             least recently failed are forgotten first): bounds the memory an attack can take
     */
    public record LoginLimits(@DefaultValue("5") int maxFailuresPerUser,
                                @DefaultValue("20") int maxFailuresPerSource,
                                @DefaultValue("15m") Duration window,
                                @DefaultValue("10000") int maxTracked) {
    }
}
