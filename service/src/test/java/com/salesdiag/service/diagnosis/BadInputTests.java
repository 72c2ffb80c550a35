package com.salesdiag.service.diagnosis;

import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.decisionlog.DecisionLog;
import com.salesdiag.service.engine.EngineProvider;
import com.salesdiag.service.security.SecurityConfiguration;
import com.salesdiag.service.system.StrictNumbersConfiguration;
import com.salesdiag.service.facts.FactsValidator;
import com.salesdiag.service.support.LargeCompany;
import com.salesdiag.service.support.SampleCompany;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.salesdiag.service.support.SampleCompany.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each kind of bad input the service promises to explain, sent through the real web layer, parsing and
 * validation: the status, the problem type, and the field (or CSV file, row and column) the problem detail names.
 * The engine is a mock that must never be called: bad facts never reach it.
 */
@WebMvcTest(controllers = DiagnosisController.class,
        properties = {"salesdiag.max-payload-size=300KB", "salesdiag.max-salespeople=30",
                "salesdiag.max-products-per-salesperson=5", "salesdiag.diagnoses-at-once=1",
                "salesdiag.memory.wait=100ms"})
@Import({DiagnosisService.class, DiagnosisAdmission.class, FactsValidator.class, CsvFactsReader.class, com.salesdiag.service.rawdata.RawDataReader.class, DiagnosisAssembler.class,
        DiagnosisMetrics.class, BadInputTests.Metrics.class, SecurityConfiguration.class, StrictNumbersConfiguration.class})
@WithMockUser(username = "manager", roles = "MANAGER")
class BadInputTests {

