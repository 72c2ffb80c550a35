package com.salesdiag.service.security;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The bearer-token decoder that the {@code spring.security.oauth2.resourceserver.jwt.*} settings describe, built
 * when the service starts. Spring Boot's own auto-configuration builds the same decoder only under conditions on
 * those settings, and {@code service/fast-start.sh} runs the build's ahead-of-time bean definitions, in which such
 * conditions were decided when the jar was built: a service started with an issuer would then accept no token and
 * keep the demo users on. Built here, the logins follow the configuration the service starts with, however it is
 * launched. Same precedence as Boot: a JWK set URI, then a public key, then issuer discovery (deferred to the first
 * token, so that a start does not wait for the provider); the issuer and audiences, when set, are checked on every
 * token.
 */
final class ConfiguredJwtDecoder {

    private ConfiguredJwtDecoder() {
    }

    /** The decoder the settings describe, or empty when none is configured (no bearer logins). */
    static Optional<JwtDecoder> from(OAuth2ResourceServerProperties.Jwt settings) {
        String issuer = blankToNull(settings.getIssuerUri());
        OAuth2TokenValidator<Jwt> validator = validator(issuer, settings.getAudiences());
        if (blankToNull(settings.getJwkSetUri()) != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> settings.getJwsAlgorithms()
                            .forEach(name -> algorithms.add(algorithm(name))))
                    .build();
            decoder.setJwtValidator(validator);
            return Optional.of(decoder);
        }
        if (settings.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings))
                    .signatureAlgorithm(algorithm(onlyAlgorithm(settings.getJwsAlgorithms())))
                    .build();
            decoder.setJwtValidator(validator);
            return Optional.of(decoder);
        }
        if (issuer != null) {
            return Optional.of(new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
                decoder.setJwtValidator(validator);
                return decoder;
            }));
        }
        return Optional.empty();
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer != null ? JwtValidators.createDefaultWithIssuer(issuer) : JwtValidators.createDefault());
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && !Collections.disjoint(audience, audiences)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt settings) {
        String where = "spring.security.oauth2.resourceserver.jwt.public-key-location";
        if (!settings.getPublicKeyLocation().exists()) {
            throw new IllegalStateException(where + ": " + settings.getPublicKeyLocation() + " does not exist");
        }
        try {
            String pem = settings.readPublicKey();
            return RsaKeyConverters.x509().convert(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(where + ": cannot read " + settings.getPublicKeyLocation(), unreadable);
        } catch (IllegalArgumentException notAKey) {
            throw new IllegalStateException(where + ": not an X.509 PEM public key: " + notAKey.getMessage(), notAKey);
        }
    }

    /** A public key verifies one algorithm; Boot's rule too. */
    private static String onlyAlgorithm(List<String> algorithms) {
        if (algorithms.size() != 1) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jws-algorithms: a public key "
                    + "verifies exactly one algorithm, " + algorithms.size() + " are set");
        }
        return algorithms.get(0);
    }

    private static SignatureAlgorithm algorithm(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
        if (algorithm == null) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jws-algorithms: " + name
                    + " is not a JWS signature algorithm (RS256, ES256, PS256, ...)");
        }
        return algorithm;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
