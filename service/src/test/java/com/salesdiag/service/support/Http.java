package com.salesdiag.service.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client for tests against the running server, the way curl or a BI tool would call it: anonymous,
 * or {@link #as} a user with HTTP Basic, or {@link #withBearer} a JWT.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    public Http(int port) {
        this("http://localhost:" + port, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client, logged in as {@code user} with HTTP Basic. */
    public Http as(Users.Login user) {
        String token = Base64.getEncoder().encodeToString((user.name() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    /** The same client, sending {@code token} as a bearer token. */
    public Http withBearer(String token) {
        return new Http(base, "Bearer " + token);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET whose answer is not text (a zip). */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", language));
    }

    public HttpResponse<String> postJson(String path, String json, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(language == null ? request : request.header("Accept-Language", language));
    }

    /** Any method, with a JSON body or none. */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(request);
    }

    /**
     * Announces a JSON body of {@code length} bytes with "Expect: 100-continue", as curl does for big bodies, and
     * returns what the server answers before any of the body is sent: its status line, headers and body. (Java
     * 17's HttpClient waits forever when the answer is not 100, so this speaks HTTP on a socket.)
     */
    public String announceJson(String path, long length) {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Length: " + length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int port() {
        return URI.create(base).getPort();
    }

    /** One form part per file, named after the part, as {@code curl -F salespeople=@salespeople.csv} sends them. */
    public HttpResponse<String> postCsv(String path, Map<String, String> files, String language) {
        return postForm(path, files, true, language);
    }

    /** Each file as a text field of the form, without a file name, as {@code curl -F results=<results.csv} sends it. */
    public HttpResponse<String> postCsvAsTextFields(String path, Map<String, String> files, String language) {
        return postForm(path, files, false, language);
    }

    private HttpResponse<String> postForm(String path, Map<String, String> files, boolean asFiles, String language) {
        String boundary = "salesdiag-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((part, text) -> write(body, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + part + "\""
                + (asFiles ? "; filename=\"" + part + ".csv\"\r\nContent-Type: text/csv" : "")
                + "\r\n\r\n" + text + "\r\n"));
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(language == null ? request : request.header("Accept-Language", language));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