    @TestConfiguration
    static class Metrics {
        @Bean
        java.time.Clock clock() {
            return java.time.Clock.systemDefaultZone();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    private static final String PROBLEM = "urn:salesdiag:problem:";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DiagnosisAdmission admission;

    @MockitoBean
    private EngineProvider engines;

    @MockitoBean
    private DecisionLog decisionLog;

    @AfterEach
    void badInputNeverReachesTheEngineNorTheDecisionLog() {
        verifyNoInteractions(engines, decisionLog);
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                json("malformed JSON", "{\"company\": {\"id\": \"acme\",", 400, "malformed-json", null),
                change("missing required field", t -> item(t, "results", 0).remove("revenue"), 422, "invalid-facts", "results[0].revenue"),
                change("missing company id", t -> ((ObjectNode) t.get("company")).remove("id"), 422, "invalid-facts", "company.id"),
                change("missing company", t -> t.remove("company"), 422, "invalid-facts", "company"),
                change("wrong type: text for a number", t -> item(t, "results", 0).put("revenue", "a lot"), 400, "unreadable-field", "results[0].revenue"),
                change("wrong type: object for a list", t -> t.putObject("salespeople"), 400, "unreadable-field", "salespeople"),
                change("wrong type: a date not ISO", t -> item(t, "salespeople", 0).put("hireDate", "03/04/2018"), 400, "unreadable-field", "salespeople[0].hireDate"),
                change("unknown field", t -> item(t, "results", 0).put("revenu", 5), 400, "unreadable-field", "results[0].revenu"),
                change("negative revenue", t -> item(t, "results", 0).put("revenue", -1), 422, "invalid-facts", "results[0].revenue"),
                change("negative target", t -> item(t, "goals", 0).put("target", -100), 422, "invalid-facts", "goals[0].target"),
                change("rate above 1", t -> item(t, "delivery", 0).put("onTimeRate", 1.5), 422, "invalid-facts", "delivery[0].onTimeRate"),
                change("rate below 0", t -> item(t, "results", 0).put("averageDiscount", -0.1), 422, "invalid-facts", "results[0].averageDiscount"),
                change("satisfaction as a percentage", t -> item(t, "customerService", 0).put("satisfaction", 79), 422, "invalid-facts", "customerService[0].satisfaction"),
                change("unknown goal level code", t -> item(t, "goals", 0).put("level", "TEAM"), 400, "unreadable-field", "goals[0].level"),
                change("unknown plan status code", t -> item(t, "coachingPlans", 0).put("status", "DONE"), 400, "unreadable-field", "coachingPlans[0].status"),
                change("duplicate salesperson id", t -> item(t, "salespeople", 1).put("id", "marco"), 422, "invalid-facts", "salespeople[1].id"),
                change("duplicate product id", t -> item(t, "products", 2).put("id", "aquaflow"), 422, "invalid-facts", "products[2].id"),
                change("duplicate result for a period", t -> item(t, "results", 1).put("salespersonId", "marco"), 422, "invalid-facts", "results[1].salespersonId"),
                change("unknown salesperson", t -> item(t, "results", 0).put("salespersonId", "nobody"), 422, "invalid-facts", "results[0].salespersonId"),
                change("unknown department", t -> item(t, "salespeople", 0).put("departmentId", "sud"), 422, "invalid-facts", "salespeople[0].departmentId"),
                change("unknown department of a goal", t -> item(t, "goals", 30).put("subjectId", "sud"), 422, "invalid-facts", "goals[30].subjectId"),
                change("unknown product", t -> ((tools.jackson.databind.node.ArrayNode) item(t, "salespeople", 0).get("productIds")).set(1, "pipes"), 422, "invalid-facts", "salespeople[0].productIds[1]"),
                change("period format", t -> t.put("period", "2026-13"), 422, "invalid-facts", "period"),
                change("period format of a goal", t -> item(t, "goals", 0).put("period", "Q1-2026"), 422, "invalid-facts", "goals[0].period"),
                change("goal period of another kind", t -> item(t, "goals", 0).put("period", "2026-01"), 422, "invalid-facts", "goals[0].period"),
                change("no goal for the period under diagnosis", t -> t.put("period", "2026-Q4"), 422, "invalid-facts", "goals"),
                change("empty company", t -> t.putArray("salespeople"), 422, "invalid-facts", "salespeople"),
                change("lost deals that do not add up", t -> item(t, "results", 0).put("lostOnPrice", 40), 422, "invalid-facts", "results[0].dealsLost"),
                change("coaching that ends before it starts", t -> item(t, "coachingPlans", 0).put("end", "2026-01-01"), 422, "invalid-facts", "coachingPlans[0].end"),
                change("infinity written as text", t -> item(t, "results", 0).put("revenue", "Infinity"), 422, "invalid-facts", "results[0].revenue"),
                json("a number beyond what a double holds, read as infinity", rawNumber("results", 0, "revenue", "1e400"), 422, "invalid-facts", "results[0].revenue"),
                change("a figure beyond 10^15", t -> item(t, "goals", 0).put("target", 1e16), 422, "invalid-facts", "goals[0].target"),
                change("a number written as text", t -> item(t, "results", 0).put("revenue", "48000"), 400, "unreadable-field", "results[0].revenue"),
                change("a count with decimals", t -> item(t, "results", 0).put("dealsWon", 3.5), 400, "unreadable-field", "results[0].dealsWon"),
                change("a negative count with decimals", t -> item(t, "results", 0).put("dealsWon", -0.5), 400, "unreadable-field", "results[0].dealsWon"),
                change("a count in exponent notation", t -> item(t, "results", 0).put("dealsWon", 1e2), 400, "unreadable-field", "results[0].dealsWon"),
                change("a count beyond a whole number's range", t -> item(t, "results", 0).put("dealsWon", 3_000_000_000L), 400, "unreadable-field", "results[0].dealsWon"),
                // Issue #15: counts that added up beyond 32 bits, texts without limits, control characters, lenient input.
                change("a count beyond 10^9", t -> item(t, "results", 0).put("dealsLost", 2_000_000_000).put("lostOnPrice", 0).put("lostOnProduct", 0), 422, "invalid-facts", "results[0].dealsLost"),
                change("lost deals adding up beyond 32 bits", t -> item(t, "results", 0).put("dealsLost", 5).put("lostOnPrice", Integer.MAX_VALUE).put("lostOnProduct", Integer.MAX_VALUE), 422, "invalid-facts", "results[0].lostOnPrice"),
                change("deals won beyond 10^9", t -> item(t, "results", 0).put("dealsWon", Integer.MAX_VALUE), 422, "invalid-facts", "results[0].dealsWon"),
                change("orders beyond 10^9", t -> item(t, "delivery", 0).put("orders", 1_000_000_001), 422, "invalid-facts", "delivery[0].orders"),
                change("a name over the limit", t -> item(t, "salespeople", 0).put("name", "x".repeat(201)), 422, "invalid-facts", "salespeople[0].name"),
                change("an id over the limit", t -> item(t, "products", 0).put("id", "p".repeat(101)), 422, "invalid-facts", "products[0].id"),
                change("a product id over the limit", t -> ((ArrayNode) item(t, "salespeople", 0).get("productIds")).set(0, "p".repeat(101)), 422, "invalid-facts", "salespeople[0].productIds[0]"),
                change("free text over the limit", t -> item(t, "coachingPlans", 0).put("documentation", "d".repeat(2001)), 422, "invalid-facts", "coachingPlans[0].documentation"),
                change("a technique over the limit", t -> item(t, "techniques", 0).put("technique", "t".repeat(201)), 422, "invalid-facts", "techniques[0].technique"),
                change("too many products for one salesperson", t -> ((ArrayNode) item(t, "salespeople", 0).get("productIds")).add("a").add("b").add("c").add("d"), 422, "invalid-facts", "salespeople[0].productIds"),
                change("a NUL in an id", t -> item(t, "salespeople", 0).put("id", "mar\0co"), 422, "invalid-facts", "salespeople[0].id"),
                change("a NUL in a name", t -> item(t, "salespeople", 0).put("name", "Marco\0Colombo"), 422, "invalid-facts", "salespeople[0].name"),
                change("a line break in a name", t -> item(t, "departments", 0).put("name", "Nord\nOvest"), 422, "invalid-facts", "departments[0].name"),
                change("a NUL in free text", t -> item(t, "coachingPlans", 0).put("documentation", "HR file\0"), 422, "invalid-facts", "coachingPlans[0].documentation"),
                json("half a character in a name", SampleCompany.write(SampleCompany.tree()).replace("\"Aquaflow pump\"", "\"pump \\uD83D\""), 422, "invalid-facts", "products[0].name"),
                change("a date as a number", t -> item(t, "salespeople", 0).put("hireDate", 20260703), 400, "unreadable-field", "salespeople[0].hireDate"),
                change("a date without dashes", t -> item(t, "salespeople", 0).put("hireDate", "20260703"), 400, "unreadable-field", "salespeople[0].hireDate"),
                change("a date with a time of day", t -> item(t, "trainings", 0).put("date", "2026-07-03T00:00:00Z"), 400, "unreadable-field", "trainings[0].date"),
                change("a date with a space before it", t -> item(t, "recognitions", 0).put("date", " 2026-07-03"), 400, "unreadable-field", "recognitions[0].date"),
                change("a date with a five-digit year", t -> item(t, "coachingPlans", 0).put("start", "+10000-01-01"), 400, "unreadable-field", "coachingPlans[0].start"),
                change("a day that does not exist", t -> item(t, "goals", 0).put("discussedOn", "2026-02-30"), 400, "unreadable-field", "goals[0].discussedOn"),
                change("a number for a name", t -> item(t, "salespeople", 0).put("name", 42), 400, "unreadable-field", "salespeople[0].name"),
                change("a decimal for an id", t -> item(t, "results", 0).put("salespersonId", 4.5), 400, "unreadable-field", "results[0].salespersonId"),
                change("a boolean for an id", t -> ((ObjectNode) t.get("company")).put("id", true), 400, "unreadable-field", "company.id"),
                json("a key given twice", SampleCompany.write(SampleCompany.tree()).replaceFirst("\"revenue\"", "\"revenue\": 1, \"revenue\""), 400, "unreadable-field", "results[0].revenue"),
                json("a key given twice at the top", SampleCompany.write(SampleCompany.tree()).replaceFirst("\"period\"", "\"period\": \"2026-Q3\", \"period\""), 400, "unreadable-field", "period"),
                change("the company's market twice in a period", t -> ((ArrayNode) t.get("marketIndicators")).add(item(t, "marketIndicators", 0).deepCopy().put("demandChange", -0.5)), 422, "invalid-facts", "marketIndicators[3].period"),
                change("a department's market twice in a period", t -> ((ArrayNode) t.get("marketIndicators")).add(item(t, "marketIndicators", 1).deepCopy().put("demandChange", -0.5)), 422, "invalid-facts", "marketIndicators[3].departmentId"),
                change("the same training twice", t -> ((ArrayNode) t.get("trainings")).add(item(t, "trainings", 0).deepCopy()), 422, "invalid-facts", "trainings[54].date"),
                change("the same recognition twice", t -> ((ArrayNode) t.get("recognitions")).add(item(t, "recognitions", 0).deepCopy()), 422, "invalid-facts", "recognitions[3].date"),
                change("the same coaching plan under two ids", t -> ((ArrayNode) t.get("coachingPlans")).add(item(t, "coachingPlans", 0).deepCopy().put("id", "cp-other").put("status", "IN_PROGRESS")), 422, "invalid-facts", "coachingPlans[1].start"),
                json("too many salespeople", LargeCompany.json(31), 422, "too-many-salespeople", "salespeople"),
                json("payload over the size limit", LargeCompany.json(400), 413, "payload-too-large", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void badJsonGetsAProblemNamingTheField(String name, String body, int status, String type, String field)
            throws Exception {
        var result = mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
    }

    @Test
    void aDiagnosisThatFindsNoTurnIsBusyWithWhenToComeBackAndRunsNothing() throws Exception {
        try (DiagnosisAdmission.Turn running = admission.turn(11)) {
            mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "it").content(SampleCompany.write(SampleCompany.tree())))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(header().string("Content-Language", "it"))
                    .andExpect(jsonPath("$.type").value(PROBLEM + "busy"))
                    .andExpect(jsonPath("$.title").value("Il servizio è occupato"))
                    .andExpect(jsonPath("$.detail", containsString("non è stato diagnosticato né registrato nulla")));
        }
    }

    /** Every list of the input, and one nested list. */
    static Stream<String> lists() {
        Stream<String> topLevel = SampleCompany.tree().properties().stream()
                .filter(property -> property.getValue().isArray()).map(Map.Entry::getKey);
        return Stream.concat(topLevel, Stream.of("salespeople[0].productIds"));
    }

    // A null record used to reach the cross-record checks of periods, which read every record's period: 500.
    @ParameterizedTest(name = "a null record in {0}")
    @MethodSource("lists")
    void aNullRecordInAnyListIsNamed(String list) throws Exception {
        ObjectNode tree = SampleCompany.tree();
        ArrayNode records = list.contains(".") ? (ArrayNode) item(tree, "salespeople", 0).get("productIds")
                : (ArrayNode) tree.get(list);
        records.insertNull(0);
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(SampleCompany.write(tree)))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-facts"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(list + "[0]")));
    }

