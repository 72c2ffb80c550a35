package com.salesdiag.service.rules;

import com.salesdiag.engine.check.CheckReport;
import com.salesdiag.engine.live.LiveRuleset;
import com.salesdiag.engine.live.LoadAttempt;
import com.salesdiag.engine.ruleset.RuleSource;
import com.salesdiag.engine.ruleset.RulesetCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** Analysts' loop: see the rules in force, check an edit of the rules folder, load it live, see who loaded what. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "The ladder in force, and live reload of an analyst's edit")
class RulesController {

    private final LiveRuleset live;
    private final RulesProperties properties;
    private final RulesMetricsRecorder metrics;

    RulesController(LiveRuleset live, RulesProperties properties, RulesMetricsRecorder metrics) {
        this.live = live;
        this.properties = properties;
        this.metrics = metrics;
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Every rule (name, stage, code, owner, description) and every threshold and band in force")
    RulesetCatalogue catalogue() {
        return live.catalogue();
    }

    @GetMapping("/versions")
    @Operation(summary = "The version serving now and the history of load attempts (who, when, result)")
    RulesVersions versions() {
        return new RulesVersions(live.activeVersion(), properties.editable() ? "folder" : "packaged", live.history());
    }

    @PostMapping("/check")
    @Operation(summary = "Check the rules folder as a reload would (compile, thresholds, scenarios) without loading it")
    CheckReport check() {
        CheckReport report = properties.editable() ? live.check(properties.folder())
                : live.check(RuleSource.fromClasspath());
        if (!report.passed()) {
            throw new RulesRejectedException("The rules in " + source() + " fail their check; nothing was loaded.",
                    report, report.problems());
        }
        return report;
    }

    @PostMapping("/reload")
    @Operation(summary = "Compile and check the rules folder, and serve it only if every check passes")
    LoadAttempt reload(Principal principal) {
        if (!properties.editable()) {
            throw new RulesNotEditableException();
        }
        LoadAttempt attempt = live.reload(properties.folder(), principal == null ? "anonymous" : principal.getName());
        if (!attempt.accepted()) {
            throw new RulesRejectedException("The edit of " + source() + " was rejected; version "
                    + attempt.activeVersion() + " keeps serving.", attempt, attempt.problems());
        }
        metrics.serving(attempt.version());
        return attempt;
    }

    private String source() {
        return properties.editable() ? properties.folder().toString() : "the packaged rules";
    }

    /** The serving version and where it came from, with the load history, newest first. */
    record RulesVersions(String active, String source, List<LoadAttempt> history) {
    }
}
