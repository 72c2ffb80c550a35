package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.TestProvider;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static com.salesdiag.service.support.TestTokens.rsa;
import static com.salesdiag.service.support.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production logins: bearer JWTs from an OpenID Connect provider, here a key pair of the test's own standing in
 * for the provider's keys (the service is configured with a decoder exactly as issuer-uri would give it). Roles,
 * departments and the user's name come from the claims the configuration names, here Keycloak's nested
 * realm_access.roles; the demo users are off once tokens are accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "salesdiag.security.oidc.roles-claim=realm_access.roles",
        "salesdiag.security.oidc.departments-claim=sales_departments"})
@Import(TestProvider.class)
class JwtLoginTests {

    private static final KeyPair PROVIDER_KEYS = TestProvider.KEYS;
    private static final KeyPair SOMEONE_ELSES_KEYS = rsa();


    @LocalServerPort
    private int port;

    private Http anonymous;

    @BeforeEach
    void client() {
        anonymous = new Http(port);
    }

    @Test
    void aManagersTokenDiagnosesAndIsRecordedUnderTheirName() {
        Http giulia = anonymous.withBearer(token(PROVIDER_KEYS, Map.of("sub", "5f1c-77", "preferred_username", "giulia",
                "realm_access", Map.of("roles", List.of("manager", "offline_access")),
                "sales_departments", List.of("north-west")), 300));
        HttpResponse<String> served = giulia.postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);

        String location = served.headers().firstValue("Content-Location").orElseThrow();
        JsonNode record = JSON.readTree(giulia.get(location).body());
        assertThat(record.get("requestedBy").asString()).isEqualTo("giulia");
        assertThat(record.get("restrictedTo").get(0).asString()).isEqualTo("north-west");
        assertThat(giulia.get("/api/v1/diagnoses?department=centre-south").statusCode()).isEqualTo(403);
        assertThat(giulia.get("/api/v1/review-cases").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutAUsernameClaimTheSubjectIsRecorded() {
        Http hr = anonymous.withBearer(token(PROVIDER_KEYS, Map.of("sub", "hr-partner-42",
                "realm_access", Map.of("roles", List.of("ROLE_HR"))), 300));
        HttpResponse<String> cases = hr.get("/api/v1/review-cases");
        assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
        HttpResponse<String> denied = hr.postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        assertThat(JSON.readTree(denied.body()).get("detail").asString()).startsWith("hr-partner-42 (roles: HR)");
    }

    @Test
    void aTokenWithNoRoleOfOursGetsNothing() {
        Http nobody = anonymous.withBearer(token(PROVIDER_KEYS, Map.of("sub", "x",
                "realm_access", Map.of("roles", List.of("uma_authorization"))), 300));
        assertThat(nobody.get("/api/v1/diagnoses").statusCode()).isEqualTo(403);
        assertThat(nobody.get("/api/v1/samples/company").statusCode()).isEqualTo(200);
    }

    @Test
    void expiredForgedOrMissingTokensAre401() {
        String expired = token(PROVIDER_KEYS, Map.of("sub", "x", "realm_access", Map.of("roles", List.of("ADMIN"))), -600);
        String forged = token(SOMEONE_ELSES_KEYS, Map.of("sub", "x", "realm_access", Map.of("roles", List.of("ADMIN"))), 300);
        for (String token : List.of(expired, forged, "not-a-jwt")) {
            HttpResponse<String> response = anonymous.withBearer(token).get("/api/v1/diagnoses");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer error=\"invalid_token\"");
            assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("urn:salesdiag:problem:unauthenticated");
        }
        HttpResponse<String> none = anonymous.get("/api/v1/diagnoses");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
    }

    @Test
    void theDemoUsersAreOffOnceTokensAreAccepted() {
        assertThat(anonymous.as(Users.ADMIN).get("/api/v1/diagnoses").statusCode()).isEqualTo(401);
    }
}
