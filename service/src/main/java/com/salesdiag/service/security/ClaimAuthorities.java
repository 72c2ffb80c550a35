package com.salesdiag.service.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's roles, departments and companies from the claims of an OpenID Connect provider (a bearer JWT, or the ID
 * token of a console sign-in), at the claims {@link SecurityProperties.Oidc} names, as the authorities
 * {@link Caller} reads. One reading for both logins, so that a user is the same caller on the API and the console.
 */
public final class ClaimAuthorities {

    private ClaimAuthorities() {
    }

    public static List<GrantedAuthority> of(Map<String, Object> claims, SecurityProperties.Oidc names) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : values(claims, names.rolesClaim())) {
            Role role = role(name);
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        for (String department : values(claims, names.departmentsClaim())) {
            authorities.add(new SimpleGrantedAuthority(Caller.DEPARTMENT_PREFIX + department));
        }
        for (String company : values(claims, names.companiesClaim())) {
            authorities.add(new SimpleGrantedAuthority(Caller.COMPANY_PREFIX + company));
        }
        return authorities;
    }

    /** The name recorded as who asked or decided: the username claim, else {@code subject}. */
    public static String name(Map<String, Object> claims, SecurityProperties.Oidc names, String subject) {
        List<String> username = values(claims, names.usernameClaim());
        return username.isEmpty() ? subject : username.get(0);
    }

    private static Role role(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        String bare = upper.startsWith("ROLE_") ? upper.substring(5) : upper;
        for (Role role : Role.values()) {
            if (role.name().equals(bare)) {
                return role;
            }
        }
        return null;
    }

    /** The strings at a dotted claim path: a list, or one string of names separated by spaces or commas. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(key);
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.stream().filter(item -> item != null).map(String::valueOf).map(String::trim)
                    .filter(s -> !s.isEmpty()).forEach(values::add);
        } else if (value != null) {
            for (String part : String.valueOf(value).split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
