package com.salesdiag.service.rules;

import com.salesdiag.engine.check.RulesetCheck;
import com.salesdiag.engine.live.LiveRuleset;
import com.salesdiag.engine.ruleset.RuleSource;
import com.salesdiag.engine.ruleset.Ruleset;
import com.salesdiag.engine.ruleset.RulesetCompiler;
import com.salesdiag.service.engine.EngineProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.List;

/**
 * The serving rules. Packaged rules were checked by the build, so they are only compiled; a rules folder is an
 * analyst's edit and must pass the whole check (compile, thresholds, scenarios) before the service starts on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class LiveRulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveRulesConfiguration.class);

    @Bean
    RulesetCheck rulesetCheck(RulesProperties properties) {
        List<Path> scenarios = properties.scenarios().isEmpty()
                ? List.of(PackagedScenarios.extract()) : properties.scenarios();
        return new RulesetCheck(new RulesetCompiler(), scenarios);
    }

    @Bean
    LiveRuleset liveRuleset(RulesetCheck check, RulesProperties properties) {
        long start = System.nanoTime();
        LiveRuleset live;
        if (properties.editable()) {
            live = LiveRuleset.start(check, properties.folder(), "startup");
        } else {
            Ruleset packaged = new RulesetCompiler().compile(RuleSource.fromClasspath());
            live = new LiveRuleset(check, packaged, "startup");
        }
        log.atInfo().addKeyValue("rulesVersion", live.activeVersion())
                .addKeyValue("rules", live.active().rules().size())
                .addKeyValue("source", properties.editable() ? properties.folder().toAbsolutePath().toString() : "packaged")
                .addKeyValue("compileMs", (System.nanoTime() - start) / 1_000_000)
                .log("Rules serving");
        return live;
    }

    @Bean
    EngineProvider engineProvider(LiveRuleset live) {
        return live::engine;
    }
}
