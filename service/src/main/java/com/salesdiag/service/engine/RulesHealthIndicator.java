package com.salesdiag.service.engine;

import com.salesdiag.engine.rules.RulesetInfo;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health/rules}: which rules are serving, and since when. */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

    private final EngineProvider engines;

    RulesHealthIndicator(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public Health health() {
        RulesetInfo ruleset = engines.current().rules();
        return Health.up().withDetail("version", ruleset.version()).withDetail("rules", ruleset.rules())
                .withDetail("thresholds", ruleset.thresholds()).withDetail("loadedAt", ruleset.loadedAt().toString())
                .build();
    }
}
