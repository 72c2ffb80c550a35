package com.salesdiag.service.diagnosis;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.salesdiag.service.support.Answers.actions;
import static com.salesdiag.service.support.Answers.answer;
import static com.salesdiag.service.support.Answers.codes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample company's quarter (2026-Q3) sent before it is over, or cut on a date: nobody is judged against the
 * whole quarter's goal on five weeks of figures, and nobody is coached, sent to HR or recognised on part of it.
 * The service's clock stands on 10 November 2026: after the sample's quarter, within the next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartialPeriodTests {

    /** Today for the service: within 2026-Q4. */
    static final Instant TODAY = Instant.parse("2026-11-10T10:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(TODAY, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as(Users.MANAGER);
    }

    @Test
    void partOfTheQuarterWithoutProratedGoalsJudgesNobodyAgainstTheGoal() {
        ObjectNode facts = SampleCompany.tree();
        facts.put("dataThrough", "2026-08-07");

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", facts.toString(), "en"));

        assertThat(answer.at("/coverage/goals").asString()).isEqualTo("NOT_JUDGED");
        assertThat(answer.at("/coverage/daysCovered").asInt()).isEqualTo(38);
        assertThat(answer.at("/coverage/days").asInt()).isEqualTo(92);
        assertThat(codes(answer.get("findings"))).doesNotContain("GOAL_MISSED", "GOAL_MET", "GOAL_EXCEEDED",
                "CAPABILITY_GAP", "COACHING_INEFFECTIVE", "TOP_PERFORMER", "SYSTEMIC_SHORTFALL")
                .contains("PRICE_NOT_COMPETITIVE", "DELIVERY_DELAYS");
        assertThat(actions(answer)).doesNotContain("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE");
        JsonNode company = answer.at("/whySalesFell/company");
        assertThat(company.get("outcome").asString()).isEqualTo("NOT_JUDGED");
        assertThat(company.get("summary").asString())
                .startsWith("The data of Q3 2026 runs only to 7 August 2026 (38 of 92 days)")
                .contains("969,600 sold so far, against a goal of 1,085,000 for the whole period");
        for (JsonNode person : answer.get("salespeople")) {
            assertThat(person.get("status").asString()).isEqualTo("NOT_JUDGED");
            assertThat(person.get("summary").asString()).contains("through 7 August 2026 (38 of 92 days)");
        }
    }

    @Test
    void partOfTheQuarterWithProratedGoalsGivesVerdictsButCorrectsAndRecognisesNobody() {
        ObjectNode facts = SampleCompany.tree();
        facts.put("dataThrough", "2026-09-09").put("prorateGoals", true);

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", facts.toString(), "it"));

        assertThat(answer.at("/coverage/goals").asString()).isEqualTo("PRORATED");
        assertThat(codes(answer.get("findings"))).contains("GOAL_EXCEEDED")
                .doesNotContain("CAPABILITY_GAP", "COACHING_INEFFECTIVE", "TOP_PERFORMER");
        assertThat(actions(answer)).doesNotContain("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE");
        assertThat(answer.at("/whySalesFell/company/summary").asString())
                .startsWith("I dati del terzo trimestre 2026 coprono solo una parte del periodo (71 giorni su 92; ultimo giorno: 9 settembre 2026)");
        assertThat(answer.at("/withheld")).isEmpty();
    }

    @Test
    void aPeriodNotOverIsCoveredThroughToday() {
        ObjectNode facts = SampleCompany.tree();
        String current = "2026-Q4";
        facts.put("period", current);
        retime(facts, "2026-Q3", current);

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", facts.toString(), "en"));

        assertThat(answer.at("/coverage/dataThrough").asString()).isEqualTo("2026-11-10");
        assertThat(answer.at("/coverage/goals").asString()).isEqualTo("NOT_JUDGED");
        assertThat(actions(answer)).doesNotContain("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE");
    }

    @Test
    void aFiscalQuarterIsMeasuredInTheCompanysCalendar() {
        ObjectNode facts = SampleCompany.tree();
        ((ObjectNode) facts.get("company")).put("fiscalYearStartMonth", 7);
        String current = "2027-Q2";
        facts.put("period", current);
        retime(facts, "2026-Q3", current);

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", facts.toString(), "en"));

        assertThat(answer.at("/coverage/periodStart").asString()).isEqualTo("2026-10-01");
        assertThat(answer.at("/coverage/periodEnd").asString()).isEqualTo("2026-12-31");
        assertThat(answer.at("/coverage/dataThrough").asString()).isEqualTo("2026-11-10");
        assertThat(answer.at("/coverage/daysCovered").asInt()).isEqualTo(41);
        assertThat(answer.at("/coverage/summary").asString())
                .startsWith("The data of fiscal Q2 2027 (October\u2013December 2026) runs only to 10 November 2026");

        ((ObjectNode) facts.get("company")).put("fiscalYearStartMonth", 13);
        HttpResponse<String> bad = http.postJson("/api/v1/diagnoses", facts.toString(), "it");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"company.fiscalYearStartMonth\"")
                .contains("deve essere un mese, da 1 (gennaio) a 12 (dicembre)");
    }

    @Test
    void aQuarterOverIsWhole() {
        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", SampleCompany.json(), "en"));

        assertThat(answer.has("coverage")).isTrue();
        assertThat(answer.get("coverage").isNull()).isTrue();
        assertThat(actions(answer)).contains("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE");
    }

    @Test
    void dataThroughBeforeThePeriodIsRefusedNamingTheField() {
        ObjectNode facts = SampleCompany.tree();
        facts.put("dataThrough", "2026-06-30");

        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", facts.toString(), "en");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"dataThrough\"").contains("is before 2026-Q3 starts");
    }

    @Test
    void prorateGoalsIsTrueOrFalseAndNothingElse() {
        for (String value : new String[]{"\"yes\"", "1"}) {
            ObjectNode facts = SampleCompany.tree();
            facts.put("dataThrough", "2026-08-07");
            String body = facts.toString().replace("\"dataThrough\"", "\"prorateGoals\":" + value + ",\"dataThrough\"");

            HttpResponse<String> response = http.postJson("/api/v1/diagnoses", body, "en");

            assertThat(response.statusCode()).as(value).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"prorateGoals\"").contains("true or false");
        }
    }

    @Test
    void theCompanyFileSaysHowFarTheDataGoes() {
        Map<String, String> files = new LinkedHashMap<>(SampleCompany.csv());
        files.put("company", "id,name,period,dataThrough,prorateGoals\npadana,Idraulica Padana S.p.A.,2026-Q3,"
                + "2026-09-09 00:00:00.000,sì\n");

        JsonNode answer = answer(http.postCsv("/api/v1/diagnoses", files, "en"));

        assertThat(answer.at("/coverage/dataThrough").asString()).isEqualTo("2026-09-09");
        assertThat(answer.at("/coverage/goals").asString()).isEqualTo("PRORATED");

        files.put("company", "id,name,period,dataThrough,prorateGoals\npadana,Padana,2026-Q3,2026-09-09,maybe\n");
        HttpResponse<String> bad = http.postCsv("/api/v1/diagnoses", files, "en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"file\":\"company.csv\"").contains("\"column\":\"prorateGoals\"")
                .contains("'maybe' is neither yes nor no");
    }

    /** Moves every fact of {@code from} to {@code to}, the earlier quarters as they are. */
    private static void retime(ObjectNode facts, String from, String to) {
        for (String list : List.of("goals", "results", "productPerformance", "delivery", "customerService",
                "marketing", "marketIndicators", "feedback", "techniques")) {
            for (JsonNode item : facts.withArray(list)) {
                if (from.equals(item.path("period").asString(""))) {
                    ((ObjectNode) item).put("period", to);
                }
                if (item.has("discussedOn")) {
                    ((ObjectNode) item).remove("discussedOn");
                }
            }
        }
    }
}
