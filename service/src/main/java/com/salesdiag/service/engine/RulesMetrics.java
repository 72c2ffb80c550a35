package com.salesdiag.service.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code salesdiag.rules}: the number of rules serving, tagged with their version, so a dashboard shows which
 * rules answered. Registered once at startup; a provider that reloads rules registers the new version itself.
 */
@Component
class RulesMetrics implements MeterBinder {

    private final EngineProvider engines;

    RulesMetrics(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String version = engines.current().ruleset().version();
        Gauge.builder("salesdiag.rules", engines, e -> e.current().ruleset().rules().size())
                .description("Rules serving diagnoses").tag("version", version).register(registry);
    }
}
