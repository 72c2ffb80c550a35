package com.salesdiag.service.console.rules;

import com.salesdiag.service.support.ConsoleSession;
import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.ServingALadderCopy;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' pages over HTTP with a browser's session, on a rules folder: a refused publish changes neither the
 * rules serving nor the folder; a check writes nothing and shows what an edit would change; a published edit serves
 * at once and is in the folder; only the folder's rule files are opened or written; every form needs its token.
 */
class AnalystPagesTests extends ServingALadderCopy {

    private static final String TOLERANCE = "value-0-19";

    private ConsoleSession analyst() {
        return new ConsoleSession(port, "en").signIn(Users.ANALYST);
    }

    private String active() {
        return json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions")).get("active").asString();
    }

    @Test
    void theThresholdsTableShowsEachRowsMeaningRangeAndValueAsAField() {
        String page = analyst().get("/console/rules/thresholds").body();

        assertThat(page).contains("<h1>Thresholds and bands</h1>", "Lowest acceptable on-time delivery rate",
                "<td>0 to 1</td>", "for=\"" + TOLERANCE + "\"", ">Value of delivery.onTimeTolerance</label>",
                "id=\"" + TOLERANCE + "\" name=\"" + TOLERANCE + "\"", "value=\"0.95\"",
                "Lower bound of goal GOAL_MET", "no upper bound", "name=\"_csrf\"");
    }

