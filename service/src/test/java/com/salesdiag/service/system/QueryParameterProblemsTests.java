package com.salesdiag.service.system;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query and path parameters that cannot even be read get a 400 problem naming the parameter in the reader's
 * language, like every other bad input; none of them is a 500 (found by a fuzz of the list endpoints).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryParameterProblemsTests {

    @LocalServerPort
    private int port;

    @Test
    void aNumberThatIsNotOneIsNamed() {
        JsonNode problem = invalidQuery(new Http(port).as(Users.HR).get("/api/v1/review-cases?limit=abc"));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("limit");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("'abc' is not a whole number.");
        assertThat(problem.at("/errors/0").has("pointer")).as("a parameter is not in a body").isFalse();
    }

    @Test
    void aCodeThatDoesNotExistListsTheOnesThatDoInTheReadersLanguage() {
        JsonNode problem = invalidQuery(new Http(port).as(Users.HR).get("/api/v1/review-cases?status=CLOSED", "it"));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("status");
        assertThat(problem.at("/errors/0/message").asString())
                .isEqualTo("'CLOSED' non è tra OPEN, DEFERRED, UPHELD, REJECTED.");
        assertThat(problem.get("title").asString()).isEqualTo("Un parametro non si può leggere");
    }

    @Test
    void aBlankStatusAsksForTheDefaultListing() {
        Http hr = new Http(port).as(Users.HR);
        for (String query : new String[]{"status=", "status=%00", "status=OPEN,", "status=,,"}) {
            HttpResponse<String> listed = hr.get("/api/v1/review-cases?" + query);
            assertThat(listed.statusCode()).as(query + ": " + listed.body()).isEqualTo(200);
        }
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        Http hr = new Http(port).as(Users.HR);
        Http manager = new Http(port).as(Users.MANAGER);
        assertThat(manager.postJson("/api/v1/diagnoses", SampleCompany.json(), "en").statusCode()).isEqualTo(200);
        String all = hr.get("/api/v1/diagnoses").body();
        assertThat(SampleCompany.JSON.readTree(all).get("total").asInt()).isPositive();
        for (String query : new String[]{"salesperson=", "company=", "department=", "period=", "salesperson=%20"}) {
            HttpResponse<String> listed = hr.get("/api/v1/diagnoses?" + query);
            assertThat(listed.statusCode()).as(query).isEqualTo(200);
            assertThat(SampleCompany.JSON.readTree(listed.body()).get("total").asInt()).as(query)
                    .isEqualTo(SampleCompany.JSON.readTree(all).get("total").asInt());
        }
    }

    @Test
    void anIdThatIsNotANumberIsNamed() {
        JsonNode problem = invalidQuery(new Http(port).as(Users.HR).get("/api/v1/diagnoses/abc"));
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("'abc' is not a whole number.");
    }

    @Test
    void aBrokenPercentEscapeIsNamed() throws IOException {
        // java.net.URI refuses to build such a request, so it goes over a plain socket, as a careless client sends it.
        String login = Base64.getEncoder().encodeToString("hr:demo-hr".getBytes(StandardCharsets.UTF_8));
        String response = raw("GET /api/v1/diagnoses?to=%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + login + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("type").asString()).isEqualTo("urn:salesdiag:problem:invalid-query");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(problem.at("/errors/0/message").asString()).contains("%20");
    }

    private static JsonNode invalidQuery(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:salesdiag:problem:invalid-query");
        return problem;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The body may come chunked; the problem is small enough to be one chunk, whose size line we drop.
            int headersEnd = response.indexOf("\r\n\r\n");
            if (response.substring(0, headersEnd).toLowerCase().contains("transfer-encoding: chunked")) {
                String body = response.substring(headersEnd + 4);
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
                return response.substring(0, headersEnd + 4) + body;
            }
            return response;
        }
    }
}
