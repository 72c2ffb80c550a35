package com.salesdiag.service.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

/**
 * An OpenID Connect provider for tests: its key pair signs tokens ({@link TestTokens#token}), and importing this
 * configuration makes the service trust it, as {@code issuer-uri} would. Tests that import it share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestProvider {

    public static final KeyPair KEYS = TestTokens.rsa();

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }
}
