package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller: public ones answer anyone; the others answer 401 to nobody logged
 * in, 403 to a role not allowed, and let the allowed roles through. The same table is in the service README and
 * in {@code AccessRules}; a new endpoint belongs in all three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleMatrixTests {

    enum Who {
        ANONYMOUS(null), MANAGER(Users.MANAGER), ANALYST(Users.ANALYST), HR(Users.HR), ADMIN(Users.ADMIN);

        final Users.Login login;

        Who(Users.Login login) {
            this.login = login;
        }
    }

    /** An endpoint; {@code allowed} null means public. */
    record Endpoint(String method, String path, String input, Set<Who> allowed) {

        static Endpoint of(String method, String path, String input, Who... allowed) {
            return new Endpoint(method, path, input, allowed.length == 0 ? null : EnumSet.of(allowed[0], allowed));
        }

        @Override
        public String toString() {
            return method + " " + path + (input == null ? "" : " (" + input + ")");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.of("POST", "/api/v1/diagnoses", "json", Who.MANAGER, Who.ADMIN),
            Endpoint.of("POST", "/api/v1/diagnoses", "csv", Who.MANAGER, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/diagnoses", null, Who.MANAGER, Who.HR, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/diagnoses/{diagnosis}", null, Who.MANAGER, Who.HR, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/diagnoses/archive", null, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/review-cases", null, Who.HR, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/review-cases/{case}", null, Who.HR, Who.ADMIN),
            Endpoint.of("POST", "/api/v1/review-cases/{case}/decisions", "decision", Who.HR),
            // Served from the packaged rules here, so an allowed reload gets as far as "not editable" (409).
            Endpoint.of("POST", "/api/v1/rules/reload", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("POST", "/api/v1/rules/check", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("POST", "/api/v1/rules/scenarios/accept", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/rules/versions", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/rules/versions/{version}/files", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/rules/catalogue", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/rules/publications", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/api/v1/rules/diff?from={version}", null, Who.ANALYST, Who.ADMIN),
            // Restores the version serving: checked again and published, so allowed callers get 200.
            Endpoint.of("POST", "/api/v1/rules/versions/{version}/restore", null, Who.ANALYST, Who.ADMIN),
            Endpoint.of("GET", "/actuator/metrics", null, Who.ADMIN),
            Endpoint.of("GET", "/actuator/metrics/salesdiag.diagnoses", null, Who.ADMIN),
            Endpoint.of("GET", "/actuator/health", null),
            Endpoint.of("GET", "/actuator/info", null),
            Endpoint.of("GET", "/api/v1/samples/company", null),
            Endpoint.of("GET", "/api/v1/samples/csv/goals.csv", null),
            Endpoint.of("GET", "/v3/api-docs", null),
            Endpoint.of("GET", "/swagger-ui/index.html", null));

    @LocalServerPort
    private int port;

    private long diagnosis;
    private long reviewCase;
    private String rulesVersion;

    @BeforeAll
    void aDiagnosisAndACaseToAskFor() {
        // By an administrator: a manager's diagnosis opens cases only about their own departments' people.
        HttpResponse<String> served = client(Who.ADMIN).postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        assertThat(served.statusCode()).isEqualTo(200);
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        diagnosis = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode cases = JSON.readTree(client(Who.HR).get("/api/v1/review-cases?diagnosis=" + diagnosis).body());
        reviewCase = cases.at("/items/0/id").asLong();
        assertThat(reviewCase).isPositive();
        rulesVersion = JSON.readTree(client(Who.ADMIN).get("/api/v1/rules/versions").body()).get("active").asString();
    }

    Stream<Arguments> everyEndpointAndCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndCaller")
    void onlyTheRolesAllowedGetIn(Endpoint endpoint, Who who) {
        HttpResponse<String> response = call(endpoint, who);
        String shown = response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length()));
        if (endpoint.allowed() == null) {
            assertThat(response.statusCode()).as("public: " + shown).isBetween(200, 299);
        } else if (who == Who.ANONYMOUS) {
            assertThat(response.statusCode()).as(shown).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"salesdiag\"");
            assertProblem(response, "urn:salesdiag:problem:unauthenticated");
        } else if (endpoint.allowed().contains(who)) {
            if (endpoint.path().equals("/api/v1/rules/reload") || endpoint.path().equals("/api/v1/rules/scenarios/accept")) {
                assertThat(response.statusCode()).as("allowed: " + shown).isEqualTo(409);
                assertThat(response.body()).contains("urn:salesdiag:problem:rules-not-editable");
            } else {
                assertThat(response.statusCode()).as("allowed: " + shown).isBetween(200, 299);
            }
        } else {
            assertThat(response.statusCode()).as("not allowed: " + shown).isEqualTo(403);
            assertProblem(response, "urn:salesdiag:problem:forbidden");
            assertThat(response.body()).doesNotContain("giorgio", "whySalesFell");
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        for (Users.Login login : List.of(new Users.Login("manager", "guess"), new Users.Login("mallory", "x"))) {
            HttpResponse<String> response = new Http(port).as(login).get("/api/v1/diagnoses");
            assertThat(response.statusCode()).isEqualTo(401);
            assertProblem(response, "urn:salesdiag:problem:unauthenticated");
            assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("password is wrong");
        }
    }

    @Test
    void refusalsAreInTheRequestLanguage() {
        assertThat(JSON.readTree(new Http(port).get("/api/v1/diagnoses", "it").body()).get("title").asString())
                .isEqualTo("Occorre accedere");
        JsonNode forbidden = JSON.readTree(client(Who.ANALYST).get("/api/v1/diagnoses", "it").body());
        assertThat(forbidden.get("title").asString()).isEqualTo("Non consentito");
        assertThat(forbidden.get("detail").asString()).isEqualTo("analyst (ruoli: ANALYST) non può eseguire GET /api/v1/diagnoses.");
    }

    @Test
    void aManagerOfAnotherDepartmentNeverSeesARecordOfThisOne() {
        HttpResponse<String> served = client(Who.MANAGER).postJson("/api/v1/diagnoses",
                SampleCompany.write(SampleCompany.without(SampleCompany.as("north-west-only"), "centre-south")), "en");
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        Http otherManager = new Http(port).as(Users.MANAGER_CS);

        assertThat(otherManager.get(location).statusCode()).isEqualTo(404);
        assertThat(otherManager.get("/api/v1/diagnoses?company=north-west-only").body()).contains("\"total\":0");
        assertThat(otherManager.get("/api/v1/diagnoses?department=north-west").statusCode()).isEqualTo(403);
        assertThat(client(Who.MANAGER).get(location).statusCode()).isEqualTo(200);
        assertThat(client(Who.HR).get(location).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> call(Endpoint endpoint, Who who) {
        Http http = client(who);
        String path = endpoint.path().replace("{diagnosis}", String.valueOf(diagnosis))
                .replace("{case}", String.valueOf(reviewCase)).replace("{version}", rulesVersion);
        if (endpoint.method().equals("GET")) {
            return http.get(path);
        }
        if ("json".equals(endpoint.input())) {
            return http.postJson(path, SampleCompany.json(), "en");
        }
        if ("csv".equals(endpoint.input())) {
            return http.postCsv(path, SampleCompany.csv(), "en");
        }
        if ("decision".equals(endpoint.input())) {
            return http.postJson(path, "{\"decision\":\"DEFERRED\",\"rationale\":\"Waiting for the hearing.\"}", null);
        }
        return http.send(endpoint.method(), path, null);
    }

    private Http client(Who who) {
        Http anonymous = new Http(port);
        return who.login == null ? anonymous : anonymous.as(who.login);
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
    }
}
