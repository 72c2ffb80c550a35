package com.salesdiag.service.rules;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.LadderCopy;
import com.salesdiag.service.support.RulesLogRows;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #20, versions as a history people can read: a publish keeps its note, any two versions can be compared
 * (rule files and thresholds), and any version that served can be restored in one call, through the same checks,
 * recorded like a publish, and written back into the serving folder (or refused, with nothing changed, when the
 * folder cannot be written).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesPublishingTests {

    private static final LadderCopy RULES = LadderCopy.create();
    private static final String TOLERANCE = "delivery.onTimeTolerance,0.95,";
    private static final String LOWER_TOLERANCE = "delivery.onTimeTolerance,0.92,";

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    private Http analyst;
    private Http manager;
    private String original;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("salesdiag.rules.folder", () -> RULES.folder().toString());
    }

    @BeforeEach
    void serveTheOriginalLadder() {
        analyst = new Http(port).as(Users.ANALYST);
        manager = new Http(port).as(Users.MANAGER);
        original = RulesLogRows.versionOf(Path.of("..", "rules", "ladder"));
    }

    @AfterEach
    void restoreTheLadder() throws IOException {
        RULES.restore();
        assertThat(analyst.postJson("/api/v1/rules/reload", "", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPublishKeepsItsNoteAndTheDiffShowsTheThresholdThatMoved() throws IOException {
        RULES.edit("thresholds.drl.csv", TOLERANCE, LOWER_TOLERANCE);
        HttpResponse<String> published = analyst.postJson("/api/v1/rules/reload",
                "{\"note\": \"The carrier's new contract: 92 % on time is acceptable\"}", null);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String edited = json(published).get("version").asString();
        assertThat(json(published).get("note").asString()).isEqualTo("The carrier's new contract: 92 % on time is acceptable");
        JsonNode versions = json(analyst.get("/api/v1/rules/versions"));
        assertThat(versions.at("/history/0/note").asString()).startsWith("The carrier's new contract");
        assertThat(versions.at("/published/version").asString()).isEqualTo(edited);
        assertThat(versions.at("/published/replacedVersion").asString()).isEqualTo(original);
        assertThat(versions.at("/published/who").asString()).isEqualTo("analyst");
        assertThat(versions.at("/published/action").asString()).isEqualTo("PUBLISH");
        JsonNode publications = json(analyst.get("/api/v1/rules/publications"));
        assertThat(publications.at("/publications/0/version").asString()).isEqualTo(edited);
        assertThat(publications.at("/publications/0/note").asString()).startsWith("The carrier's new contract");

        HttpResponse<String> diff = analyst.get("/api/v1/rules/diff?from=" + original + "&to=" + edited);

        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        JsonNode changes = json(diff);
        assertThat(changes.get("files")).hasSize(1);
        JsonNode file = changes.at("/files/0");
        assertThat(file.get("path").asString()).isEqualTo("thresholds.drl.csv");
        assertThat(file.get("change").asString()).isEqualTo("CHANGED");
        assertThat(file.get("linesAdded").asInt()).isOne();
        assertThat(file.get("linesRemoved").asInt()).isOne();
        assertThat(file.get("diff").asString()).contains("\n-Threshold delivery.onTimeTolerance,", "0.95,0 to 1\n",
                "\n+Threshold delivery.onTimeTolerance,", "0.92,0 to 1\n");
        assertThat(changes.get("thresholds")).hasSize(1);
        JsonNode threshold = changes.at("/thresholds/0");
        assertThat(threshold.get("row").asString()).isEqualTo("Threshold delivery.onTimeTolerance");
        assertThat(threshold.get("change").asString()).isEqualTo("CHANGED");
        assertThat(threshold.at("/cells/0/column").asString()).isEqualTo("Value");
        assertThat(threshold.at("/cells/0/from").asString()).isEqualTo("0.95");
        assertThat(threshold.at("/cells/0/to").asString()).isEqualTo("0.92");
        assertThat(json(analyst.get("/api/v1/rules/diff?from=" + edited)).get("files")).as("against what serves")
                .isEmpty();
        assertThat(json(analyst.get("/api/v1/rules/diff?from=" + edited + "&to=" + original)).at("/thresholds/0/cells/0/to")
                .asString()).isEqualTo("0.95");
    }

    @Test
    void restoreServesAnEarlierVersionAgainInOneCallRecordedLikeAPublish() throws IOException {
        String facts = SampleCompany.withDepartmentDeliveriesOnTime(0.93);
        RULES.edit("thresholds.drl.csv", TOLERANCE, LOWER_TOLERANCE);
        String edited = json(analyst.postJson("/api/v1/rules/reload", "", null)).get("version").asString();
        assertThat(diagnose(facts).get("rulesVersion").asString()).isEqualTo(edited);

        HttpResponse<String> restored = analyst.postJson("/api/v1/rules/versions/" + original + "/restore",
                "{\"note\": \"Back to 95 %: the contract was not signed\"}", null);

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(json(restored).get("version").asString()).isEqualTo(original);
        assertThat(json(restored).get("scenariosRun").asInt()).as("checked as a reload is").isPositive();
        JsonNode answer = diagnose(facts);
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(original);
        assertThat(codesFor(answer, "centre-south")).contains("DELIVERY_DELAYS");
        JsonNode latest = json(analyst.get("/api/v1/rules/publications")).at("/publications/0");
        assertThat(latest.get("action").asString()).isEqualTo("RESTORE");
        assertThat(latest.get("version").asString()).isEqualTo(original);
        assertThat(latest.get("replacedVersion").asString()).isEqualTo(edited);
        assertThat(latest.get("who").asString()).isEqualTo("analyst");
        assertThat(latest.get("note").asString()).isEqualTo("Back to 95 %: the contract was not signed");
        JsonNode attempt = json(analyst.get("/api/v1/rules/versions")).at("/history/0");
        assertThat(attempt.get("version").asString()).isEqualTo(original);
        assertThat(attempt.get("note").asString()).isEqualTo("Back to 95 %: the contract was not signed");
        assertThat(RulesLogRows.versionOf(RULES.folder())).as("the serving folder holds the version restored")
                .isEqualTo(original);
        assertThat(Files.readString(RULES.folder().resolve("thresholds.drl.csv"))).contains(TOLERANCE);
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aRestoreIsRefusedWithNothingChangedWhenTheServingFolderCannotBeWritten() throws IOException {
        RULES.edit("thresholds.drl.csv", TOLERANCE, LOWER_TOLERANCE);
        String edited = json(analyst.postJson("/api/v1/rules/reload", "", null)).get("version").asString();
        int publications = json(analyst.get("/api/v1/rules/publications")).get("publications").size();
        byte[] table = Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"));
        // where the restored table is written before it is moved in, a folder: the write fails, whoever runs this
        Path blocked = Files.createDirectory(RULES.folder().resolve(".thresholds.drl.csv.restoring"));
        try {
            HttpResponse<String> refused = analyst.postJson("/api/v1/rules/versions/" + original + "/restore",
                    "{\"note\": \"Back to 95 %\"}", "en");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(json(refused).get("type").asString()).isEqualTo("urn:salesdiag:problem:rules-folder-unwritable");
            assertThat(json(refused).get("detail").asString()).startsWith("Version " + original + " was not restored")
                    .contains("thresholds.drl.csv", "Nothing changed").doesNotContain(RULES.folder().toString());
        } finally {
            Files.delete(blocked);
        }
        assertThat(json(analyst.get("/api/v1/rules/versions")).get("active").asString()).isEqualTo(edited);
        assertThat(json(analyst.get("/api/v1/rules/publications")).get("publications")).hasSize(publications);
        assertThat(Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"))).isEqualTo(table);
        assertThat(stagedFiles()).isEmpty();
        assertThat(diagnose(SampleCompany.json()).get("rulesVersion").asString()).isEqualTo(edited);
    }

    private static List<String> stagedFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(RULES.folder())) {
            return paths.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".restoring")).toList();
        }
    }

    @Test
    void restoreChecksTheVersionAgainAndRefusesOneThatFailsOrIsNotWhatItClaims() throws Exception {
        LadderCopy broken = LadderCopy.create();
        broken.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding(((");
        String brokenVersion = RulesLogRows.versionOf(broken.folder());
        try (Connection db = database.getConnection()) {
            RulesLogRows.storeVersion(db, brokenVersion, broken.folder());
            RulesLogRows.storeVersion(db, "0123456789ab", RULES.folder());
        }
        int publications = json(analyst.get("/api/v1/rules/publications")).get("publications").size();

        HttpResponse<String> refused = analyst.postJson("/api/v1/rules/versions/" + brokenVersion + "/restore", "", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).get("type").asString()).isEqualTo("urn:salesdiag:problem:rules-rejected");
        assertThat(json(refused).at("/problems/0/file").asString()).isEqualTo("3-delivery.drl");
        assertThat(json(refused).at("/problems/0/line").asInt()).isPositive();
        assertThat(json(refused).get("detail").asString()).startsWith("Version " + brokenVersion + " fails its check");
        HttpResponse<String> tampered = analyst.postJson("/api/v1/rules/versions/0123456789ab/restore", "", "en");
        assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(422);
        assertThat(tampered.body()).contains("changed after they were stored");
        assertThat(analyst.postJson("/api/v1/rules/versions/fedcba987654/restore", "", "en").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/api/v1/rules/diff?from=fedcba987654").statusCode()).isEqualTo(404);

        assertThat(json(analyst.get("/api/v1/rules/versions")).get("active").asString()).isEqualTo(original);
        assertThat(json(analyst.get("/api/v1/rules/publications")).get("publications")).hasSize(publications);
        assertThat(diagnose(SampleCompany.json()).get("rulesVersion").asString()).isEqualTo(original);
        assertThat(RulesLogRows.versionOf(RULES.folder())).as("a refused restore leaves the folder alone")
                .isEqualTo(original);
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aNoteTooLongOrWithAControlCharacterIsRefusedAndNothingIsPublished() throws IOException {
        RULES.edit("thresholds.drl.csv", TOLERANCE, LOWER_TOLERANCE);
        ObjectNode body = SampleCompany.JSON.createObjectNode().put("note", "x".repeat(2_001));

        HttpResponse<String> tooLong = analyst.postJson("/api/v1/rules/reload", body.toString(), "it");
        HttpResponse<String> bell = analyst.postJson("/api/v1/rules/reload", "{\"note\": \"why\\u0007\"}", "en");
        HttpResponse<String> unknownField = analyst.postJson("/api/v1/rules/reload", "{\"notes\": \"why\"}", "en");

        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
        assertThat(json(tooLong).get("type").asString()).isEqualTo("urn:salesdiag:problem:invalid-note");
        assertThat(json(tooLong).get("title").asString()).isEqualTo("La nota non può essere registrata");
        assertThat(json(tooLong).at("/errors/0/field").asString()).isEqualTo("note");
        assertThat(json(tooLong).at("/errors/0/message").asString()).contains("2.000");
        assertThat(bell.statusCode()).as(bell.body()).isEqualTo(422);
        assertThat(bell.body()).contains("U+0007");
        assertThat(unknownField.statusCode()).as(unknownField.body()).isEqualTo(400);
        assertThat(json(analyst.get("/api/v1/rules/versions")).get("active").asString()).isEqualTo(original);
        assertThat(analyst.get("/api/v1/rules/diff").statusCode()).as("from is required").isEqualTo(400);
    }

    private JsonNode diagnose(String facts) {
        HttpResponse<String> response = manager.postJson("/api/v1/diagnoses", facts, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static List<String> codesFor(JsonNode answer, String subject) {
        return answer.get("findings").valueStream().filter(f -> f.get("subjectId").asString().equals(subject))
                .map(f -> f.get("code").asString()).toList();
    }

    static JsonNode json(HttpResponse<String> response) {
        return SampleCompany.JSON.readTree(response.body());
    }
}
