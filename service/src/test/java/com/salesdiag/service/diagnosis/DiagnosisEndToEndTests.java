package com.salesdiag.service.diagnosis;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.LargeCompany;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole service over real HTTP with the real engine and the packaged rules: JSON and CSV, English and Italian. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagnosisEndToEndTests {

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as(Users.MANAGER);
    }

    @Test
    void explainsInEnglishWhyTheSampleCompanyMissedItsGoal() {
        JsonNode answer = diagnose(SampleCompany.json(), "en");
        JsonNode company = answer.at("/whySalesFell/company");
        assertThat(answer.get("language").asString()).isEqualTo("en");
        assertThat(company.get("outcome").asString()).isEqualTo("GOAL_MISSED");
        assertThat(company.get("shortfall").asDouble()).isEqualTo(115_400);
        assertThat(company.get("summary").asString()).startsWith("Idraulica Padana S.p.A. reached 89% of its goal for Q3 2026");
        assertThat(answer.at("/whySalesFell/changes/0/summary").asString())
                .startsWith("Idraulica Padana S.p.A.: revenue fell 5.5% (56,250) against Q2 2026, from 1,025,850 to 969,600");
        assertThat(causeCodes(company)).startsWith("PRICE_NOT_COMPETITIVE", "DELIVERY_DELAYS")
                .contains("MARKETING_MISMATCH", "CUSTOMER_SERVICE_PROBLEMS", "CAPABILITY_GAP", "TRAINING_GAP");
        assertThat(sumOfShares(company) + company.get("unexplainedShare").asDouble()).isBetween(0.999, 1.001);
        for (JsonNode cause : company.get("causes")) {
            assertThat(cause.get("estimate").asString()).isNotBlank();
            for (JsonNode finding : cause.get("findings")) {
                assertThat(finding.get("rules")).isNotEmpty();
                assertThat(finding.get("evidence")).isNotEmpty();
                assertThat(finding.get("explanation").asString()).isNotBlank();
            }
        }
    }

    @Test
    void theChangeAgainstEarlierPeriodsAddsUpAndSaysWhatItCouldNotCompare() {
        JsonNode changes = diagnose(SampleCompany.json(), "en").at("/whySalesFell/changes");
        JsonNode company = changes.get(0);
        assertThat(company.get("subjectType").asString()).isEqualTo("COMPANY");
        JsonNode previous = company.at("/against/0");
        assertThat(previous.get("earlierPeriod").asString()).isEqualTo("2026-Q2");
        assertThat(previous.get("change").decimalValue()).isEqualByComparingTo("-56250.00");
        java.math.BigDecimal parts = java.math.BigDecimal.ZERO;
        for (JsonNode c : previous.get("contributors")) {
            parts = parts.add(c.get("change").decimalValue());
        }
        assertThat(parts).isEqualByComparingTo(previous.get("change").decimalValue());
        JsonNode yearEarlier = company.at("/against/1");
        assertThat(yearEarlier.get("earlierPeriod").asString()).isEqualTo("2025-Q3");
        assertThat(yearEarlier.get("change").decimalValue()).isEqualByComparingTo("-36400.00");
        assertThat(company.get("summary").asString())
                .contains("Causes standing for Nord-Ovest: systemic shortfall, price not competitive, delivery delays")
                .contains("On-time delivery for Nord-Ovest fell from 94% in Q2 2026 to 78%.")
                .doesNotContain("in Q3 2025 to 78%")
                .endsWith("Against its goal for Q3 2026: 89%, 115,400 short.");

        tools.jackson.databind.node.ObjectNode withoutLastYear = SampleCompany.tree();
        withoutLastYear.withArray("results").removeIf(r -> r.get("period").asString().equals("2025-Q3"));
        JsonNode notCompared = diagnose(withoutLastYear.toString(), "en").at("/whySalesFell/changes/0/against/1");
        assertThat(notCompared.get("notComparable").asString()).isEqualTo("NO_RESULTS_FOR_EARLIER_PERIOD");
        assertThat(notCompared.get("change").isNull()).isTrue();
    }

    @Test
    void aCompanyWithoutGoalsIsDiagnosedOnTheChangeAlone() {
        tools.jackson.databind.node.ObjectNode tree = SampleCompany.tree();
        tree.putArray("goals");
        JsonNode answer = diagnose(tree.toString(), "en");
        assertThat(answer.at("/whySalesFell/company/outcome").asString()).isEqualTo("NO_GOAL");
        assertThat(answer.at("/whySalesFell/changes/0/summary").asString()).startsWith("Idraulica Padana S.p.A.: revenue fell")
                .endsWith("There was no goal for Q3 2026 to judge it against.");
        tools.jackson.databind.node.ObjectNode alone = SampleCompany.tree();
        alone.putArray("goals");
        alone.putArray("results").addAll(java.util.stream.StreamSupport.stream(SampleCompany.tree().get("results").spliterator(), false)
                .filter(r -> r.get("period").asString().equals("2026-Q3")).toList());
        HttpResponse<String> refused = http.postJson("/api/v1/diagnoses", alone.toString(), "en");
        assertThat(refused.statusCode()).as("no goals and nothing earlier to compare with").isEqualTo(422);
    }

    @Test
    void departmentsGetTheirOwnAnswer() {
        JsonNode departments = diagnose(SampleCompany.json(), "en").at("/whySalesFell/departments");
        JsonNode north = departments.get(0);
        JsonNode south = departments.get(1);
        assertThat(north.get("subjectId").asString()).isEqualTo("north-west");
        assertThat(north.get("systemic").asBoolean()).isTrue();
        assertThat(causeCodes(north)).doesNotContain("CAPABILITY_GAP", "TRAINING_GAP");
        assertThat(south.get("systemic").asBoolean()).isFalse();
        assertThat(causeCodes(south)).containsExactly("CAPABILITY_GAP", "COACHING_INEFFECTIVE", "TRAINING_GAP");
    }

    @Test
    void everySalespersonHasAStatus() {
        JsonNode people = diagnose(SampleCompany.json(), "en").get("salespeople");
        assertThat(statusOf(people, "giorgio")).isEqualTo("HR_REVIEW");
        assertThat(statusOf(people, "ilaria")).isEqualTo("COACHING");
        assertThat(statusOf(people, "elena")).isEqualTo("TOP_PERFORMER");
        assertThat(statusOf(people, "fabio")).isEqualTo("ON_TRACK");
        assertThat(statusOf(people, "marco")).isEqualTo("BLOCKED_BY_UPSTREAM_CAUSE");
        assertThat(statusOf(people, "luca")).isEqualTo("BLOCKED_BY_UPSTREAM_CAUSE");
        assertThat(person(people, "elena").get("retentionRisk").asBoolean()).isTrue();
    }

    @Test
    void recommendationsAreGroupedByTheDepartmentThatActs() {
        JsonNode groups = diagnose(SampleCompany.json(), "en").get("recommendationsByOwner");
        List<String> owners = new ArrayList<>();
        groups.forEach(g -> owners.add(g.get("owner").asString()));
        assertThat(owners).containsExactly("SALES_MANAGER", "PRODUCTION", "CUSTOMER_SERVICE", "MARKETING", "HR");
        JsonNode hr = groups.get(4).get("recommendations").get(0);
        assertThat(hr.get("action").asString()).isEqualTo("HR_DISMISSAL_REVIEW");
        assertThat(hr.at("/review/statement").asString()).isNotBlank();
        assertThat(hr.at("/review/excludedCauses")).isNotEmpty();
        assertThat(groups.get(1).at("/recommendations/0/action").asString()).isEqualTo("ESCALATE_DELIVERY");
    }

    @Test
    void answersInItalianWhenAskedTo() {
        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", SampleCompany.json(), "it-IT,it;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("it");
        JsonNode answer = SampleCompany.JSON.readTree(response.body());
        assertThat(answer.at("/whySalesFell/company/summary").asString())
                .startsWith("Idraulica Padana S.p.A., terzo trimestre 2026: raggiungimento dell'obiettivo 89%")
                .contains("Causa principale: prezzo non competitivo");
        assertThat(answer.at("/recommendationsByOwner/1/label").asString()).isEqualTo("Produzione e logistica");
        JsonNode goal = java.util.stream.StreamSupport.stream(answer.get("findings").spliterator(), false)
                .filter(f -> f.get("code").asString().startsWith("GOAL_")).findFirst().orElseThrow();
        assertThat(goal.get("explanation").asString()).contains("obiettivo");
        assertThat(answer.at("/recommendationsByOwner/4/recommendations/0/review/statement").asString())
                .contains("Risorse Umane").doesNotContain("Human");
    }

    @Test
    void aLinkWithLangAnswersInThatLanguageWhateverTheBrowserSays() {
        HttpResponse<String> italian = http.postJson("/api/v1/diagnoses?lang=it", SampleCompany.json(), "en-US,en;q=0.9");
        assertThat(italian.headers().firstValue("Content-Language")).hasValue("it");
        assertThat(SampleCompany.JSON.readTree(italian.body())).isEqualTo(diagnose(SampleCompany.json(), "it"));

        HttpResponse<String> unsupported = http.postJson("/api/v1/diagnoses?lang=fr", SampleCompany.json(), "it");
        assertThat(unsupported.headers().firstValue("Content-Language")).as("falls back to Accept-Language").hasValue("it");

        HttpResponse<String> refused = new Http(port).get("/api/v1/diagnoses?lang=it");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(SampleCompany.JSON.readTree(refused.body()).get("title").asString()).isEqualTo("Occorre accedere");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void csvFilesGiveTheSameAnswerAsJson(String language) {
        HttpResponse<String> csv = http.postCsv("/api/v1/diagnoses", SampleCompany.csv(), language);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(SampleCompany.JSON.readTree(csv.body())).isEqualTo(diagnose(SampleCompany.json(), language));
    }

    @Test
    void problemsSayWhatIsWrongInTheReadersTerms() {
        HttpResponse<String> noDiagnosis = http.get("/api/v1/diagnoses/424242", "it");
        assertThat(noDiagnosis.statusCode()).isEqualTo(404);
        assertThat(problemDetail(noDiagnosis)).contains("424242").doesNotContain("424.242");

        HttpResponse<String> noSample = http.get("/api/v1/samples/csv/nope.csv", "it");
        assertThat(noSample.statusCode()).isEqualTo(404);
        assertThat(SampleCompany.JSON.readTree(noSample.body()).get("type").asString())
                .isEqualTo("urn:salesdiag:problem:not-found");
        assertThat(problemDetail(noSample)).startsWith("Nessun file di esempio nope.csv");

        HttpResponse<String> noContentType = http.send("POST", "/api/v1/diagnoses", null);
        assertThat(noContentType.statusCode()).isEqualTo(415);
        assertThat(problemDetail(noContentType)).contains("Content-Type", "application/json").doesNotContain("'null'");

        HttpResponse<String> hugeId = http.get("/api/v1/diagnoses/99999999999999999999", "en");
        assertThat(hugeId.statusCode()).isEqualTo(400);
        assertThat(problemDetail(hugeId)).contains("out of range");

        // Refused by Tomcat itself, before any of the service runs: still a problem detail, not Tomcat's HTML.
        HttpResponse<String> encodedSlash = http.get("/api/v1/samples/csv/..%2F..%2Fetc%2Fpasswd.csv", "en");
        assertThat(encodedSlash.statusCode()).isEqualTo(400);
        assertThat(encodedSlash.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(SampleCompany.JSON.readTree(encodedSlash.body()).get("status").asInt()).isEqualTo(400);
        assertThat(encodedSlash.body()).doesNotContain("<html", "Tomcat");
    }

    private static String problemDetail(HttpResponse<String> response) {
        return SampleCompany.JSON.readTree(response.body()).get("detail").asString();
    }

    @Test
    void csvSentAsTextFieldsOfTheFormIsReadLikeFiles() {
        HttpResponse<String> csv = http.postCsvAsTextFields("/api/v1/diagnoses", SampleCompany.csv(), "en");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(SampleCompany.JSON.readTree(csv.body())).isEqualTo(diagnose(SampleCompany.json(), "en"));
    }

    @Test
    void semicolonSeparatedCsvWithDecimalCommasAsItalianSpreadsheetsSaveThem() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        SampleCompany.csv().forEach((part, text) -> files.put(part, italianSpreadsheet(text)));
        HttpResponse<String> csv = http.postCsv("/api/v1/diagnoses", files, "it");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(SampleCompany.JSON.readTree(csv.body())).isEqualTo(diagnose(SampleCompany.json(), "it"));
    }

    @Test
    void everyScenarioOfTheAnalystsIsAcceptedAsInput() {
        for (Map.Entry<String, String> scenario : SampleCompany.scenarioFacts().entrySet()) {
            HttpResponse<String> response = http.postJson("/api/v1/diagnoses", scenario.getValue(), null);
            assertThat(response.statusCode()).as(scenario.getKey() + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void aCompanyOfTenThousandSalespeopleFitsTheDefaultLimits() {
        String json = LargeCompany.json(10_000);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024 * 1024);
        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", json, null);
        assertThat(response.statusCode()).as(response.body().substring(0, Math.min(500, response.body().length())))
                .isEqualTo(200);
        assertThat(SampleCompany.JSON.readTree(response.body()).get("salespeople")).hasSize(10_000);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsSent() {
        String answer = http.announceJson("/api/v1/diagnoses", 64L * 1024 * 1024 + 1);
        assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain("100 Continue")
                .contains("application/problem+json").contains("urn:salesdiag:problem:payload-too-large")
                .contains("64 MB");
    }

    @Test
    void aGoalWithoutASalesResultIsSaidSoAndBlamesNoCause() {
        ObjectNode tree = SampleCompany.tree();
        ArrayNode results = (ArrayNode) tree.get("results");
        for (int i = results.size() - 1; i >= 0; i--) {
            JsonNode r = results.get(i);
            if (r.get("salespersonId").asString().equals("chiara") && r.get("period").asString().equals("2026-Q3")) {
                results.remove(i);
            }
        }
        JsonNode answer = diagnose(tree.toString(), "en");
        JsonNode chiara = person(answer.get("salespeople"), "chiara");
        assertThat(chiara.get("status").asString()).isEqualTo("NO_GOAL");
        assertThat(chiara.get("target").asDouble()).isEqualTo(100_000);
        assertThat(chiara.get("summary").asString())
                .isEqualTo("Chiara Galli has a goal of 100,000 for the period but no sales recorded: add the period's "
                        + "result to diagnose this person.");
        for (JsonNode cause : answer.at("/whySalesFell/company/causes")) {
            assertThat(cause.get("estimate").asString()).as(cause.get("code").asString()).doesNotContain("Chiara Galli");
        }
    }

    @Test
    void aGoalMissedByAFractionOfAPercentNeverReadsAsReached() {
        ObjectNode tree = SampleCompany.tree();
        SampleCompany.item(tree, "results", 49).put("revenue", 94_960);
        JsonNode giorgio = person(diagnose(tree.toString(), "en").get("salespeople"), "giorgio");
        assertThat(giorgio.get("attainment").asDouble()).isEqualTo(0.9496);
        assertThat(giorgio.get("summary").asString()).startsWith("Giorgio Bruno missed the goal (94%)");
    }

    @Test
    void largeMoneyFiguresAddUpExactly() {
        ObjectNode tree = SampleCompany.tree();
        scale(tree, "results", "revenue", 10_000);
        scale(tree, "goals", "target", 10_000);
        scale(tree, "productPerformance", "revenue", 10_000);

        JsonNode whySalesFell = diagnose(tree.toString(), "en").get("whySalesFell");
        JsonNode company = whySalesFell.get("company");
        double departments = 0;
        for (JsonNode department : whySalesFell.get("departments")) {
            departments += department.get("actual").asDouble();
        }
        assertThat(company.get("actual").asDouble()).isEqualTo(9_696_000_000.0).isEqualTo(departments);
        assertThat(company.get("target").asDouble()).isEqualTo(10_850_000_000.0);
        assertThat(company.get("shortfall").asDouble()).isEqualTo(1_154_000_000.0);
        assertThat(company.get("summary").asString()).contains("9,696,000,000 of 10,850,000,000");
    }

    private static void scale(ObjectNode tree, String list, String field, double factor) {
        tree.get(list).forEach(item -> ((ObjectNode) item).put(field, item.get(field).asDouble() * factor));
    }

    /**
     * Issue #15: a 10 MB name gave a 157 MB answer. Names are now at most salesdiag.max-name-length (200), and with
     * every name of the sample at that length the answer stays a small multiple of the request.
     */
    @Test
    void withEveryNameAtItsLongestTheAnswerIsASmallMultipleOfTheRequest() {
        tools.jackson.databind.node.ObjectNode tree = SampleCompany.tree();
        for (String list : List.of("departments", "salespeople", "products")) {
            for (int i = 0; i < tree.get(list).size(); i++) {
                SampleCompany.item(tree, list, i).put("name", (list + i + " ").repeat(40).substring(0, 200));
            }
        }
        ((tools.jackson.databind.node.ObjectNode) tree.get("company")).put("name", "c".repeat(200));
        String request = SampleCompany.write(tree);
        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", request, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        double ratio = (double) response.body().length() / request.length();
        assertThat(ratio).as("answer %d chars for a request of %d", response.body().length(), request.length())
                .isLessThan(6); // 3.8: 89,072 characters for 23,721

        SampleCompany.item(tree, "salespeople", 0).put("name", "x".repeat(201));
        assertThat(http.postJson("/api/v1/diagnoses", SampleCompany.write(tree), "en").statusCode()).isEqualTo(422);
    }

    private JsonNode diagnose(String json, String language) {
        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", json, language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SampleCompany.JSON.readTree(response.body());
    }

    private static List<String> causeCodes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("causes").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private static double sumOfShares(JsonNode answer) {
        double sum = 0;
        for (JsonNode cause : answer.get("causes")) {
            sum += cause.get("share").isNull() ? 0 : cause.get("share").asDouble();
        }
        return sum;
    }

    private static JsonNode person(JsonNode people, String id) {
        for (JsonNode p : people) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No salesperson " + id);
    }

    private static String statusOf(JsonNode people, String id) {
        return person(people, id).get("status").asString();
    }

    private static List<String> cells(String line) {
        try (var parser = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.stream().findFirst().map(org.apache.commons.csv.CSVRecord::toList).orElse(List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Semicolons between cells and decimal commas, as Excel saves CSV with Italian settings (no cell has ';'). */
    private static String italianSpreadsheet(String csv) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String line : csv.split("\n", -1)) {
            List<String> cells = new ArrayList<>();
            for (String cell : cells(line)) {
                cells.add(cell.matches("-?\\d+\\.\\d+") ? cell.replace('.', ',') : cell);
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString();
    }
}
