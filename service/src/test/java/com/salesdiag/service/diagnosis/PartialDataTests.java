package com.salesdiag.service.diagnosis;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.salesdiag.service.support.Answers.actions;
import static com.salesdiag.service.support.Answers.answer;
import static com.salesdiag.service.support.Answers.codes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample company sent as a manager really has it: some files missing, some figures left out. Nobody is blamed
 * for what was not sent, and the answer says what it could not check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartialDataTests {

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as(Users.MANAGER);
    }

    @Test
    void filesNotSentBlameNobodyAndAreSaidNotChecked() {
        Map<String, String> files = new LinkedHashMap<>(SampleCompany.csv());
        files.keySet().removeAll(List.of("trainings", "recognitions", "feedback", "delivery", "marketing"));

        JsonNode answer = answer(http.postCsv("/api/v1/diagnoses", files, "en"));

        assertThat(codes(answer.get("findings"))).doesNotContain("TRAINING_GAP", "RETENTION_RISK", "DELIVERY_DELAYS",
                "MARKETING_MISMATCH");
        assertThat(actions(answer)).doesNotContain("PROVIDE_TRAINING", "COLLECT_CUSTOMER_FEEDBACK",
                "HR_DISMISSAL_REVIEW");
        assertThat(answer.at("/whySalesFell/company/notVerified").toString())
                .contains("TRAINING_GAP", "DELIVERY_DELAYS", "MARKETING_MISMATCH");
        assertThat(answer.at("/whySalesFell/company/summary").asString())
                .contains("Could not be checked: ").contains("delivery").contains("training").contains("(no data)");
        for (JsonNode person : answer.get("salespeople")) {
            String status = person.get("status").asString();
            if (status.equals("COACHING") || status.equals("BELOW_GOAL")) {
                assertThat(person.get("causesNotVerified")).isNotEmpty();
                assertThat(person.get("summary").asString()).contains("could not be checked")
                        .doesNotContain("every upstream cause excluded");
            }
        }
    }

    @Test
    void salespeopleGoalsAndResultsAloneAreDiagnosedWithTheirDepartmentsAndProducts() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String part : List.of("company", "salespeople", "goals", "results")) {
            files.put(part, SampleCompany.csv().get(part));
        }
        JsonNode answer = answer(http.postCsv("/api/v1/diagnoses", files, "it"));

        assertThat(answer.at("/whySalesFell/departments")).hasSize(2);
        assertThat(answer.at("/whySalesFell/departments/0/subjectName").asString()).isEqualTo("north-west");
        assertThat(answer.at("/whySalesFell/company/summary").asString())
                .contains("Non è stato possibile verificare: ").contains("i prezzi rispetto ai concorrenti")
                .contains("(dati non inviati)");
        assertThat(codes(answer.get("findings"))).doesNotContain("TRAINING_GAP", "RETENTION_RISK",
                "DELIVERY_DELAYS", "CUSTOMER_SERVICE_PROBLEMS", "MARKETING_MISMATCH");
        assertThat(actions(answer)).doesNotContain("HR_DISMISSAL_REVIEW", "COLLECT_CUSTOMER_FEEDBACK");
    }

    @Test
    void coachingRestingOnChecksNotMadeOpensNoCaseForHr() {
        ObjectNode tree = SampleCompany.tree();
        tree.remove("marketing");
        HttpResponse<String> response = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses", tree.toString(), "en");
        assertThat(actions(answer(response))).contains("PERSONAL_COACHING");

        assertThat(casesOf(response)).doesNotContain("PERSONAL_COACHING");
        assertThat(casesOf(new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses", SampleCompany.json(), "en")))
                .contains("PERSONAL_COACHING");
    }

    private String casesOf(HttpResponse<String> diagnosed) {
        answer(diagnosed);
        String record = diagnosed.headers().firstValue("Content-Location").orElseThrow();
        return new Http(port).as(Users.HR).get("/api/v1/review-cases?status=OPEN,DEFERRED,UPHELD,REJECTED&diagnosis="
                + record.substring(record.lastIndexOf('/') + 1)).body();
    }

    @Test
    void withPersonalGoalsOnlyTheCompanyAndDepartmentsAreMeasuredAgainstWhatTheyAddUpTo() {
        ObjectNode tree = SampleCompany.tree();
        tree.withArray("goals").removeIf(g -> !g.get("level").asString().equals("SALESPERSON"));

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", tree.toString(), "en"));

        assertThat(answer.at("/whySalesFell/company/outcome").asString()).isEqualTo("GOAL_MISSED");
        assertThat(answer.at("/whySalesFell/company/target").asDouble()).isEqualTo(1_085_000);
        assertThat(answer.at("/whySalesFell/company/summary").asString()).startsWith("Idraulica Padana S.p.A. has no "
                + "goal of its own for Q3 2026: it is measured against the goals of its 11 salespeople with a result, "
                + "added up, and what they sold. Idraulica Padana S.p.A. reached 89% of its goal for Q3 2026");
        assertThat(answer.at("/whySalesFell/changes/0/summary").asString()).endsWith("Against the goals of its 11 "
                + "salespeople for Q3 2026 added up (it has none of its own): 89%, 115,400 short.");
        assertThat(answer.at("/whySalesFell/departments/0/summary").asString())
                .contains("most salespeople missed their goal: the causes there are systemic");
    }

    @Test
    void aReviewRecordShowsHistoryNotSentAsUnknownNotAsNone() {
        ObjectNode tree = SampleCompany.tree();
        tree.remove("trainings");

        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", tree.toString(), "en"));

        List<JsonNode> reviews = new java.util.ArrayList<>();
        answer.get("recommendationsByOwner").forEach(group -> group.get("recommendations").forEach(r -> {
            if (r.has("review") && !r.get("review").isNull()) {
                reviews.add(r.get("review"));
            }
        }));
        assertThat(reviews).isNotEmpty().allSatisfy(review -> {
            assertThat(review.get("trainings").isNull()).as(review.toString()).isTrue();
            assertThat(review.get("coaching").isArray()).isTrue();
        });
    }

    @Test
    void aFileWithOnlyItsHeaderSaysNoneHappened() {
        Map<String, String> files = new LinkedHashMap<>(SampleCompany.csv());
        files.put("trainings", files.get("trainings").lines().findFirst().orElseThrow() + "\n");

        JsonNode answer = answer(http.postCsv("/api/v1/diagnoses", files, "en"));

        assertThat(codes(answer.get("findings"))).contains("TRAINING_GAP");
        assertThat(answer.at("/whySalesFell/company/notVerified").toString()).doesNotContain("TRAINING_GAP");
    }

    @Test
    void aListAbsentIsUnknownAndAnEmptyListIsNone() {
        ObjectNode absent = SampleCompany.tree();
        absent.remove("recognitions");
        ObjectNode empty = SampleCompany.tree();
        empty.set("recognitions", empty.arrayNode());

        assertThat(codes(answer(http.postJson("/api/v1/diagnoses", absent.toString(), "en")).get("findings")))
                .doesNotContain("RETENTION_RISK");
        assertThat(codes(answer(http.postJson("/api/v1/diagnoses", empty.toString(), "en")).get("findings")))
                .contains("RETENTION_RISK");
    }

    @Test
    void aGoalWithoutADiscussionDateIsNotKnownToBeUndiscussed() {
        ObjectNode tree = SampleCompany.tree();
        for (JsonNode goal : tree.get("goals")) {
            ((ObjectNode) goal).remove("discussedOn");
        }
        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", tree.toString(), "it"));

        assertThat(codes(answer.get("findings"))).doesNotContain("GOALS_NOT_COMMUNICATED");
        assertThat(actions(answer)).doesNotContain("HR_DISMISSAL_REVIEW");
        assertThat(answer.at("/whySalesFell/company/summary").asString())
                .contains("Non è stato possibile verificare: se l'obiettivo sia stato discusso (dati non inviati).");
    }

    @Test
    void tooFewLostDealsNeitherBlameNorClearThePrice() {
        ObjectNode tree = SampleCompany.tree();
        for (JsonNode result : tree.get("results")) {
            ObjectNode r = (ObjectNode) result;
            r.put("dealsLost", 0).put("lostOnPrice", 0).put("lostOnProduct", 0);
        }
        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", tree.toString(), "en"));

        List<String> notEnough = new ArrayList<>();
        for (JsonNode f : answer.get("findings")) {
            if (f.get("code").asString().equals("NOT_ENOUGH_DATA") && f.get("subjectType").asString().equals("DEPARTMENT")) {
                notEnough.add(f.get("explanation").asString());
            }
        }
        assertThat(notEnough).isNotEmpty().allSatisfy(e -> assertThat(e).contains("lost 0 deals in the period, too few"));
        assertThat(answer.get("notVerified").toString()).contains("\"code\":\"PRICE_NOT_COMPETITIVE\"")
                .contains("\"reason\":\"NOT_ENOUGH_DATA\"");
        assertThat(actions(answer)).doesNotContain("HR_DISMISSAL_REVIEW");
    }

    @Test
    void aBacklogNotSentIsNotInventedAsZero() {
        ObjectNode tree = SampleCompany.tree();
        for (JsonNode delivery : tree.get("delivery")) {
            ((ObjectNode) delivery).remove("backlogDays");
        }
        JsonNode answer = answer(http.postJson("/api/v1/diagnoses", tree.toString(), "en"));

        assertThat(answer.get("notVerified").toString()).contains("DELIVERY_DELAYS");
        assertThat(actions(answer)).doesNotContain("HR_DISMISSAL_REVIEW");
    }

    @Test
    void listsSaidNotSentMustBeListsAndHaveNoRows() {
        ObjectNode tree = SampleCompany.tree();
        ArrayNode notSent = tree.putArray("notSent");
        notSent.add("trainings").add("passwords");

        HttpResponse<String> response = http.postJson("/api/v1/diagnoses", tree.toString(), "en");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("notSent[0]").contains("is said not sent, yet it has rows")
                .contains("notSent[1]").contains("\\\"passwords\\\" is not a list of facts");
    }
}
