package com.salesdiag.service.console;

import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The errors a browser meets before or outside any page's handler: an upload over the limit (refused while the form is
 * read for its CSRF token), a page that fails. Each is the console's page, in the reader's language, with its status;
 * the API keeps its problem details. A small upload limit, and a page made to fail, in a context of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salesdiag.max-upload-size=1MB")
@Import(ConsoleErrorPagesTests.FailingPage.class)
class ConsoleErrorPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----console-test";

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A console page that fails as a page may, with an error nobody expected (nested: no other test scans it). */
    @Controller
    static class FailingPage {
        @GetMapping("/console/test-failure")
        String fail() {
            throw new IllegalStateException("a page that fails");
        }
    }

    @Test
    void anUploadOverTheLimitIsAPageSayingSoInTheReadersLanguage() throws Exception {
        signIn(Users.MANAGER);
        byte[] big = new byte[1_200_000];
        Arrays.fill(big, (byte) 'a');
        for (String language : new String[]{"en", "it"}) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/console/diagnoses"))
                    .header("Accept", "text/html").header("Accept-Language", language)
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf(), big))));
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(refused.body()).doesNotContain("Whitelabel").contains(language.equals("en")
                    ? "<h1>The files are too large</h1>" : "<h1>I file sono troppo grandi</h1>", "1 MB",
                    "/console/assets/console.css", "id=\"sign-out\"");
        }
        // the API, over the same limit: its problem detail
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "manager:demo-manager".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(null, big))));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
    }

    @Test
    void aPageThatFailsIsA500PageThatSaysNothingOfItsInsides() throws Exception {
        signIn(Users.HR);
        HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/console/test-failure"))
                .header("Accept", "text/html").header("Accept-Language", "it").GET());
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("<h1>Qualcosa non ha funzionato</h1>", "Esci")
                .doesNotContain("IllegalStateException", "a page that fails", "Whitelabel");
    }

    private void signIn(Users.Login user) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.name() + "&password="
                        + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrfOf("/login"), StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private String csrf() throws IOException, InterruptedException {
        return csrfOf("/console/diagnoses/new");
    }

    private String csrfOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on " + path + ": " + page.statusCode()).isTrue();
        return m.group(1);
    }

    private static byte[] multipart(String csrf, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String part = csrf == null ? "goals" : "files";
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"goals.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
