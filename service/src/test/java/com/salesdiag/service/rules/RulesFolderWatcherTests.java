package com.salesdiag.service.rules;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.LadderCopy;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * With {@code salesdiag.rules.watch=true}, saving an edit in the rules folder is enough: a good edit serves without
 * any request, a bad one is rejected and the old rules keep serving, a burst of saves gives one reload, and a save
 * that changes nothing or files the check does not read (an editor's swap file, notes) give none. A folder
 * deleted and put back is watched again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salesdiag.rules.watch=true", "salesdiag.rules.watch-quiet=300ms"})
class RulesFolderWatcherTests {

    private static final LadderCopy RULES = LadderCopy.create();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private Http analyst;
    private String startVersion;
    private long attemptsBefore;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("salesdiag.rules.folder", () -> RULES.folder().toString());
    }

    @BeforeEach
    void serveTheOriginalLadder() {
        analyst = new Http(port).as(Users.ANALYST);
        JsonNode versions = versions();
        startVersion = versions.get("active").asString();
        attemptsBefore = lastSequence(versions);
    }

    @AfterEach
    void restoreTheLadder() throws IOException {
        String original = versions().get("history").valueStream()
                .filter(attempt -> attempt.get("who").asString().equals("startup")).findFirst().orElseThrow()
                .get("version").asString();
        RULES.restore();
        // When an accepted edit serves, the restore is reloaded like any save; when the original still serves (a
        // rejected edit), the watcher sees the folder is what serves and reloads nothing.
        eventually(v -> v.get("active").asString().equals(original), "the original ladder serves again");
    }

    @Test
    void aSavedGoodEditServesWithoutAnyRequest() throws IOException {
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");

        JsonNode versions = eventually(v -> !v.get("active").asString().equals(startVersion), "the edit serves");
        JsonNode attempt = versions.get("history").get(0);
        assertThat(attempt.get("who").asString()).isEqualTo(RulesFolderWatcher.WHO);
        assertThat(attempt.get("outcome").asString()).isEqualTo("ACCEPTED");
        JsonNode answer = diagnose(SampleCompany.withDepartmentDeliveriesOnTime(0.93));
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(attempt.get("version").asString());
        assertThat(answer.get("findings").valueStream()
                .filter(f -> f.get("subjectId").asString().equals("centre-south"))
                .map(f -> f.get("code").asString())).doesNotContain("DELIVERY_DELAYS");
    }

    @Test
    void aSavedBadEditIsRejectedAndTheOldRulesKeepServing() throws IOException {
        RULES.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding(((");

        JsonNode versions = eventually(v -> lastSequence(v) > attemptsBefore, "the edit is checked");
        JsonNode attempt = versions.get("history").get(0);
        assertThat(attempt.get("who").asString()).isEqualTo(RulesFolderWatcher.WHO);
        assertThat(attempt.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(attempt.get("problems").get(0).get("file").asString()).isEqualTo("3-delivery.drl");
        assertThat(versions.get("active").asString()).isEqualTo(startVersion);
        assertThat(diagnose(SampleCompany.json()).get("rulesVersion").asString()).isEqualTo(startVersion);
    }

    @Test
    void aBurstOfSavesGivesOneReload() throws IOException, InterruptedException {
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.94,");
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.94,", "delivery.onTimeTolerance,0.93,");
        RULES.edit("3-delivery.drl", "// Step 3 of the ladder", "// Step 3 of the ladder (edited)");

        eventually(v -> !v.get("active").asString().equals(startVersion), "the edit serves");
        Thread.sleep(1_500); // more than the quiet time: a second reload would have started by now
        assertThat(lastSequence(versions())).isEqualTo(attemptsBefore + 1);
    }

    @Test
    void aFolderDeletedAndPutBackIsWatchedAgain() throws IOException {
        RULES.delete();
        RULES.restore();
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");

        JsonNode versions = eventually(v -> !v.get("active").asString().equals(startVersion),
                "the edited ladder put back in place of the deleted folder serves");
        String served = versions.get("active").asString();
        assertThat(versions.get("history").valueStream().filter(a -> a.get("version").asString().equals(served))
                .map(a -> a.get("who").asString())).contains(RulesFolderWatcher.WHO);

        // And the folder put back is watched: a later save in it serves too.
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.92,", "delivery.onTimeTolerance,0.91,");
        String putBack = versions.get("active").asString();
        eventually(v -> !v.get("active").asString().equals(putBack), "a save in the folder put back serves");
    }

    @Test
    void aSaveWithoutAChangeGivesNoReload() throws IOException, InterruptedException {
        RULES.edit("3-delivery.drl", "// Step 3 of the ladder", "// Step 3 of the ladder");
        Thread.sleep(1_500);
        assertThat(lastSequence(versions())).isEqualTo(attemptsBefore);
    }

    @Test
    void filesTheCheckDoesNotReadGiveNoReload() throws IOException, InterruptedException {
        Files.writeString(RULES.folder().resolve(".3-delivery.drl.swp"), "editor state");
        Files.writeString(RULES.folder().resolve("notes.txt"), "try 0.92 next week");
        try {
            Thread.sleep(1_500);
            assertThat(lastSequence(versions())).isEqualTo(attemptsBefore);
        } finally {
            Files.delete(RULES.folder().resolve(".3-delivery.drl.swp"));
            Files.delete(RULES.folder().resolve("notes.txt"));
        }
    }

    private JsonNode versions() {
        HttpResponse<String> response = analyst.get("/api/v1/rules/versions");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SampleCompany.JSON.readTree(response.body());
    }

    private static long lastSequence(JsonNode versions) {
        return versions.get("history").get(0).get("sequence").asLong();
    }

    private JsonNode eventually(Predicate<JsonNode> done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode versions = versions();
        while (!done.test(versions)) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + PATIENCE + ": " + what + "; versions: " + versions);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what);
            }
            versions = versions();
        }
        return versions;
    }

    private JsonNode diagnose(String facts) {
        HttpResponse<String> response = new Http(port).as(Users.MANAGER).postJson("/api/v1/diagnoses", facts, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SampleCompany.JSON.readTree(response.body());
    }
}
