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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's loop over HTTP, on a copy of the ladder in a folder: a bad edit is rejected with the precise
 * problem while diagnoses go on with the old rules; a good edit changes the answer right after the reload; diagnoses
 * running during many reloads all succeed, each on one version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesEndpointsTests {

    private static final LadderCopy RULES = LadderCopy.create();

    @LocalServerPort
    int port;

    private Http http;
    private Http manager;
    private String startVersion;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("salesdiag.rules.folder", () -> RULES.folder().toString());
    }

    @BeforeEach
    void serveTheOriginalLadder() {
        http = new Http(port).as(Users.ANALYST);
        manager = new Http(port).as(Users.MANAGER);
        startVersion = json(http.get("/api/v1/rules/versions")).get("active").asString();
    }

    @AfterEach
    void restoreTheLadder() throws IOException {
        RULES.restore();
        http.postJson("/api/v1/rules/reload", "", null);
    }

    @Test
    void catalogueListsEveryRuleAndThresholdInForce() {
        JsonNode catalogue = json(http.get("/api/v1/rules/catalogue"));

        assertThat(catalogue.get("rules").valueStream().map(r -> r.get("name").asString()))
                .contains("On-time deliveries below tolerance", "Individual shortfall against peers");
        JsonNode tolerance = catalogue.get("thresholds").valueStream()
                .filter(t -> t.get("key").asString().equals("delivery.onTimeTolerance")).findFirst().orElseThrow();
        assertThat(tolerance.get("value").asDouble()).isEqualTo(0.95);
        assertThat(tolerance.get("description").asString()).isNotBlank();
    }

    @Test
    void goodEditChangesTheAnswerRightAfterReload() throws IOException {
        String facts = SampleCompany.withDepartmentDeliveriesOnTime(0.93);
        assertThat(codesFor(diagnose(facts), "centre-south")).contains("DELIVERY_DELAYS");

        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
        HttpResponse<String> reload = http.postJson("/api/v1/rules/reload", "", null);

        assertThat(reload.statusCode()).isEqualTo(200);
        JsonNode attempt = json(reload);
        assertThat(attempt.get("outcome").asString()).isEqualTo("ACCEPTED");
        JsonNode answer = diagnose(facts);
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(attempt.get("version").asString()).isNotEqualTo(startVersion);
        assertThat(codesFor(answer, "centre-south")).doesNotContain("DELIVERY_DELAYS");
        JsonNode latest = json(http.get("/api/v1/rules/versions")).get("history").get(0);
        assertThat(latest.get("version").asString()).isEqualTo(attempt.get("version").asString());
        assertThat(latest.get("who").asString()).as("who reloaded: the logged-in analyst").isEqualTo("analyst");
    }

    @Test
    void theRulesOfEveryVersionThatServedCanBeReadBackFromTheRulesLog() throws IOException {
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
        String edited = Files.readString(RULES.folder().resolve("thresholds.drl.csv"));
        JsonNode attempt = json(http.postJson("/api/v1/rules/reload", "", null));
        String version = attempt.get("version").asString();

        HttpResponse<byte[]> zip = http.getBytes("/api/v1/rules/versions/" + version + "/files");
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsEntry("thresholds.drl.csv", edited).containsKey("3-delivery.drl");

        JsonNode history = json(http.get("/api/v1/rules/versions?limit=500")).get("history");
        assertThat(history.get(0).get("version").asString()).isEqualTo(version);
        assertThat(history.get(0).get("sequence").asLong()).as("the reload's answer names its entry in the rules log")
                .isEqualTo(attempt.get("sequence").asLong());
        assertThat(history.get(history.size() - 1).get("who").asString()).isEqualTo("startup");
        assertThat(http.get("/api/v1/rules/versions/000000000000/files").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/rules/versions?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void badDrlEditIsRejectedWithFileAndLineAndOldRulesKeepServing() throws IOException {
        RULES.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding(((");

        HttpResponse<String> reload = http.postJson("/api/v1/rules/reload", "", null);

        assertThat(reload.statusCode()).isEqualTo(422);
        JsonNode problem = json(reload);
        assertThat(problem.get("problems").get(0).get("file").asString()).isEqualTo("3-delivery.drl");
        assertThat(problem.get("problems").get(0).get("line").asInt()).isPositive();
        assertOldRulesServe();
    }

    @Test
    void thresholdTableWithAGapIsRejectedPrecisely() throws IOException {
        RULES.edit("thresholds.drl.csv", "Band goal GOAL_MET,goal,GOAL_MET,0.95,", "Band goal GOAL_MET,goal,GOAL_MET,0.96,");

        HttpResponse<String> reload = http.postJson("/api/v1/rules/reload", "", null);

        assertThat(reload.statusCode()).isEqualTo(422);
        assertThat(reload.body()).contains("band goal GOAL_MET starts at 0.96 but GOAL_MISSED ends at 0.95: gap");
        assertOldRulesServe();
    }

    @Test
    void aTableSavedWithSemicolonsOrARuleWithoutItsCodeIsRejectedNotAFailure() throws IOException {
        String table = Files.readString(RULES.folder().resolve("thresholds.drl.csv"));
        Files.writeString(RULES.folder().resolve("thresholds.drl.csv"), table.replace(',', ';'));
        HttpResponse<String> check = http.postJson("/api/v1/rules/check", "", "it");
        assertThat(check.statusCode()).as(check.body()).isEqualTo(422);
        assertThat(json(check).get("problems").get(0).get("file").asString()).isEqualTo("thresholds.drl.csv");
        assertThat(json(check).get("problems").get(0).get("message").asString())
                .contains("il file è separato da punti e virgola");
        assertThat(json(check).get("problems").get(0).get("code").asString()).isEqualTo("table.unreadableSemicolons");
        assertThat(check.headers().firstValue("Content-Language")).contains("it");
        assertThat(json(check).get("title").asString()).isEqualTo("Modifica delle regole respinta");
        assertThat(json(check).get("detail").asString()).startsWith("Le regole in ")
                .contains("Primo problema: thresholds.drl.csv:");
        RULES.restore();

        RULES.edit("3-delivery.drl", "@code(\"DELIVERY_DELAYS\") @kind(\"cause\")", "@kind(\"cause\")");
        HttpResponse<String> reload = http.postJson("/api/v1/rules/reload", "", null);
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
        assertThat(reload.body()).contains("concludes something but lacks @code");
        assertOldRulesServe();
    }

    @Test
    void editThatBreaksAScenarioIsRejectedNamingIt() throws IOException {
        // A technique used by one top performer becomes a pattern: scenario 94 pinned the opposite.
        RULES.edit("thresholds.drl.csv", "success.minTopPerformersPerTechnique,2,", "success.minTopPerformersPerTechnique,1,");

        HttpResponse<String> reload = http.postJson("/api/v1/rules/reload", "", null);

        assertThat(reload.statusCode()).isEqualTo(422);
        List<JsonNode> scenarioProblems = new ArrayList<>();
        json(reload).get("problems").valueStream().filter(p -> p.get("kind").asString().equals("SCENARIO"))
                .forEach(scenarioProblems::add);
        assertThat(scenarioProblems).isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("scenario").asString()).isNotBlank());
        assertOldRulesServe();
    }

    @Test
    void checkTestsAnEditWithoutLoadingIt() throws IOException {
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,95,");

        HttpResponse<String> check = http.postJson("/api/v1/rules/check", "", null);

        assertThat(check.statusCode()).isEqualTo(422);
        assertThat(check.body()).contains("delivery.onTimeTolerance = 95 is above 1");
        assertThat(json(http.get("/api/v1/rules/versions")).get("active").asString()).isEqualTo(startVersion);

        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,95,", "delivery.onTimeTolerance,0.92,");
        HttpResponse<String> passing = http.postJson("/api/v1/rules/check", "", null);
        assertThat(passing.statusCode()).as(passing.body()).isEqualTo(200);
        assertThat(json(passing).get("passed").asBoolean()).isTrue();
        assertThat(json(passing).get("changes").isArray()).as("what the edit would change, scenario by scenario").isTrue();
        assertThat(json(http.get("/api/v1/rules/versions")).get("active").asString()).isEqualTo(startVersion);
    }

    /** Issue #18: a threshold typed as a percentage is said in the reader's language, with a code for programs. */
    @Test
    void aBadThresholdIsSaidInItalianToAnItalianReaderAndInEnglishOtherwise() throws IOException {
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,95,");

        HttpResponse<String> italian = http.postJson("/api/v1/rules/check", "", "it");
        HttpResponse<String> english = http.postJson("/api/v1/rules/check", "", null);

        assertThat(italian.statusCode()).isEqualTo(422);
        JsonNode problem = json(italian).get("problems").get(0);
        assertThat(problem.get("message").asString())
                .isEqualTo("la soglia delivery.onTimeTolerance = 95 è maggiore di 1: l'intervallo ammesso è 0 to 1");
        assertThat(problem.get("code").asString()).isEqualTo("threshold.outOfRange");
        assertThat(problem.get("file").asString()).isEqualTo("thresholds.drl.csv");
        assertThat(json(italian).get("detail").asString()).contains("Primo problema: thresholds.drl.csv:"
                + problem.get("line").asInt() + ": la soglia delivery.onTimeTolerance = 95 è maggiore di 1");
        assertThat(json(italian).at("/outcome/problems/0/message").asString()).isEqualTo(problem.get("message").asString());
        assertThat(json(english).get("problems").get(0).get("message").asString())
                .isEqualTo("threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1");
        assertThat(json(english).get("problems").get(0).get("code").asString()).isEqualTo("threshold.outOfRange");
    }

    @Test
    void aMisspeltPlaceholderIsSaidInTheReadersLanguage() throws IOException {
        RULES.edit("3-delivery.drl", "Deliveries for {subject}: {onTimeRate,number,percent}",
                "Deliveries for {subject}: {onTimeRat,number,percent}");

        HttpResponse<String> italian = http.postJson("/api/v1/rules/reload", "", "it");
        HttpResponse<String> english = http.postJson("/api/v1/rules/check", "", "en");

        assertThat(italian.statusCode()).isEqualTo(422);
        JsonNode problem = json(italian).get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("text.unknownPlaceholder");
        assertThat(problem.get("message").asString()).startsWith("la frase @en della regola \"On-time deliveries below "
                + "tolerance\" nomina {onTimeRat}, che la regola non fornisce mai come evidenza; fornisce: {subject}, ");
        assertThat(json(english).get("problems").get(0).get("message").asString()).startsWith("the @en sentence of rule "
                + "\"On-time deliveries below tolerance\" names {onTimeRat}, which the rule never gives as evidence");
        // The rules log keeps the refused load with its problems' codes: its history reads in either language.
        JsonNode logged = json(http.get("/api/v1/rules/versions", "it")).at("/history/0");
        assertThat(logged.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(logged.at("/problems/0/code").asString()).isEqualTo("text.unknownPlaceholder");
        assertThat(logged.at("/problems/0/message").asString()).isEqualTo(problem.get("message").asString());
        assertThat(json(http.get("/api/v1/rules/versions", "en")).at("/history/0/problems/0/message").asString())
                .startsWith("the @en sentence of rule");
        assertOldRulesServe();
    }

    @Test
    void aDroolsParseErrorIsQuotedAsItIsFramedInTheReadersLanguage() throws IOException {
        RULES.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding(((");

        HttpResponse<String> italian = http.postJson("/api/v1/rules/check", "", "it");

        assertThat(italian.statusCode()).isEqualTo(422);
        JsonNode problem = json(italian).get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("compile.drools");
        assertThat(problem.get("file").asString()).isEqualTo("3-delivery.drl");
        assertThat(problem.get("line").asInt()).isPositive();
        String message = problem.get("message").asString();
        assertThat(message).startsWith("Il compilatore delle regole segnala (in inglese): ");
        String drools = message.substring("Il compilatore delle regole segnala (in inglese): ".length());
        assertThat(drools).as("Drools' own words, verbatim").isNotBlank().doesNotContain("compilatore");
        assertThat(json(http.postJson("/api/v1/rules/check", "", "en")).get("problems").get(0).get("message")
                .asString()).as("in English, Drools' message as it is").isEqualTo(drools);
    }

    /** Issue #15 C: what the rules endpoints answer names files relative to the rules, never a path of the server. */
    @Test
    void noAnswerShowsAPathOfTheServer() throws IOException {
        String folder = RULES.folder().toAbsolutePath().toString();
        String temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        List<HttpResponse<String>> answers = new ArrayList<>();

        // A technique used by one top performer becomes a pattern: scenario 94 pinned the opposite.
        RULES.edit("thresholds.drl.csv", "success.minTopPerformersPerTechnique,2,", "success.minTopPerformersPerTechnique,1,");
        HttpResponse<String> rejected = http.postJson("/api/v1/rules/reload", "", "it");
        assertThat(rejected.statusCode()).isEqualTo(422);
        answers.add(rejected);
        JsonNode scenario = json(rejected).get("problems").valueStream()
                .filter(p -> p.get("kind").asString().equals("SCENARIO")).findFirst().orElseThrow();
        assertThat(scenario.get("file").asString()).as("the packaged suite, named as the product keeps it")
                .startsWith("test-data/scenarios/").endsWith(".json");
        assertThat(json(rejected).get("detail").asString()).contains(RULES.folder().getFileName().toString());
        HttpResponse<String> failing = http.postJson("/api/v1/rules/check", "", "en");
        assertThat(failing.statusCode()).isEqualTo(422);
        answers.add(failing);
        assertThat(json(failing).at("/outcome/scenarioFolders").valueStream().map(JsonNode::asString))
                .isNotEmpty().allSatisfy(name -> assertThat(name).doesNotStartWith("/"));

        RULES.restore();
        RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
        HttpResponse<String> passing = http.postJson("/api/v1/rules/check", "", null);
        assertThat(passing.statusCode()).as(passing.body()).isEqualTo(200);
        answers.add(passing);
        answers.add(http.get("/api/v1/rules/versions"));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.body()).doesNotContain(folder, temporary + "/", System.getProperty("user.dir"));
        }
    }

    /**
     * Issue #4's concurrency check over HTTP: managers diagnose from four threads while the analyst reloads ten
     * times between two versions that disagree on one finding. Every request succeeds, and each answer is the one
     * of the version it names: never a mix, never a failure during a swap.
     */
    @Test
    void diagnosesDuringManyReloadsAllSucceedEachOnOneVersion() throws Exception {
        String facts = SampleCompany.withDepartmentDeliveriesOnTime(0.93);
        String strict = startVersion;
        record Answer(int status, String version, boolean delayed, String body) {
        }
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService managers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            running.add(managers.submit(() -> {
                while (reloading.get()) {
                    HttpResponse<String> response = manager.postJson("/api/v1/diagnoses", facts, "en");
                    if (response.statusCode() != 200) {
                        answers.add(new Answer(response.statusCode(), null, false, response.body()));
                        continue;
                    }
                    JsonNode answer = json(response);
                    answers.add(new Answer(200, answer.get("rulesVersion").asString(),
                            codesFor(answer, "centre-south").contains("DELIVERY_DELAYS"), null));
                }
            }));
        }
        String lenient = null;
        try {
            for (int reload = 0; reload < 10; reload++) {
                if (reload % 2 == 0) {
                    RULES.edit("thresholds.drl.csv", "delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,");
                } else {
                    RULES.restore();
                }
                HttpResponse<String> swapped = http.postJson("/api/v1/rules/reload", "", null);
                assertThat(swapped.statusCode()).as(swapped.body()).isEqualTo(200);
                if (reload % 2 == 0) {
                    lenient = json(swapped).get("version").asString();
                }
            }
        } finally {
            reloading.set(false);
            for (Future<?> manager : running) {
                manager.get(60, TimeUnit.SECONDS);
            }
            managers.shutdown();
        }

        String lenientVersion = lenient;
        assertThat(answers).hasSizeGreaterThan(20)
                .allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200))
                .allSatisfy(a -> assertThat(a.version()).isIn(strict, lenientVersion))
                .allSatisfy(a -> assertThat(a.delayed()).as("DELIVERY_DELAYS at 93 %% on time under " + a.version())
                        .isEqualTo(a.version().equals(strict)));
        assertThat(answers).extracting(Answer::version).contains(strict, lenientVersion);
    }

    private void assertOldRulesServe() {
        JsonNode versions = json(http.get("/api/v1/rules/versions"));
        assertThat(versions.get("active").asString()).isEqualTo(startVersion);
        assertThat(versions.get("history").get(0).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(diagnose(SampleCompany.json()).get("rulesVersion").asString()).isEqualTo(startVersion);
    }

    private JsonNode diagnose(String facts) {
        HttpResponse<String> response = manager.postJson("/api/v1/diagnoses", facts, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> codesFor(JsonNode answer, String subject) {
        return answer.get("findings").valueStream().filter(f -> f.get("subjectId").asString().equals(subject))
                .map(f -> f.get("code").asString()).toList();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return SampleCompany.JSON.readTree(response.body());
    }
}
