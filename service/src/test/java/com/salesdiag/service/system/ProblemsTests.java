package com.salesdiag.service.system;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The problem bodies written outside Spring MVC (security entry points, Tomcat's valve) read as Spring MVC's do. */
class ProblemsTests {

    @Test
    void aProblemWithoutTypeIsAboutBlankInTheOrderSpringWritesIt() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Bad Request.");
        problem.setTitle("Bad Request");

        assertThat(new String(Problems.json(problem), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Bad Request.\"}");
    }

    @Test
    void instanceAndPropertiesFollowTheStandardMembers() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Nein \"so\"");
        problem.setType(URI.create("urn:salesdiag:problem:forbidden"));
        problem.setTitle("Forbidden");
        problem.setInstance(URI.create("/api/v1/x"));
        problem.setProperty("errorCount", 2);

        assertThat(new String(Problems.json(problem), StandardCharsets.UTF_8)).isEqualTo(
                "{\"type\":\"urn:salesdiag:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"Nein \\\"so\\\"\",\"instance\":\"/api/v1/x\",\"errorCount\":2}");
    }
}