    @Test
    void jacksonsAdviceToItsOwnUsersIsNotPassedOn() throws Exception {
        String body = SampleCompany.write(SampleCompany.tree()).replaceFirst("\"revenue\" ?: ?[0-9.]+", "\"revenue\": NaN");
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-json"))
                .andExpect(jsonPath("$.detail", containsString("NaN")))
                .andExpect(jsonPath("$.detail", not(containsString("JsonReadFeature"))))
                .andExpect(jsonPath("$.detail", not(containsString("`"))));
    }

    @Test
    void aTypeIsNamedInTheReadersLanguage() throws Exception {
        ObjectNode tree = SampleCompany.tree();
        item(tree, "results", 0).put("revenue", "molto");
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "it")
                        .content(SampleCompany.write(tree)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Atteso: un numero."));
    }

    static Stream<Arguments> badCsv() {
        return Stream.of(
                csv("a dot that may group thousands, in a file separated by semicolons",
                        Map.of("results", semicolons(cell("results", 2, "averageDiscount", "0.125"))),
                        400, "unreadable-csv", "results.csv", 2, "averageDiscount"),
                csv("a column named twice", Map.of("results", SampleCompany.csv().get("results").replace(",averageDiscount", ",revenue")),
                        400, "unreadable-csv", "results.csv", 1, "revenue"),
                csv("a number that is not one", Map.of("results", cell("results", 3, "revenue", "abc")),
                        400, "unreadable-csv", "results.csv", 3, "revenue"),
                csv("a code that does not exist", Map.of("goals", cell("goals", 2, "level", "TEAM")),
                        400, "unreadable-csv", "goals.csv", 2, "level"),
                csv("a date not ISO", Map.of("trainings", cell("trainings", 4, "date", "10/02/2026")),
                        400, "unreadable-csv", "trainings.csv", 4, "date"),
                csv("a required column missing", Map.of("goals", SampleCompany.csv().get("goals").replace(",target,", ",goal,")),
                        400, "unreadable-csv", "goals.csv", 1, "goal"),
                csv("an unknown department", Map.of("salespeople", cell("salespeople", 2, "departmentId", "sud")),
                        422, "invalid-facts", "salespeople.csv", 2, "departmentId"),
                csv("a rate outside 0..1", Map.of("delivery", cell("delivery", 2, "onTimeRate", "78")),
                        422, "invalid-facts", "delivery.csv", 2, "onTimeRate"),
                csv("a negative target", Map.of("goals", cell("goals", 5, "target", "-10")),
                        422, "invalid-facts", "goals.csv", 5, "target"),
                csv("a period in the wrong format", Map.of("company", cell("company", 2, "period", "Q3 2026")),
                        422, "invalid-facts", "company.csv", 2, "period"),
                csv("a duplicate id", Map.of("products", cell("products", 3, "id", "aquaflow")),
                        422, "invalid-facts", "products.csv", 3, "id"),
                csv("a NUL in a name", Map.of("salespeople", cell("salespeople", 2, "name", "Marco\0Colombo")),
                        422, "invalid-facts", "salespeople.csv", 2, "name"),
                csv("a name over the limit", Map.of("salespeople", cell("salespeople", 3, "name", "n".repeat(201))),
                        422, "invalid-facts", "salespeople.csv", 3, "name"),
                csv("a date with a five-digit year", Map.of("trainings", cell("trainings", 4, "date", "+10000-01-01")),
                        400, "unreadable-csv", "trainings.csv", 4, "date"),
                csv("a date without dashes", Map.of("trainings", cell("trainings", 4, "date", "20260703")),
                        400, "unreadable-csv", "trainings.csv", 4, "date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCsv")
    void badCsvGetsAProblemNamingFileRowAndColumn(String name, Map<String, String> changed, int status, String type,
                                                  String file, int row, String column) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                changed.getOrDefault(part, text).getBytes(StandardCharsets.UTF_8))));
        mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.type").value(PROBLEM + type))
                .andExpect(jsonPath("$.errors[?(@.file == '" + file + "' && @.row == " + row + " && @.column == '"
                        + column + "')]").exists());
    }

    @Test
    void anEmptyRequiredCellIsSaidToBeEmptyInTheReadersLanguage() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        Map<String, String> changed = Map.of("goals", cell("goals", 5, "target", ""));
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                changed.getOrDefault(part, text).getBytes(StandardCharsets.UTF_8))));
        mvc.perform(request.header("Accept-Language", "it"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.file == 'goals.csv' && @.row == 5 && @.column == 'target')].message")
                        .value("La cella è vuota: ogni riga deve avere target."));
    }

    /** Issue #15: a 10 MB cell came back twice in a 20 MB problem detail; a problem quotes a short excerpt. */
    @Test
    void aHugeBadValueIsQuotedAsAShortExcerpt() throws Exception {
        String huge = "z".repeat(120_000);
        ObjectNode tree = SampleCompany.tree();
        item(tree, "results", 0).put("salespersonId", huge);
        item(tree, "salespeople", 1).put("departmentId", huge);
        var json = mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON)
                        .content(SampleCompany.write(tree)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field", hasItem("results[0].salespersonId")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.length()).isLessThan(4_000);

        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        Map<String, String> changed = Map.of("results", cell("results", 3, "revenue", huge),
                "goals", cell("goals", 2, "level", huge));
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                changed.getOrDefault(part, text).getBytes(StandardCharsets.UTF_8))));
        String csv = mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("zzzz")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.length()).isLessThan(4_000);
    }

    @Test
    void aLimitIsNamedInTheReadersLanguage() throws Exception {
        ObjectNode tree = SampleCompany.tree();
        item(tree, "salespeople", 0).put("name", "x".repeat(300));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "it")
                        .content(SampleCompany.write(tree)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("salespeople[0].name"))
                .andExpect(jsonPath("$.errors[0].message").value("è lungo 300 caratteri: al massimo 200 (salesdiag.max-name-length)"));
    }

    @Test
    void aValueBeyondTheNamedColumnsIsRefusedNotDropped() throws Exception {
        String results = SampleCompany.csv().get("results");
        String[] lines = results.split("\n", -1);
        lines[2] = lines[2] + ",777";
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                (part.equals("results") ? String.join("\n", lines) : text).getBytes(StandardCharsets.UTF_8))));
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unreadable-csv"))
                .andExpect(jsonPath("$.errors[0].file").value("results.csv"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("777")));
    }

    @Test
    void aColumnNamedTwiceIsOneErrorNotOnePerRow() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                (part.equals("results") ? text.replace(",averageDiscount", ",revenue") : text)
                        .getBytes(StandardCharsets.UTF_8))));
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("revenue"));
    }

    @Test
    void aQuoteNeverClosedIsExplainedWithoutTheParsersClassNames() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        SampleCompany.csv().forEach((part, text) -> request.file(new MockMultipartFile(part, part + ".csv", "text/csv",
                (part.equals("products") ? text + "\"broken,Broken\n" : text).getBytes(StandardCharsets.UTF_8))));
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("products.csv"))
                .andExpect(jsonPath("$.errors[0].message", containsString("never closed")))
                .andExpect(jsonPath("$.errors[0].message", not(containsString("org.apache"))));
    }

    @Test
    void aTextFieldOfTheFormIsReadAsCsvAndRefusedWhenItIsNotOne() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/diagnoses");
        SampleCompany.csv().forEach((part, text) -> {
            if (!part.equals("company")) {
                request.file(new MockMultipartFile(part, part + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)));
            }
        });
        request.part(new MockPart("company", "padana".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unreadable-csv"))
                .andExpect(jsonPath("$.errors[*].file", hasItem("company.csv")))
                .andExpect(jsonPath("$.errors[*].column", hasItem("padana")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownPart")
    void csvFileUnderAnUnknownNameIsNamedInTheProblem(String part) throws Exception {
        mvc.perform(multipart("/api/v1/diagnoses").file(new MockMultipartFile(part, "staff.csv", "text/csv",
                        "id,name\n".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("staff.csv"));
    }

    static Stream<String> unknownPart() {
        return Stream.of("staff");
    }

    private static Arguments change(String name, Consumer<ObjectNode> change, int status, String type, String field) {
        ObjectNode tree = SampleCompany.tree();
        change.accept(tree);
        return Arguments.of(name, SampleCompany.write(tree), status, type, field);
    }

    /** The sample with one number written as given, which a tree would not keep ({@code 1e400}). */
    private static String rawNumber(String list, int index, String field, String number) {
        ObjectNode tree = SampleCompany.tree();
        item(tree, list, index).put(field, 123456.789);
        String body = SampleCompany.write(tree);
        assertThat(body).containsOnlyOnce("123456.789");
        return body.replace("123456.789", number);
    }

    /** A CSV file as spreadsheets with Italian settings save it: semicolons between cells. */
    private static String semicolons(String csv) {
        return csv.replace(',', ';');
    }

    private static Arguments json(String name, String body, int status, String type, String field) {
        return Arguments.of(name, body, status, type, field);
    }

    private static Arguments csv(String name, Map<String, String> changed, int status, String type, String file,
                                 int row, String column) {
        return Arguments.of(name, changed, status, type, file, row, column);
    }

    /** The sample CSV file with one cell replaced; rows count the header as 1, as a spreadsheet does. */
    static String cell(String part, int row, String column, String value) {
        String[] lines = SampleCompany.csv().get(part).split("\n", -1);
        String[] header = lines[0].split(",");
        String[] cells = lines[row - 1].split(",", -1);
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                cells[i] = value;
            }
        }
        lines[row - 1] = String.join(",", cells);
        return String.join("\n", lines);
    }
}
