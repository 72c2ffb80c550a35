package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 B and C: every answer carries the security headers, a Content-Security-Policy (none allowed for the API,
 * the service's own scripts for Swagger UI) and Referrer-Policy; a path the firewall refuses is a problem detail with
 * the same headers; /actuator/info does not show the JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    @LocalServerPort
    private int port;

    @Test
    void theApiForbidsEverythingToABrowserWhateverItAnswers() {
        Http http = new Http(port);
        for (HttpResponse<String> answer : java.util.List.of(http.get("/api/v1/samples/company"),
                http.get("/api/v1/diagnoses"), http.as(Users.ANALYST).get("/api/v1/diagnoses"),
                http.get("/actuator/health"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void swaggerUiMayRunItsOwnScriptsAndNothingInline() {
        Http http = new Http(port);
        HttpResponse<String> page = http.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        // What the policy allows is what the page needs: every script its own file, none inline, no other origin.
        Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=\"./");
            assertThat(scripts.group(2)).isBlank();
        }
        assertThat(count).isPositive();
        assertThat(page.body().toLowerCase(Locale.ROOT)).doesNotContain("http://", "https://", " onload=");
        assertThat(http.get("/swagger-ui/swagger-initializer.js").headers().firstValue("Content-Security-Policy"))
                .hasValue(policy);
    }

    @Test
    void infoDoesNotShowTheJvm() {
        for (Http http : new Http[]{new Http(port), new Http(port).as(Users.ADMIN)}) {
            JsonNode info = SampleCompany.JSON.readTree(http.get("/actuator/info").body());
            assertThat(info.has("java")).isFalse();
            assertThat(info.toString()).doesNotContain(System.getProperty("java.version"));
            assertThat(info.at("/rules/version").asString()).hasSize(12);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/v1/diagnoses", "/api/v1/../v1/diagnoses", "/api/v1/diagnoses;x=y",
            "/api/v1/samples/./company"})
    void aPathTheFirewallRefusesIsAProblemWithTheSecurityHeaders(String path) {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: it\r\n"
                + "Connection: close\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(head).startsWith("http/1.1 400").contains("content-type: application/problem+json",
                "content-security-policy: default-src 'none'", "referrer-policy: no-referrer",
                "x-content-type-options: nosniff", "x-frame-options: deny", "cache-control: no-cache",
                "content-language: it");
        JsonNode problem = SampleCompany.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("type").asString()).isEqualTo("urn:salesdiag:problem:rejected-path");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Percorso non accettato");
        assertThat(problem.get("detail").asString()).contains("segmento vuoto (//)");
    }

    /** Sent on a socket as written: an HTTP client would tidy the path first. */
    private String raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A chunked body: the JSON is its only chunk.
            if (answer.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                int bodyStart = answer.indexOf("\r\n\r\n") + 4;
                String body = answer.substring(bodyStart);
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
                return answer.substring(0, bodyStart) + body;
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
