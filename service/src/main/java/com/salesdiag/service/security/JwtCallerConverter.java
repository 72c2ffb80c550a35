package com.salesdiag.service.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the user's name, roles, departments and companies from a JWT, at the claims {@link SecurityProperties.Oidc}
 * names ({@link ClaimAuthorities}).
 */
final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Oidc claims;

    JwtCallerConverter(SecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, ClaimAuthorities.of(jwt.getClaims(), claims),
                ClaimAuthorities.name(jwt.getClaims(), claims, jwt.getSubject()));
    }
}
