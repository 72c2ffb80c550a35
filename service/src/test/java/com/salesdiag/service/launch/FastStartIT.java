package com.salesdiag.service.launch;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.TestTokens;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code service/fast-start.sh} on the jar this build packaged, with the JVM the build runs on and, where the
 * machine has one, a JDK 25 or later: prepare unpacks it and writes the JVM's archive (CDS before JDK 25, the AOT
 * cache from 25 on), run starts from it with the build's ahead-of-time bean definitions, the JVM really maps the
 * archive, and the service diagnoses on the precompiled ladder. The start is given a JWT provider's public key:
 * logins follow the configuration given at start, not the one the ahead-of-time processing saw (bearer tokens
 * accepted, demo users off). Failsafe runs it after {@code package}; Linux only (it reads {@code /proc/PID/maps}).
 */
class FastStartIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final KeyPair PROVIDER = TestTokens.rsa();

    @TempDir
    Path work;

    static Stream<Arguments> jvms() {
        return Stream.of(Arguments.of("this build's JVM", Optional.of(Path.of(System.getProperty("java.home")))),
                Arguments.of("JDK 25 or later", newerJdk()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void preparesAnArchiveAndStartsFromIt(String which, Optional<Path> javaHome) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        assumeTrue(javaHome.isPresent(), "no JDK 25 or later under /usr/lib/jvm");
        Path script = Path.of("fast-start.sh").toAbsolutePath();
        Path jar = packagedJar();
        Path app = work.resolve("app");

        ProcessBuilder preparing = new ProcessBuilder("bash", script.toString(), "prepare", jar.toString(), app.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("prepare.log").toFile());
        preparing.environment().put("JAVA_HOME", javaHome.get().toString());
        Process prepare = preparing.start();
        assertThat(prepare.waitFor(180, TimeUnit.SECONDS)).as("prepare finished").isTrue();
        assertThat(prepare.exitValue()).as(Files.readString(work.resolve("prepare.log"))).isZero();
        Path archive = app.resolve(featureVersion(javaHome.get()) >= 25 ? "app.aot" : "app.jsa");
        assertThat(archive).isNotEmptyFile();

        Path providerKey = TestTokens.writePublicKey(PROVIDER, work.resolve("provider.pem"));
        int port = freePort();
        ProcessBuilder run = new ProcessBuilder("bash", script.toString(), "run", app.toString(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:fast-start-it",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + providerKey,
                "--logging.structured.format.console=")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile());
        Process service = run.start();
        try {
            Http anonymous = new Http(port);
            awaitHealthy(anonymous, service);

            String maps = Files.readString(Path.of("/proc", Long.toString(service.pid()), "maps"));
            assertThat(maps).as("the JVM maps the archive").contains(archive.toString());
            assertThat(log()).contains("Starting AOT-processed SalesDiagnosisApplication")
                    .contains("using Java " + featureVersion(javaHome.get()) + ".");

            String company = anonymous.get("/api/v1/samples/company").body();
            String token = TestTokens.token(PROVIDER, Map.of("sub", "m-1", "roles", List.of("MANAGER"),
                    "departments", List.of("north-west")), 300);
            HttpResponse<String> diagnosis = anonymous.withBearer(token).postJson("/api/v1/diagnoses", company, "en");
            assertThat(diagnosis.statusCode()).as(diagnosis.body()).isEqualTo(200);
            assertThat(diagnosis.body()).contains("\"whySalesFell\"");

            assertThat(anonymous.as(Users.MANAGER).postJson("/api/v1/diagnoses", company, "en").statusCode())
                    .as("demo users are off once a JWT provider is configured at start").isEqualTo(401);
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** The newest JDK of feature version 25 or later installed beside the machine's default one, if any. */
    private static Optional<Path> newerJdk() {
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> featureVersion(home) >= 25)
                    .max(Comparator.comparingInt(FastStartIT::featureVersion));
        } catch (IOException noJvmFolder) {
            return Optional.empty();
        }
    }

    /** From the JDK's {@code release} file: JAVA_VERSION="25.0.3" gives 25; 0 when unreadable. */
    private static int featureVersion(Path javaHome) {
        try {
            return Files.readAllLines(javaHome.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"(1\\.)?(\\d+).*", "$2"))
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException unreadable) {
            return 0;
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("service-.*\\.jar")).toList();
            assertThat(jars).as("the jar this build packaged").hasSize(1);
            return jars.get(0).toAbsolutePath();
        }
    }

    private void awaitHealthy(Http anonymous, Process service) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("service running; its log: %s", log()).isTrue();
            try {
                if (anonymous.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within " + START_LIMIT + "; its log: " + log());
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("run.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
