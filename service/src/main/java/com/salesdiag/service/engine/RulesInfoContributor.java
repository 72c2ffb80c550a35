package com.salesdiag.service.engine;

import com.salesdiag.engine.rules.RulesetInfo;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Map;

/** {@code /actuator/info}: the rules version serving now. */
@Component
class RulesInfoContributor implements InfoContributor {

    private final EngineProvider engines;

    RulesInfoContributor(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public void contribute(Info.Builder builder) {
        RulesetInfo ruleset = engines.current().rules();
        builder.withDetail("rules", Map.of("version", ruleset.version(), "rules", ruleset.rules(),
                "loadedAt", ruleset.loadedAt().toString()));
    }
}
