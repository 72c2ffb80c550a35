package com.salesdiag.service.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.salesdiag.service.support.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredJwtDecoderTests {

    private static final KeyPair PROVIDER = TestTokens.rsa();
    private static final KeyPair SOMEONE_ELSE = TestTokens.rsa();

    @TempDir
    Path folder;

    private final OAuth2ResourceServerProperties.Jwt settings = new OAuth2ResourceServerProperties().getJwt();

    @Test
    void nothingConfiguredMeansNoBearerLogins() {
        assertThat(ConfiguredJwtDecoder.from(settings)).isEmpty();
        settings.setIssuerUri(" ");
        assertThat(ConfiguredJwtDecoder.from(settings)).isEmpty();
    }

    @Test
    void aPublicKeyAcceptsItsProvidersTokensOnly() throws Exception {
        settings.setPublicKeyLocation(new FileSystemResource(TestTokens.writePublicKey(PROVIDER, folder.resolve("k.pem"))));
        JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();

        assertThat(decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "giulia"), 300)).getSubject()).isEqualTo("giulia");
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(SOMEONE_ELSE, Map.of("sub", "x"), 300)))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "x"), -600)))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void theIssuerAndAudiencesWhenSetAreCheckedOnEveryToken() throws Exception {
        settings.setPublicKeyLocation(new FileSystemResource(TestTokens.writePublicKey(PROVIDER, folder.resolve("k.pem"))));
        settings.setAudiences(List.of("salesdiag", "salesdiag-staging"));
        settings.setIssuerUri(TestTokens.ISSUER);
        JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();

        assertThat(decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "a", "aud", List.of("salesdiag")), 300)))
                .isNotNull();
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "a", "aud", List.of("crm")), 300)))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "a"), 300)))
                .as("no audience at all").isInstanceOf(JwtException.class);

        settings.setIssuerUri("https://another.example/realm");
        JwtDecoder otherIssuer = ConfiguredJwtDecoder.from(settings).orElseThrow();
        assertThatThrownBy(() -> otherIssuer.decode(TestTokens.token(PROVIDER, Map.of("sub", "a", "aud", List.of("salesdiag")), 300)))
                .isInstanceOf(JwtException.class).hasMessageContaining("iss");
    }

    @Test
    void aJwkSetUriGivesTheKeys() throws Exception {
        HttpServer provider = provider();
        try {
            settings.setJwkSetUri(base(provider) + "/jwks");
            JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();
            assertThat(decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "giulia"), 300)).getSubject())
                    .isEqualTo("giulia");
            assertThatThrownBy(() -> decoder.decode(TestTokens.token(SOMEONE_ELSE, Map.of("sub", "x"), 300)))
                    .isInstanceOf(JwtException.class);
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void anIssuerIsDiscoveredFromItsOpenIdConfiguration() throws Exception {
        HttpServer provider = provider();
        try {
            String issuer = base(provider) + "/realms/sales";
            settings.setIssuerUri(issuer);
            JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();
            assertThat(decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "giulia", "iss", issuer), 300))
                    .getSubject()).isEqualTo("giulia");
            assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "x"), 300)))
                    .as("a token from another issuer").isInstanceOf(JwtException.class).hasMessageContaining("iss");
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void anIssuerAloneIsDiscoveredAtTheFirstTokenNotAtStart() {
        settings.setIssuerUri("http://127.0.0.1:9/realms/unreachable");
        JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();
        assertThat(decoder).isInstanceOf(SupplierJwtDecoder.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "a"), 300)))
                .hasStackTraceContaining("127.0.0.1:9/realms/unreachable/.well-known/openid-configuration");
    }

    /** An OpenID Connect provider on loopback: its discovery document and its key set, as Keycloak serves them. */
    private static HttpServer provider() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve(server, "/jwks", new JWKSet(new RSAKey.Builder((RSAPublicKey) PROVIDER.getPublic()).build()).toString());
        serve(server, "/realms/sales/.well-known/openid-configuration", "{\"issuer\":\"" + base + "/realms/sales\","
                + "\"jwks_uri\":\"" + base + "/jwks\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"subject_types_supported\":[\"public\"]}");
        server.start();
        return server;
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void settingsThatCannotWorkStopTheStartNamingTheSetting() throws Exception {
        settings.setPublicKeyLocation(new FileSystemResource(folder.resolve("missing.pem")));
        assertThatThrownBy(() -> ConfiguredJwtDecoder.from(settings))
                .hasMessageContaining("public-key-location").hasMessageContaining("does not exist");

        Path notAKey = Files.writeString(folder.resolve("bad.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        settings.setPublicKeyLocation(new FileSystemResource(notAKey));
        assertThatThrownBy(() -> ConfiguredJwtDecoder.from(settings)).hasMessageContaining("public-key-location");

        settings.setPublicKeyLocation(new FileSystemResource(TestTokens.writePublicKey(PROVIDER, folder.resolve("k.pem"))));
        settings.setJwsAlgorithms(List.of("RS256", "RS512"));
        assertThatThrownBy(() -> ConfiguredJwtDecoder.from(settings))
                .hasMessageContaining("jws-algorithms").hasMessageContaining("exactly one");

        settings.setJwsAlgorithms(List.of("RS257"));
        assertThatThrownBy(() -> ConfiguredJwtDecoder.from(settings))
                .hasMessageContaining("jws-algorithms").hasMessageContaining("RS257");
    }
}
