package com.salesdiag.service.decisionlog;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.PostgresSchema;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.TcpProxy;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static com.salesdiag.service.support.SampleCompany.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15: PostgreSQL going away under the running service, for real (a TCP proxy on loopback between the service
 * and the server, stopped or made to drop everything). Diagnoses and history get their 503 within the connection
 * timeout (2 s) instead of Hikari's 30 s; health and readiness answer DOWN within 2 s for the whole outage, never
 * hang with it; and once the server is back, the service is ready again by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salesdiag.warm-up=false")
class PostgresOutageTests {

    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(2);
    private static final PostgresSchema SCHEMA = new PostgresSchema();
    private static TcpProxy proxy;

    @LocalServerPort
    private int port;

    private Http anonymous;
    private Http manager;
    private Http hr;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresSchema.Server server = PostgresSchema.server();
        proxy = new TcpProxy(server.host(), server.port());
        SCHEMA.register(registry, server.through(proxy.port()));
    }

    @BeforeEach
    void ready() throws Exception {
        anonymous = new Http(port);
        manager = anonymous.as(Users.MANAGER);
        hr = anonymous.as(Users.HR);
        proxy.start();
        awaitReady();
    }

    @AfterEach
    void serverBack() {
        proxy.start();
    }

    @AfterAll
    static void dropSchema() {
        proxy.close();
        SCHEMA.drop();
    }

    @Test
    void whenTheServerIsDownEveryAnswerIsQuickAndHealthAndReadinessSayDown() throws Exception {
        assertThat(status(timed(() -> manager.postJson("/api/v1/diagnoses", write(SampleCompany.as("outage")), "en"),
                Duration.ofSeconds(30)))).isEqualTo(200);

        proxy.stop();

        HttpResponse<String> diagnosis = timed(
                () -> manager.postJson("/api/v1/diagnoses", write(SampleCompany.as("outage")), "en"),
                Duration.ofSeconds(5));
        assertThat(diagnosis.statusCode()).isEqualTo(503);
        assertThat(type(diagnosis)).isEqualTo("urn:salesdiag:problem:not-recorded");
        HttpResponse<String> history = timed(() -> hr.get("/api/v1/diagnoses?company=outage"), Duration.ofSeconds(4));
        assertThat(history.statusCode()).isEqualTo(503);
        assertThat(type(history)).isEqualTo("urn:salesdiag:problem:storage-unavailable");
        for (int i = 0; i < 2; i++) {
            assertDown();
        }

        proxy.start();
        awaitReady();
        assertThat(manager.postJson("/api/v1/diagnoses", write(SampleCompany.as("outage")), "en").statusCode())
                .as("diagnosing again once the server is back").isEqualTo(200);
    }

    @Test
    void whenTheNetworkDropsEverythingHealthAndReadinessStillAnswerDownInTime() throws Exception {
        proxy.blackHole();
        for (int i = 0; i < 3; i++) {
            assertDown();
        }
        HttpResponse<String> history = timed(() -> hr.get("/api/v1/diagnoses?company=outage"), Duration.ofSeconds(4));
        assertThat(history.statusCode()).isEqualTo(503);
    }

    private void assertDown() {
        HttpResponse<String> health = timed(() -> anonymous.get("/actuator/health"), HEALTH_LIMIT);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        JsonNode components = JSON.readTree(health.body()).get("components");
        assertThat(components.at("/db/status").asString()).isEqualTo("DOWN");
        assertThat(components.at("/decisionLog/status").asString()).isEqualTo("DOWN");
        assertThat(components.at("/rules/status").asString()).isEqualTo("UP");

        HttpResponse<String> readiness = timed(() -> anonymous.get("/actuator/health/readiness"), HEALTH_LIMIT);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(JSON.readTree(readiness.body()).at("/components/decisionLog/status").asString()).isEqualTo("DOWN");

        HttpResponse<String> liveness = timed(() -> anonymous.get("/actuator/health/liveness"), HEALTH_LIMIT);
        assertThat(liveness.statusCode()).as("alive: restarting would not bring the database back").isEqualTo(200);
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        while (readiness.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            readiness = anonymous.get("/actuator/health/readiness");
        }
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).at("/components/decisionLog/status").asString()).isEqualTo("UP");
    }

    private static <T> T timed(Supplier<T> call, Duration limit) {
        long started = System.nanoTime();
        T result = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("answered in %d ms", took.toMillis()).isLessThanOrEqualTo(limit);
        return result;
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    private static String type(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("type").asString();
    }
}
