package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Brute force over HTTP Basic (issue #15): wrong passwords are logged and, past the limit per user name or per source
 * address, refused with 429 and Retry-After without any password check, while other users carry on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "salesdiag.security.login-throttle.max-failures-per-user=3",
        "salesdiag.security.login-throttle.max-failures-per-source=6"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTests {

    @LocalServerPort
    private int port;

    @MockitoSpyBean
    private PasswordEncoder passwords;

    @Autowired
    private LoginThrottle throttle;

    @BeforeEach
    void noFailuresYet() {
        throttle.forgetAll();
    }

    private HttpResponse<String> get(Http client, String user, String password, String language) {
        return client.as(new Users.Login(user, password)).get("/api/v1/rules/versions?limit=1", language == null ? "en" : language);
    }

    @Test
    void aUserIsThrottledAfterRepeatedWrongPasswordsWithoutTheirPasswordBeingChecked(CapturedOutput output) {
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(get(http, "analyst", "guess-" + i, "en").statusCode()).isEqualTo(401);
        }
        clearInvocations(passwords);

        HttpResponse<String> refused = get(http, "analyst", "guess-again", "it");
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Content-Language")).hasValue("it");
        JsonNode problem = SampleCompany.JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:salesdiag:problem:login-throttled");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Troppi accessi falliti");
        assertThat(problem.get("detail").asString()).contains("Troppe password sbagliate", retryAfter + " secondi");
        // Even the right password is not checked while the name is throttled: no bcrypt for any of these.
        assertThat(get(http, "analyst", Users.ANALYST.password(), "en").statusCode()).isEqualTo(429);
        verify(passwords, never()).matches(any(), anyString());

        // Someone else logs in as usual meanwhile.
        assertThat(new Http(port).as(Users.HR).get("/api/v1/review-cases").statusCode()).isEqualTo(200);

        assertThat(output.getOut()).contains("Login failed", "user=\"analyst\"", "source=\"127.0.0.1\"",
                "Logins refused for a while").doesNotContain("guess-");
    }

    @Test
    void aClientWhosePasswordWasRecentlyVerifiedKeepsWorkingWhileItsUserIsThrottled() {
        Http admin = new Http(port).as(Users.ADMIN);
        assertThat(admin.get("/api/v1/rules/versions?limit=1").statusCode()).isEqualTo(200);
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(get(http, "admin", "guess-" + i, null).statusCode()).isEqualTo(401);
        }
        assertThat(get(http, "admin", "guess-more", null).statusCode()).isEqualTo(429);
        clearInvocations(passwords);
        assertThat(admin.get("/api/v1/rules/versions?limit=1").statusCode()).isEqualTo(200);
    }

    @Test
    void aSourceAddressIsThrottledWhateverNamesItTriesAndOthersAreNot() {
        for (int i = 0; i < 6; i++) {
            assertThat(statusFrom("127.0.0.2", "someone-" + i, "guess")).startsWith("HTTP/1.1 401");
        }
        assertThat(statusFrom("127.0.0.2", "someone-new", "guess")).startsWith("HTTP/1.1 429");
        assertThat(statusFrom("127.0.0.2", "manager-cs", Users.MANAGER_CS.password())).startsWith("HTTP/1.1 429");
        assertThat(statusFrom("127.0.0.1", "manager-cs", Users.MANAGER_CS.password())).startsWith("HTTP/1.1 200");
    }

    /** The status line of a GET sent from {@code source} (a loopback address of its own: another client). */
    private String statusFrom(String source, String user, String password) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET /api/v1/diagnoses?limit=1 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + basic + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf('\r'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
