package com.salesdiag.service.diagnosis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * {@code salesdiag.diagnoses} (timer: how many served, how long, by input, language and rules version) and
 * {@code salesdiag.diagnoses.rejected} (counter: facts that failed validation, by input).
 */
@Component
class DiagnosisMetrics {

    private final MeterRegistry registry;

    DiagnosisMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void served(String input, String language, String rulesVersion, long nanos) {
        Timer.builder("salesdiag.diagnoses").description("Diagnoses served, and how long each took")
                .tag("input", input).tag("language", language).tag("rules.version", rulesVersion)
                .publishPercentileHistogram(false)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void rejected(String input) {
        Counter.builder("salesdiag.diagnoses.rejected").description("Requests whose facts failed validation")
                .tag("input", input).register(registry).increment();
    }
}
