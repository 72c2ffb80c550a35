package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.TestTokens;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer logins set up by configuration alone, as a deployment does it: no decoder bean, only
 * {@code spring.security.oauth2.resourceserver.jwt.*} (here a public key, the issuer and an audience). The service
 * builds the decoder itself (Boot's resource-server auto-configuration is excluded), turns the demo users off, and
 * holds every token to the issuer and audience.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtLoginFromSettingsTests {

    private static final KeyPair PROVIDER = TestTokens.rsa();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        try {
            var key = TestTokens.writePublicKey(PROVIDER, Files.createTempFile("provider", ".pem"));
            key.toFile().deleteOnExit();
            registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
            registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
            registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "salesdiag");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    private int port;

    @Test
    void aManagersTokenForThisServiceDiagnoses() {
        Http manager = new Http(port).withBearer(TestTokens.token(PROVIDER, Map.of("sub", "m-1", "aud", "salesdiag",
                "roles", List.of("MANAGER"), "departments", List.of("north-west")), 300));
        HttpResponse<String> served = manager.postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        Http elsewhere = new Http(port).withBearer(TestTokens.token(PROVIDER, Map.of("sub", "m-1", "aud", "crm",
                "roles", List.of("MANAGER")), 300));
        assertThat(elsewhere.get("/api/v1/diagnoses").statusCode()).isEqualTo(401);
    }

    @Test
    void theDemoUsersAreOff() {
        assertThat(new Http(port).as(Users.ADMIN).get("/api/v1/diagnoses").statusCode()).isEqualTo(401);
    }
}