    @Test
    void aRefusedPublishChangesNeitherTheRulesServingNorTheFolder() throws IOException {
        ConsoleSession analyst = analyst();
        String before = active();
        byte[] table = Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"));

        HttpResponse<String> refused = analyst.post("/console/rules/thresholds", Map.of(TOLERANCE, "95",
                "action", "publish", "_csrf", analyst.csrf("/console/rules/thresholds"), "base", active()));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Not published", "Nothing changed: version " + before + " still serves",
                "threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1",
                "id=\"" + TOLERANCE + "-error\"", "value=\"95\"");
        assertThat(active()).isEqualTo(before);
        assertThat(Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"))).isEqualTo(table);
        assertThat(Files.list(RULES.folder()).map(Path::getFileName).map(Path::toString))
                .noneMatch(name -> name.endsWith(".publishing"));
        JsonNode latest = json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions")).at("/history/0");
        assertThat(latest.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(latest.get("who").asString()).isEqualTo("analyst");
    }

    /** Issue #18: the console in Italian says the problem in Italian, at its row and in the list. */
    @Test
    void aRefusedValueIsSaidInTheConsolesLanguage() {
        ConsoleSession italian = new ConsoleSession(port, "it").signIn(Users.ANALYST);

        String page = italian.post("/console/rules/thresholds", Map.of(TOLERANCE, "95", "action", "check",
                "_csrf", italian.csrf("/console/rules/thresholds"), "base", active())).body();

        assertThat(page).contains("la soglia delivery.onTimeTolerance = 95 è maggiore di 1: l&#39;intervallo ammesso è "
                + "0 to 1", "id=\"" + TOLERANCE + "-error\"").doesNotContain("is above 1");
    }

    @Test
    void aTableOpenedBeforeAnotherPublishIsNeitherCheckedNorPublished() {
        ConsoleSession analyst = analyst();
        long loads = loads();

        String page = analyst.post("/console/rules/thresholds", Map.of(TOLERANCE, "0.92", "action", "publish",
                "_csrf", analyst.csrf("/console/rules/thresholds"), "base", "0123456789ab")).body();

        assertThat(page).contains("The rules changed since this page was opened (version " + active() + " serves now)",
                "value=\"0.95\"").doesNotContain("id=\"outcome\"");
        assertThat(loads()).isEqualTo(loads);
    }

    @Test
    void aValueThatIsNotANumberIsShownAtItsRowAndNothingIsChecked() {
        ConsoleSession analyst = analyst();
        long loads = loads();

        String page = analyst.post("/console/rules/thresholds", Map.of(TOLERANCE, "lots", "action", "publish",
                "_csrf", analyst.csrf("/console/rules/thresholds"), "base", active())).body();

        assertThat(page).contains("Some values are not numbers", "href=\"#" + TOLERANCE + "\"",
                "Not a number: write it with a decimal point or comma", "value=\"lots\"",
                // the summary names the threshold as the table does, with what was typed
                ">delivery.onTimeTolerance: lots</a>").doesNotContain("id=\"outcome\"", TOLERANCE + ":");
        assertThat(loads()).isEqualTo(loads);
    }

    @Test
    void checkShowsWhatAnEditWouldChangeScenarioByScenarioAndWritesNothing() throws IOException {
        // a scenario kept with the rules: then it is the whole suite, and the sample company's answer changes
        Path scenarios = Files.createDirectories(RULES.folder().resolve("scenarios"));
        try {
            Files.writeString(scenarios.resolve("sample.json"),
                    "{\"name\": \"The sample company\", \"facts\": " + SampleCompany.json() + "}");
            ConsoleSession analyst = analyst();
            byte[] table = Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"));

            String page = analyst.post("/console/rules/thresholds", Map.of(TOLERANCE, "0,99", "action", "check",
                    "_csrf", analyst.csrf("/console/rules/thresholds"), "base", active())).body();

            assertThat(page).contains("The check passed", "1 scenarios hold", "The sample company",
                    "DELIVERY_DELAYS for centre-south", "Conclusions removed", "value=\"0,99\"");
            assertThat(Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"))).isEqualTo(table);
        } finally {
            Files.delete(scenarios.resolve("sample.json"));
            Files.delete(scenarios);
        }
    }

    @Test
    void aRuleFileEditIsCheckedAtItsLineAndAGoodOneServesAtOnceAndIsSaved() throws IOException {
        ConsoleSession analyst = analyst();
        String file = "/console/rules/file?path=3-delivery.drl";
        String page = analyst.get(file).body();
        assertThat(page).contains("Rule file 3-delivery.drl", "On-time deliveries below tolerance", "PRODUCTION",
                "DELIVERY_DELAYS", "<label for=\"text\">Text of 3-delivery.drl</label>");
        String text = Files.readString(RULES.folder().resolve("3-delivery.drl"));

        String broken = analyst.post("/console/rules/file", Map.of("path", "3-delivery.drl", "action", "check",
                "text", text.replace("then\n    insertLogical(Derive.finding(", "then\n    insertLogical(Derive.finding((("),
                "_csrf", analyst.csrf(file))).body();
        assertThat(broken).contains("The check found", "3-delivery.drl:", "does not compile", "Nothing was saved");
        assertThat(Files.readString(RULES.folder().resolve("3-delivery.drl"))).isEqualTo(text);

        String before = active();
        String described = text.replace("@description(\"Open orders amount to more days of production than the limit",
                "@description(\"Open orders amount to more days of production than the backlog limit");
        assertThat(described).isNotEqualTo(text);
        String changedMeanwhile = analyst.post("/console/rules/file", Map.of("path", "3-delivery.drl",
                "action", "publish", "text", described, "_csrf", analyst.csrf(file),
                "base", RuleFilePages.fingerprint(text + "// someone else's edit\n"))).body();
        assertThat(changedMeanwhile).contains("This file was changed in the rules folder since you opened it");
        assertThat(active()).isEqualTo(before);
        HttpResponse<String> published = analyst.post("/console/rules/file", Map.of("path", "3-delivery.drl",
                "action", "publish", "text", described.replace("\n", "\r\n"), "_csrf", analyst.csrf(file),
                "base", RuleFilePages.fingerprint(text)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        assertThat(analyst.get(file).body()).contains("Published: version " + active() + " serves now, in place of "
                + before);
        assertThat(active()).isNotEqualTo(before);
        assertThat(Files.readString(RULES.folder().resolve("3-delivery.drl"))).as("saved with its own line ends")
                .isEqualTo(described);
    }

    @Test
    void onlyTheFoldersRuleFilesAreOpenedOrWrittenAndEveryFormNeedsItsToken() {
        ConsoleSession analyst = analyst();
        assertThat(analyst.get("/console/rules/file?path=../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/console/rules/file?path=scenarios/x.json").statusCode()).isEqualTo(404);
        assertThat(analyst.post("/console/rules/file", Map.of("path", "new.drl", "text", "x", "action", "publish",
                "_csrf", analyst.csrf("/console/rules"))).statusCode()).isEqualTo(404);
        assertThat(Files.exists(RULES.folder().resolve("new.drl"))).isFalse();
        assertThat(analyst.post("/console/rules/thresholds", Map.of(TOLERANCE, "0.92", "action", "publish"))
                .statusCode()).isEqualTo(403);
        assertThat(analyst.post("/console/rules/publish", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(analyst.get("/console/rules/versions/not-a-version").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/console/rules/versions/0123456789ab").statusCode()).isEqualTo(404);
    }

    @Test
    void theVersionsListWhoPublishedWhatAndTheFilesOfEachInBothLanguages() {
        String version = active();
        ConsoleSession analyst = analyst();
        assertThat(analyst.get("/console/rules/versions").body()).contains("startup", "published",
                "href=\"/console/rules/versions/" + version + "\"");
        assertThat(analyst.get("/console/rules/versions/" + version).body()).contains("This version serves now.",
                "thresholds.drl.csv", "3-delivery.drl");
        assertThat(analyst.get("/console/rules/versions/" + version + "/file?path=thresholds.drl.csv").body())
                .contains("delivery.onTimeTolerance");
        assertThat(analyst.get("/console/rules?lang=it").body()).contains("<h1>Le regole</h1>",
                "Le regole in uso vengono dalla cartella");
        assertThat(analyst.get("/console/rules/thresholds").body()).contains("<h1>Soglie e fasce</h1>",
                "Intervallo ammesso");
    }

    /** The rules log's newest entry: a load attempt adds one. */
    private long loads() {
        return json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions?limit=1")).at("/history/0/sequence")
                .asLong();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return SampleCompany.JSON.readTree(response.body());
    }
}
