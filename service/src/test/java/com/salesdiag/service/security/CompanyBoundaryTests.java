package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.TestProvider;
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
import java.util.UUID;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static com.salesdiag.service.support.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where one service serves several companies, a user whose login names companies (the {@code companies} claim, or
 * {@code salesdiag.security.users[i].companies}) diagnoses, reads and decides only for those: the same department
 * id in another company is not theirs. A login that names none works for every company, as in a service of one
 * company.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestProvider.class)
class CompanyBoundaryTests {

    private static final KeyPair PROVIDER_KEYS = TestProvider.KEYS;


    @LocalServerPort
    private int port;

    private final String ours = "ours-" + UUID.randomUUID();
    private final String theirs = "theirs-" + UUID.randomUUID();
    private Http ourManager;
    private Http ourHr;
    private Http admin;
    private Http hr;

    @BeforeEach
    void logins() {
        Http anonymous = new Http(port);
        ourManager = anonymous.withBearer(login("giulia", "manager", List.of("north-west", "centre-south"), List.of(ours)));
        ourHr = anonymous.withBearer(login("paola", "hr", List.of(), List.of(ours)));
        admin = anonymous.withBearer(login("root", "admin", List.of(), List.of()));
        hr = anonymous.withBearer(login("hr-group", "hr", List.of(), List.of()));
    }

    @Test
    void aUserOfOneCompanyDiagnosesOnlyThatCompany() {
        assertThat(ourManager.postJson("/api/v1/diagnoses", SampleCompany.write(SampleCompany.as(ours)), "en")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> refused = ourManager.postJson("/api/v1/diagnoses",
                SampleCompany.write(SampleCompany.as(theirs)), "en");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains(theirs).contains(ours);
        assertThat(hr.get("/api/v1/diagnoses?company=" + theirs).body()).as("nothing recorded")
                .contains("\"total\":0");
    }

    @Test
    void theSameDepartmentInAnotherCompanyIsNotTheirs() {
        long our = diagnose(ourManager, ours);
        long their = diagnose(admin, theirs);

        JsonNode listed = JSON.readTree(ourManager.get("/api/v1/diagnoses?department=north-west&limit=500").body());
        assertThat(listed.get("items").valueStream().map(item -> item.get("companyId").asString()))
                .contains(ours).doesNotContain(theirs).allSatisfy(company -> assertThat(company).isEqualTo(ours));
        assertThat(ourManager.get("/api/v1/diagnoses/" + our).statusCode()).isEqualTo(200);
        assertThat(ourManager.get("/api/v1/diagnoses/" + their).statusCode()).isEqualTo(404);
        assertThat(ourManager.get("/api/v1/diagnoses?company=" + theirs).statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/v1/diagnoses/" + their).statusCode()).as("no companies named: every one")
                .isEqualTo(200);
    }

    @Test
    void hrOfOneCompanySeesAndDecidesOnlyItsCases() {
        diagnose(ourManager, ours);
        long their = diagnose(admin, theirs);
        JsonNode theirCase = JSON.readTree(hr.get("/api/v1/review-cases?diagnosis=" + their).body()).get("items").get(0);
        long theirCaseId = theirCase.get("id").asLong();

        JsonNode listed = JSON.readTree(ourHr.get("/api/v1/review-cases?limit=500").body());
        assertThat(listed.get("items").valueStream().map(item -> item.get("companyId").asString()))
                .contains(ours).allSatisfy(company -> assertThat(company).isEqualTo(ours));
        assertThat(ourHr.get("/api/v1/review-cases/" + theirCaseId).statusCode()).isEqualTo(404);
        assertThat(ourHr.postJson("/api/v1/review-cases/" + theirCaseId + "/decisions",
                "{\"decision\":\"REJECTED\",\"rationale\":\"not ours\",\"employeeResponse\":\"-\"}", "en")
                .statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(hr.get("/api/v1/review-cases/" + theirCaseId).body()).get("status").asString())
                .as("their case untouched").isEqualTo("OPEN");
    }

    private static long diagnose(Http as, String company) {
        HttpResponse<String> served = as.postJson("/api/v1/diagnoses", SampleCompany.write(SampleCompany.as(company)), "en");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String login(String name, String role, List<String> departments, List<String> companies) {
        return token(PROVIDER_KEYS, Map.of("sub", name, "preferred_username", name, "roles", List.of(role),
                "departments", departments, "companies", companies), 300);
    }
}
