package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.service.engine.EngineProvider;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.facts.FactsMapper;
import com.salesdiag.service.facts.FactsValidator;
import com.salesdiag.service.system.SalesDiagProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Once the service has started, sends itself one health request and diagnoses the packaged sample company in a
 * thread of its own, through the steps a request takes (validation, the engine, the answer in both languages, its
 * JSON), and records nothing: the
 * decision log holds only what was asked. Without it the first request after a start paid ~1 s for what each of
 * these steps builds on first use (validator metadata, Drools' session memories and generated code, message
 * formats, JSON serializers). A failure is logged, never fatal: requests simply pay the price instead. Off with
 * {@code salesdiag.warm-up=false} (the RSS it costs is then paid at the first request).
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final FactsValidator validator;
    private final EngineProvider engines;
    private final DiagnosisAssembler assembler;
    private final JsonMapper json;
    private final boolean enabled;
    private final CompletableFuture<Diagnosis> done = new CompletableFuture<>();
    private volatile boolean closing;

    WarmUp(FactsValidator validator, EngineProvider engines, DiagnosisAssembler assembler, JsonMapper json,
           SalesDiagProperties properties) {
        this.enabled = properties.warmUp();
        this.validator = validator;
        this.engines = engines;
        this.assembler = assembler;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart(ApplicationReadyEvent ready) {
        if (!enabled) {
            done.complete(null); // salesdiag.warm-up=false: the first request pays instead
            return;
        }
        int port = ready.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        Thread thread = new Thread(() -> run(port), "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** A service stopped right after its start (a test's context, a failed deployment) has nothing to warm up. */
    @EventListener(ContextClosedEvent.class)
    void beforeClose() {
        closing = true;
    }

    /** The sample's diagnosis once warmed up (null when turned off, or the failure); for whoever waits for it. */
    CompletableFuture<Diagnosis> done() {
        return done;
    }

    private void run(int port) {
        long start = System.nanoTime();
        try {
            if (port > 0) {
                touchHttp(port);
            }
            FactsInput sample = sample();
            validator.checkLimits(sample);
            if (!validator.validate(sample).isEmpty()) {
                throw new IllegalStateException("the packaged sample company does not validate");
            }
            CompanyFacts facts = FactsMapper.toFacts(sample, null);
            Diagnosis diagnosis = engines.current().diagnose(facts);
            for (Locale language : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                json.writeValueAsBytes(assembler.assemble(facts, diagnosis, language)); // as a request writes it
            }
            log.atInfo().addKeyValue("warmUpMs", (System.nanoTime() - start) / 1_000_000)
                    .log("Warmed up on the sample company (nothing recorded)");
            done.complete(diagnosis);
        } catch (RuntimeException | IOException failure) {
            if (closing) {
                // The beans it uses are being destroyed under it: not a failure of the warm-up.
                log.atDebug().addKeyValue("reason", failure.toString()).log("Warm-up stopped: the service is closing");
            } else {
                log.warn("Warm-up failed; the first requests will be slower", failure);
            }
            done.completeExceptionally(failure);
        }
    }

    /**
     * One anonymous GET of the health endpoint on loopback: Tomcat, the security filters and Spring MVC's dispatcher
     * initialise on their first request (~0.4 s), and this is the only way to give them one that records nothing.
     */
    private static void touchHttp(int port) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException | RuntimeException unreachable) {
            // e.g. bound to another address: only the first request is slower
            log.atDebug().addKeyValue("reason", unreachable.toString()).log("Warm-up skipped HTTP");
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private FactsInput sample() throws IOException {
        try (InputStream in = new ClassPathResource("samples/company.json").getInputStream()) {
            return json.readValue(in, FactsInput.class);
        }
    }
}
