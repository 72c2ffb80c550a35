package com.salesdiag.service.decisionlog;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records old enough may be exported whole by an admin, and nothing is deleted: here every record is old enough
 * (a retention of zero), so the export holds what was just diagnosed, and the record is still there after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salesdiag.decision-log.archive-after=0s")
class ArchiveTests {

    @LocalServerPort
    private int port;

    @Test
    void anAdminExportsTheRecordsOldEnoughWholeAndNothingIsDeleted() {
        HttpResponse<String> served = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        assertThat(served.statusCode()).isEqualTo(200);
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        HttpResponse<String> archive = new Http(port).as(Users.ADMIN).get("/api/v1/diagnoses/archive?before="
                + LocalDate.now().plusDays(1).minusDays(1));
        assertThat(archive.statusCode()).as(archive.body()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<JsonNode> lines = archive.body().lines().map(SampleCompany.JSON::readTree).toList();

        HttpResponse<String> all = new Http(port).as(Users.ADMIN).get("/api/v1/diagnoses/archive");
        List<JsonNode> everything = all.body().lines().map(SampleCompany.JSON::readTree).toList();
        assertThat(everything).anySatisfy(line -> {
            assertThat(line.get("id").asLong()).isEqualTo(id);
            assertThat(line.at("/facts/company/id").asString()).isEqualTo("padana");
            assertThat(line.at("/answer/whySalesFell/company/outcome").asString()).isEqualTo("GOAL_MISSED");
        });
        assertThat(lines.size()).isLessThanOrEqualTo(everything.size());
        assertThat(new Http(port).as(Users.HR).get(location).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminExportsAndNotPastTheRetention() {
        assertThat(new Http(port).as(Users.HR).get("/api/v1/diagnoses/archive").statusCode()).isEqualTo(403);
        assertThat(new Http(port).as(Users.MANAGER).get("/api/v1/diagnoses/archive").statusCode()).isEqualTo(403);

        HttpResponse<String> tooRecent = new Http(port).as(Users.ADMIN)
                .get("/api/v1/diagnoses/archive?before=" + LocalDate.now().plusDays(2), "it");
        assertThat(tooRecent.statusCode()).isEqualTo(400);
        assertThat(tooRecent.body()).contains("\"field\":\"before\"").contains("è troppo recente");
        HttpResponse<String> notADate = new Http(port).as(Users.ADMIN).get("/api/v1/diagnoses/archive?before=ieri");
        assertThat(notADate.statusCode()).isEqualTo(400);
    }
}
