package com.salesdiag.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * For the load test's bearer-token run: a throwaway RSA key pair standing in for an OpenID Connect provider, and
 * one RS256 JWT for a manager of the generated companies' departments ({@code d0}, {@code d1}, ...). Writes the public key (PEM, what
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} reads) and the token.
 * <p>
 * Usage: {@code WriteToken PUBLIC_KEY_FILE TOKEN_FILE [DEPARTMENTS]}; the token is valid for two hours.
 */
public final class WriteToken {

    private WriteToken() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: WriteToken PUBLIC_KEY_FILE TOKEN_FILE [DEPARTMENTS]");
        }
        int departments = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();

        Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(Path.of(args[0]), "-----BEGIN PUBLIC KEY-----\n"
                + mime.encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        StringBuilder managed = new StringBuilder();
        for (int d = 0; d < departments; d++) {
            managed.append(d == 0 ? "" : ",").append("\"d").append(d).append('"'); // CompanyGenerator's ids
        }
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"sub\":\"load-test\",\"preferred_username\":\"load-test-manager\",\"roles\":[\"MANAGER\"],"
                + "\"departments\":[" + managed + "],\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        Files.writeString(Path.of(args[1]), signingInput + "." + url.encodeToString(rs256.sign()));
    }
}
