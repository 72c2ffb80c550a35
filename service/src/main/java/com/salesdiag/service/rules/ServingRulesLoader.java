package com.salesdiag.service.rules;

import com.salesdiag.engine.check.RulesetCheck;
import com.salesdiag.engine.live.LiveRuleset;
import com.salesdiag.engine.ruleset.Ruleset;
import com.salesdiag.engine.ruleset.RulesetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads the rules the service starts on. Packaged rules were checked by the build, so they are only compiled; a
 * rules folder is an analyst's edit and must pass the whole check (compile, thresholds, scenarios) before the
 * service starts on it.
 */
final class ServingRulesLoader {

    private static final Logger log = LoggerFactory.getLogger(ServingRulesLoader.class);

    private ServingRulesLoader() {
    }

    static LiveRuleset load(RulesProperties properties) {
        long start = System.nanoTime();
        // The packaged suite guards a rules folder that keeps no scenarios of its own; scenarios named in the
        // settings always run.
        RulesetCheck check = properties.scenarios().isEmpty()
                ? RulesetCheck.withDefaultScenarios(new RulesetCompiler(), List.of(PackagedScenarios.extract()))
                : new RulesetCheck(new RulesetCompiler(), properties.scenarios());
        LiveRuleset live;
        if (properties.editable()) {
            live = LiveRuleset.start(check, properties.folder(), "startup");
        } else {
            Ruleset packaged = new RulesetCompiler().compilePackaged();
            live = new LiveRuleset(check, packaged, "startup");
        }
        log.atInfo().addKeyValue("rulesVersion", live.activeVersion())
                .addKeyValue("rules", live.active().rules().size())
                .addKeyValue("source", properties.editable() ? properties.folder().toAbsolutePath().toString() : "packaged")
                .addKeyValue("loadMs", (System.nanoTime() - start) / 1_000_000)
                .log("Rules serving");
        return live;
    }
}
