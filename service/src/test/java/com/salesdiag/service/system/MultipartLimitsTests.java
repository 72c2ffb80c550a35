package com.salesdiag.service.system;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 B: a form of more parts than {@code salesdiag.max-form-parts} (Tomcat's part count limit) is refused
 * saying so, not as a body over the size limit; a form within it is read as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultipartLimitsTests {

    @LocalServerPort
    private int port;

    @Test
    void aFormOfTooManyPartsIsRefusedNamingThePartLimit() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            parts.put("part" + i, "id,name\n" + "x".repeat(80) + "\n");
        }
        Http manager = new Http(port).as(Users.MANAGER);
        HttpResponse<String> refused = manager.postCsv("/api/v1/diagnoses", parts, "en");
        assertThat(refused.statusCode()).isEqualTo(413);
        JsonNode problem = SampleCompany.JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:salesdiag:problem:too-many-parts");
        assertThat(problem.get("detail").asString()).contains("more than 50 parts", "salesdiag.max-form-parts")
                .doesNotContain("MB");
        assertThat(refused.headers().firstValue("Content-Language")).hasValue("en");

        HttpResponse<String> italian = manager.postCsv("/api/v1/diagnoses", parts, "it");
        assertThat(SampleCompany.JSON.readTree(italian.body()).get("detail").asString()).contains("al massimo 50");
    }

    @Test
    void theSampleCompanyAsCsvFilesIsWithinTheLimit() {
        HttpResponse<String> answer = new Http(port).as(Users.MANAGER)
                .postCsv("/api/v1/diagnoses", SampleCompany.csv(), "en");
        assertThat(answer.statusCode()).isEqualTo(200);
    }
}
