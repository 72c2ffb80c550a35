package com.salesdiag.service.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the user's name, roles, departments and companies from a JWT, at the claims {@link SecurityProperties.Oidc}
 * names.
 */
final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Oidc claims;

    JwtCallerConverter(SecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : values(jwt.getClaims(), claims.rolesClaim())) {
            Role role = role(name);
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        for (String department : values(jwt.getClaims(), claims.departmentsClaim())) {
            authorities.add(new SimpleGrantedAuthority(Caller.DEPARTMENT_PREFIX + department));
        }
        for (String company : values(jwt.getClaims(), claims.companiesClaim())) {
            authorities.add(new SimpleGrantedAuthority(Caller.COMPANY_PREFIX + company));
        }
        List<String> username = values(jwt.getClaims(), claims.usernameClaim());
        String name = username.isEmpty() ? jwt.getSubject() : username.get(0);
        return new JwtAuthenticationToken(jwt, authorities, name);
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
