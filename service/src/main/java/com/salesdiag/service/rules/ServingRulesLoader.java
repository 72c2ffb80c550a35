package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        LiveRuleset.Scenarios scenarios = properties.scenarios().isEmpty()
                ? LiveRuleset.Scenarios.unlessRulesKeepTheirOwn(List.of(PackagedScenarios.extract()))
                : LiveRuleset.Scenarios.always(properties.scenarios());
        LiveRuleset live = properties.editable()
                ? LiveRuleset.startOn(properties.folder(), scenarios, "startup")
                : LiveRuleset.startPackaged(scenarios, "startup");
        log.atInfo().addKeyValue("rulesVersion", live.activeVersion())
                .addKeyValue("rules", live.serving().rules())
                .addKeyValue("source", properties.editable() ? properties.folder().toAbsolutePath().toString() : "packaged")
                .addKeyValue("loadMs", (System.nanoTime() - start) / 1_000_000)
                .log("Rules serving");
        return live;
    }
}
