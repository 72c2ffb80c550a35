package com.salesdiag.service.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code service/fast-start.sh} on the jar this build packaged: prepare unpacks it and writes a class-data-sharing
 * archive, run starts from it, the JVM really maps that archive, and the service diagnoses on the precompiled
 * ladder. Failsafe runs it after {@code package}; Linux only (it reads {@code /proc/PID/maps}).
 */
class FastStartIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void preparesAnArchiveAndStartsFromIt() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        Path script = Path.of("fast-start.sh").toAbsolutePath();
        Path jar = packagedJar();
        Path app = work.resolve("app");

        Process prepare = new ProcessBuilder("bash", script.toString(), "prepare", jar.toString(), app.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("prepare.log").toFile()).start();
        assertThat(prepare.waitFor(180, TimeUnit.SECONDS)).as("prepare finished").isTrue();
        assertThat(prepare.exitValue()).as(Files.readString(work.resolve("prepare.log"))).isZero();
        assertThat(app.resolve("app.jsa")).isNotEmptyFile();

        int port = freePort();
        ProcessBuilder run = new ProcessBuilder("bash", script.toString(), "run", app.toString(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:fast-start-it",
                "--logging.structured.format.console=")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile());
        Process service = run.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitHealthy(http, port, service);

            String maps = Files.readString(Path.of("/proc", Long.toString(service.pid()), "maps"));
            assertThat(maps).as("the JVM maps the class-data archive").contains(app.resolve("app.jsa").toString());
            assertThat(Files.readString(work.resolve("run.log"))).contains("Started SalesDiagnosisApplication");

            String company = http.send(get(port, "/api/v1/samples/company"), HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> diagnosis = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/diagnoses"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("manager:demo-manager".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(company)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(diagnosis.statusCode()).as(diagnosis.body()).isEqualTo(200);
            assertThat(diagnosis.body()).contains("\"whySalesFell\"");
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("service-.*\\.jar")).toList();
            assertThat(jars).as("the jar this build packaged").hasSize(1);
            return jars.get(0).toAbsolutePath();
        }
    }

    private void awaitHealthy(HttpClient http, int port, Process service) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("service running; its log: %s", log()).isTrue();
            try {
                if (http.send(get(port, "/actuator/health"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within " + START_LIMIT + "; its log: " + log());
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("run.log"));
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
