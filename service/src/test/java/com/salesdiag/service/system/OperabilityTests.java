package com.salesdiag.service.system;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations and API users rely on besides the answer: health, metrics, the API document, the samples. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperabilityTests {

    @LocalServerPort
    private int port;

    private Http http;
    private Http manager;
    private Http admin;

    @BeforeEach
    void client() {
        http = new Http(port);
        manager = http.as(Users.MANAGER);
        admin = http.as(Users.ADMIN);
    }

    @Test
    void healthShowsTheRulesServingAndItsDetailsOnlyToAdmins() {
        JsonNode health = json(http.get("/actuator/health"));
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/rules/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/decisionLog/status").asString()).isEqualTo("UP");
        assertThat(health.toString()).doesNotContain("details", System.getProperty("user.dir"));

        JsonNode detailed = json(admin.get("/actuator/health"));
        assertThat(detailed.at("/components/rules/details/version").asString()).hasSize(12);
        assertThat(detailed.at("/components/rules/details/rules").asInt()).isPositive();
        assertThat(json(manager.get("/actuator/health")).toString()).doesNotContain("details");
    }

    @Test
    void theErrorPageAskedForDirectlyIsRefusedNotA500() {
        assertThat(http.get("/error").statusCode()).isEqualTo(401);
        HttpResponse<String> asAdmin = admin.get("/error");
        assertThat(asAdmin.statusCode()).isEqualTo(403);
        assertThat(SampleCompany.JSON.readTree(asAdmin.body()).get("type").asString())
                .isEqualTo("urn:salesdiag:problem:forbidden");
        // Errors still render through it: an unknown path is a 404 problem, not a refusal.
        assertThat(admin.get("/api/v1/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void infoShowsTheRulesVersion() {
        assertThat(json(http.get("/actuator/info")).at("/rules/version").asString()).hasSize(12);
    }

    @Test
    void metricsCountDiagnosesAndTheirLatencyByRulesVersion() {
        assertThat(manager.postJson("/api/v1/diagnoses", SampleCompany.json(), "it").statusCode()).isEqualTo(200);
        JsonNode served = json(admin.get("/actuator/metrics/salesdiag.diagnoses"));
        assertThat(served.at("/measurements/0/statistic").asString()).isEqualTo("COUNT");
        assertThat(served.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(served.get("availableTags").toString()).contains("rules.version", "language", "input");
        JsonNode rules = json(admin.get("/actuator/metrics/salesdiag.rules"));
        assertThat(rules.get("availableTags").toString()).contains("version");
    }

    @Test
    void rejectedFactsAreCounted() {
        assertThat(manager.postJson("/api/v1/diagnoses", SampleCompany.json().replace("\"2026-Q3\",", "\"2026-13\","), null)
                .statusCode()).isEqualTo(422);
        assertThat(json(admin.get("/actuator/metrics/salesdiag.diagnoses.rejected")).at("/measurements/0/value").asDouble())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void openApiDocumentDescribesBothInputsAndTheAnswer() {
        JsonNode api = json(http.get("/v3/api-docs"));
        JsonNode post = api.at("/paths/~1api~1v1~1diagnoses/post");
        assertThat(post.at("/requestBody/content").has("application/json")).isTrue();
        assertThat(post.at("/requestBody/content").has("multipart/form-data")).isTrue();
        assertThat(api.at("/components/schemas").has("CompanyFacts")).isTrue();
        assertThat(api.at("/components/schemas").has("Diagnosis")).isTrue();
        assertThat(api.at("/components/schemas/Goal/required").toString()).contains("target", "period");
        assertThat(api.at("/components/schemas/Training/required").toString()).contains("salespersonId", "date");
        assertThat(api.at("/components/schemas/CoachingPlan/required").toString()).contains("id", "status");
    }

    @Test
    void swaggerUiIsServed() {
        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @Test
    void sampleCompanyIsReadyToPost() {
        HttpResponse<String> sample = http.get("/api/v1/samples/company");
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(manager.postJson("/api/v1/diagnoses", sample.body(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void sampleCsvFilesServeAsTemplates() {
        HttpResponse<String> csv = http.get("/api/v1/samples/csv/salespeople.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,name,departmentId,hireDate,productIds,peerGroup");
        assertThat(http.get("/api/v1/samples/csv/passwords.csv").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/samples/csv/..%2F..%2Fapplication.properties").statusCode()).isIn(400, 404);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SampleCompany.JSON.readTree(response.body());
    }
}
