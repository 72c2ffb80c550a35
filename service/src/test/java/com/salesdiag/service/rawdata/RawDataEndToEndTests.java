package com.salesdiag.service.rawdata;

import com.salesdiag.service.support.Answers;
import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw files as users send them over HTTP, in the shapes a new user's review found mishandled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RawDataEndToEndTests {

    private static final String COMPANY = "id,name,period\nacme,Acme Corp,2025-Q2\n";
    private static final String GOALS = "level,subjectId,period,target\nSALESPERSON,ann,2025-Q2,900\n"
            + "SALESPERSON,tom,2025-Q2,900\n";

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void logIn() {
        http = new Http(port).as(Users.ADMIN);
    }

    @Test
    void opportunitiesAloneWithoutSalespeopleAreDiagnosedOnTheirWonAmounts() {
        HttpResponse<String> response = http.postCsv("/api/v1/diagnoses", Map.of("company", COMPANY,
                "goals", "level,subjectId,period,target\nSALESPERSON,ann,2025-Q2,900\n",
                "opportunities", "Opportunity ID,Owner,Region,Close Date,Amount,Stage\nO1,ann,West,2025-05-01,1000,Won\n"),
                "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode ann = Answers.answer(response).get("salespeople").get(0);
        assertThat(ann.get("actual").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void aColumnMappedForTheOpportunitiesLeavesTheOrderLinesRecognisedByName() {
        HttpResponse<String> response = http.postCsv("/api/v1/diagnoses", Map.of("company", COMPANY, "goals", GOALS,
                "orderLines", "Order Number,Order Date,Sales Rep,Region,SKU,Qty,Unit Price\n"
                        + "1,2025-05-02,ann,West,W1,1,950\n2,2025-05-03,tom,West,W1,1,950\n",
                "opportunities", "Opportunity ID,Opportunity Owner,Close Date,Stage\nO1,ann,2025-05-01,Closed Won\n",
                "mapping", "what,from,to\ncolumn,Opportunity Owner,salespersonId\n"), "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aSalespersonTheOrderLinesLeaveOutIsNotJudgedOnNothingSold() {
        HttpResponse<String> response = http.postCsv("/api/v1/diagnoses", Map.of("company", COMPANY, "goals", GOALS,
                "salespeople", "id,name,departmentId\nann,Ann,West\ntom,Tom,West\n",
                "orderLines", "Order Number,Order Date,Sales Rep,Region,SKU,Qty,Unit Price\n"
                        + "1,2025-05-02,ann,West,W1,1,950\n"), "en");
        JsonNode answer = Answers.answer(response);
        JsonNode tom = answer.get("salespeople").valueStream()
                .filter(p -> p.get("id").asString().equals("tom")).findFirst().orElseThrow();
        assertThat(tom.get("status").asString()).isEqualTo("NO_GOAL");
        assertThat(Answers.actions(answer)).doesNotContain("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW");
        JsonNode from = answer.get("computedFrom").get("results").valueStream()
                .filter(r -> r.get("salespersonId").asString().equals("tom")).findFirst().orElseThrow();
        assertThat(from.get("lines").asLong()).isZero();
        JsonNode revenue = from.get("revenue");
        assertThat(revenue == null || revenue.isNull()).as("unknown, not 0: %s", revenue).isTrue();
    }
}
