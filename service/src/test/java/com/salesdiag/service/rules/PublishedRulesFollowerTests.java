package com.salesdiag.service.rules;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.LadderCopy;
import com.salesdiag.service.support.RulesLogRows;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import static com.salesdiag.service.rules.RulesPublishingTests.codesFor;
import static com.salesdiag.service.rules.RulesPublishingTests.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #20, every replica serves the published version: an instance serving the packaged rules (no rules folder)
 * follows what another instance publishes in the rules log, checking it first, with the scenarios it was published
 * with; a version it cannot check leaves its rules serving and readiness DOWN, saying why, until a good one is
 * published. The rows are written in SQL, as another instance would write them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salesdiag.rules.sync-interval=200ms")
@DirtiesContext
class PublishedRulesFollowerTests {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    private Http analyst;
    private Http admin;
    private Http anonymous;
    private String packaged;

    @BeforeEach
    void clients() {
        analyst = new Http(port).as(Users.ANALYST);
        admin = new Http(port).as(Users.ADMIN);
        anonymous = new Http(port);
        packaged = RulesLogRows.versionOf(Path.of("..", "rules", "ladder"));
    }

    @Test
    void aVersionPublishedElsewhereServesHereOnceItPassesThisInstancesCheck() throws Exception {
        assertThat(health().at("/components/publishedRules/details/state").asString()).isEqualTo("NONE_PUBLISHED");
        LadderCopy edited = LadderCopy.create();
        edited.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
        String version = RulesLogRows.versionOf(edited.folder());

        try (Connection db = database.getConnection()) {
            RulesLogRows.publish(db, version, edited.folder(), null, "analyst-elsewhere");
        }

        await(() -> json(analyst.get("/api/v1/rules/versions")).get("active").asString().equals(version));
        JsonNode answer = diagnose(SampleCompany.withDepartmentDeliveriesOnTime(0.93));
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(version);
        assertThat(codesFor(answer, "centre-south")).doesNotContain("DELIVERY_DELAYS");
        JsonNode attempt = json(analyst.get("/api/v1/rules/versions")).at("/history/0");
        assertThat(attempt.get("who").asString()).startsWith("replica ");
        assertThat(attempt.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(attempt.get("scenariosRun").asInt()).as("checked with the packaged scenarios").isPositive();
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(health().at("/components/publishedRules/details/state").asString()).isEqualTo("SERVING");
        assertThat(health().at("/components/publishedRules/details/published/who").asString())
                .isEqualTo("analyst-elsewhere");

        restorePackaged();
    }

    @Test
    void aPublishedVersionThisInstanceRefusesLeavesItsRulesServingAndReadinessDown() throws Exception {
        String serving = json(analyst.get("/api/v1/rules/versions")).get("active").asString();
        LadderCopy broken = LadderCopy.create();
        broken.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding(((");
        try (Connection db = database.getConnection()) {
            RulesLogRows.publish(db, RulesLogRows.versionOf(broken.folder()), broken.folder(), null, "someone");
        }

        await(() -> anonymous.get("/actuator/health/readiness").statusCode() == 503);
        JsonNode published = health().at("/components/publishedRules");
        assertThat(published.get("status").asString()).isEqualTo("DOWN");
        assertThat(published.at("/details/state").asString()).isEqualTo("REFUSED");
        assertThat(published.at("/details/reason").asString()).contains("fails this instance's check", serving);
        assertThat(published.at("/details/problems/0").asString()).startsWith("3-delivery.drl:");
        assertThat(diagnose(SampleCompany.json()).get("rulesVersion").asString()).as("the previous rules serve")
                .isEqualTo(serving);
        assertThat(json(analyst.get("/api/v1/rules/versions")).at("/history/0/outcome").asString())
                .isEqualTo("REJECTED");

        restorePackaged();
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    /** The scenarios kept with a publication are those a replica checks it with, not its own packaged ones. */
    @Test
    void aReplicaChecksAPublicationWithTheScenariosItWasPublishedWith() throws Exception {
        LadderCopy rules = LadderCopy.create();
        rules.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
        Path scenarios = Files.createTempDirectory("salesdiag-own-scenarios-");
        ObjectNode scenario = (ObjectNode) SampleCompany.JSON.readTree(Path.of("..", "test-data", "scenarios",
                "30-delivery-delays-stop-coaching-for-whole-department.json").toFile());
        Files.writeString(scenarios.resolve("delivery.json"), scenario.toString());
        try (Connection db = database.getConnection()) {
            RulesLogRows.publish(db, RulesLogRows.versionOf(rules.folder()), rules.folder(), scenarios, "analyst");
        }
        await(() -> json(analyst.get("/api/v1/rules/versions")).at("/history/0/who").asString().startsWith("replica"));
        JsonNode attempt = json(analyst.get("/api/v1/rules/versions")).at("/history/0");
        assertThat(attempt.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(attempt.get("scenariosRun").asInt()).as("its own suite replaces the packaged one").isOne();

        // The packaged rules, which the packaged scenarios pass, published with a scenario they break: refused.
        ((ArrayNode) scenario.at("/expect/mustContain")).addObject().put("code", "DELIVERY_DELAYS").put("subject", "nobody");
        scenario.put("name", "A scenario the publication carries");
        Files.writeString(scenarios.resolve("delivery.json"), scenario.toString());
        try (Connection db = database.getConnection()) {
            RulesLogRows.publish(db, packaged, LadderCopy.create().folder(), scenarios, "analyst");
        }
        await(() -> "REFUSED".equals(health().at("/components/publishedRules/details/state").asString()));
        assertThat(health().at("/components/publishedRules/details/problems/0").asString())
                .startsWith("scenario A scenario the publication carries:");

        restorePackaged();
    }

    private void restorePackaged() throws Exception {
        HttpResponse<String> restored = analyst.postJson("/api/v1/rules/versions/" + packaged + "/restore",
                "{\"note\": \"back to the packaged ladder\"}", null);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        await(() -> "SERVING".equals(health().at("/components/publishedRules/details/state").asString()));
    }

    private JsonNode health() {
        return json(admin.get("/actuator/health"));
    }

    private JsonNode diagnose(String facts) {
        HttpResponse<String> response = new Http(port).as(Users.MANAGER).postJson("/api/v1/diagnoses", facts, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within " + WITHIN).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
