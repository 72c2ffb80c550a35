package com.salesdiag.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session with the console over plain HTTP: cookies kept, redirects not followed (each answer is seen),
 * forms posted with the CSRF token of the page they are on.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String language;

    public ConsoleSession(int port, String language) {
        this.port = port;
        this.language = language;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET());
    }

    /** A form post; values are URL-encoded here. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The CSRF token of the forms of a page (the sign-out form is on every page once signed in). */
    public String csrf(String path) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() == 302) {
            page = get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
        }
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on " + path).isTrue();
        return m.group(1);
    }

    public ConsoleSession signIn(Users.Login login) {
        HttpResponse<String> signedIn = post("/login", Map.of("username", login.name(),
                "password", login.password(), "_csrf", csrf("/login")));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
