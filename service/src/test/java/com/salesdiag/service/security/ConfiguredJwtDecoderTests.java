package com.salesdiag.service.security;

import com.salesdiag.service.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
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
    void anIssuerAloneIsDiscoveredAtTheFirstTokenNotAtStart() {
        settings.setIssuerUri("http://127.0.0.1:9/realms/unreachable");
        JwtDecoder decoder = ConfiguredJwtDecoder.from(settings).orElseThrow();
        assertThat(decoder).isInstanceOf(SupplierJwtDecoder.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.token(PROVIDER, Map.of("sub", "a"), 300)))
                .hasStackTraceContaining("127.0.0.1:9/realms/unreachable/.well-known/openid-configuration");
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
