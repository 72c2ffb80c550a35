package com.salesdiag.service.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/** An OpenID Connect provider of the tests' own: RSA keys, its public key as a PEM file, RS256 tokens it signs. */
public final class TestTokens {

    public static final String ISSUER = "https://idp.example/realms/sales";

    private TestTokens() {
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token from {@link #ISSUER}, signed with the keys, living this many seconds (negative: expired). */
    public static String token(KeyPair keys, Map<String, Object> claims, long secondsToLive) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(ISSUER)
                .issueTime(Date.from(Instant.now().minusSeconds(Math.max(0, -secondsToLive) + 60)))
                .expirationTime(Date.from(Instant.now().plusSeconds(secondsToLive)));
        claims.forEach(set::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as {@code spring.security.oauth2.resourceserver.jwt.public-key-location} reads it. */
    public static Path writePublicKey(KeyPair keys, Path file) throws IOException {
        Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + mime.encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }
}
