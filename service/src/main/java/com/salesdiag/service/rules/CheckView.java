package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckReport;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What a check of rule files found, as the API shows it. */
@Schema(name = "CheckReport", description = "A rules check: the version checked, whether it passed, the scenarios "
        + "run, every problem and, for an edit that passed, what it changes")
record CheckView(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                 List<RuleProblemView> problems,
                 @Schema(description = "Every scenario whose diagnosis the edit changes against the rules serving")
                 List<Change> changes) {

    /** A scenario whose conclusions the edit changes: those it adds and those it removes. */
    @Schema(name = "ScenarioChange")
    record Change(String scenario, String file, List<String> added, List<String> removed) {
    }

    static CheckView of(CheckReport report) {
        return new CheckView(report.version(), report.passed(), report.scenariosRun(), report.scenarioFolders(),
                RuleProblemView.of(report.problems()), report.changes().stream()
                .map(c -> new Change(c.scenario(), c.file(), c.added(), c.removed())).toList());
    }
}
