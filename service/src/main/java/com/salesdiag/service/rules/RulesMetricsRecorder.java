package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code salesdiag.rules}, tagged with a version: the number of rules of that version while it serves, 0 once it
 * was replaced, so a dashboard shows which rules answered when.
 */
@Component
class RulesMetricsRecorder {

    private final MeterRegistry registry;
    private final LiveRuleset live;

    RulesMetricsRecorder(MeterRegistry registry, LiveRuleset live) {
        this.registry = registry;
        this.live = live;
        serving(live.activeVersion());
    }

    void serving(String version) {
        Gauge.builder("salesdiag.rules", live, l -> l.activeVersion().equals(version) ? l.serving().rules() : 0)
                .description("Rules serving diagnoses, by version").tag("version", version).register(registry);
    }
}
