package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.ExpectationChange;
import com.salesdiag.service.preview.AnswerChange;
import com.salesdiag.service.preview.Replay;
import com.salesdiag.service.preview.RulesPreview;
import com.salesdiag.service.preview.ScenarioPreview;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** What a check of rule files found, as the API shows it. */
@Schema(name = "CheckReport", description = "A rules check: the version checked, whether it passed, the scenarios "
        + "run, every problem and, for an edit that compiles and passes its own checks, what it changes in the "
        + "scenarios and in recent recorded diagnoses")
record CheckView(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                 List<RuleProblemView> problems,
                 @Schema(description = "Every scenario whose answer the edit changes against the rules serving")
                 List<Change> changes,
                 @Schema(description = "True when the rules do not compile or fail their own checks: those problems "
                         + "come first, and scenarios run only once they are fixed")
                 boolean scenariosSkipped,
                 @Schema(description = "The scenarios' answers, in one sentence", example = "3 of 50 scenarios change")
                 String scenarioSummary,
                 @Schema(description = "Each expectation of a scenario the edit no longer meets, and why; "
                         + "POST /api/v1/rules/scenarios/accept writes them")
                 List<ExpectationChangeView> expectationChanges,
                 @Schema(description = "Recent recorded diagnoses replayed with the rules serving and with the edit "
                         + "(?replay=N, from, to); absent when not asked for or the edit does not compile")
                 Replay replay) {

    /** A scenario whose answer the edit changes: conclusions added and removed, amounts, statuses, sentences. */
    @Schema(name = "ScenarioChange")
    record Change(String scenario, String file, List<String> added, List<String> removed,
                  List<AnswerChange.AmountMoved> amounts, List<AnswerChange.StatusMoved> statuses,
                  List<AnswerChange.SentenceChanged> sentences) {
    }

    @Schema(name = "ExpectationChange", description = "An expectation of a scenario the edit no longer meets")
    record ExpectationChangeView(String scenario, String file,
                                 @Schema(example = "DELIVERY_DELAYS for north") String expectation,
                                 @Schema(description = "NO_LONGER_CONCLUDED (accepting moves it to mustNotContain) or "
                                         + "NOW_CONCLUDED (to mustContain)") String change,
                                 @Schema(description = "The rule and figures behind it, and the thresholds the edit moved")
                                 String why) {

        static ExpectationChangeView of(ExpectationChange change) {
            return new ExpectationChangeView(change.scenario(), change.file(), change.expectation(),
                    change.change().name(), change.why());
        }
    }

    static CheckView of(CheckReport report, Locale locale) {
        return new CheckView(report.version(), report.passed(), report.scenariosRun(), report.scenarioFolders(),
                RuleProblemView.of(report.problems(), locale), report.changes().stream()
                .map(c -> new Change(c.scenario(), c.file(), c.added(), c.removed(), List.of(), List.of(), List.of()))
                .toList(), skipped(report), null,
                report.expectationChanges().stream().map(ExpectationChangeView::of).toList(), null);
    }

    /** With what the edit changes in the scenarios' answers (amounts and sentences too) and in recorded diagnoses. */
    static CheckView of(CheckReport report, RulesPreview.Preview preview, Locale locale) {
        CheckView view = of(report, locale);
        if (preview.scenarios().isEmpty()) {
            return view;
        }
        ScenarioPreview scenarios = preview.scenarios().get();
        List<Change> changes = scenarios.answers().stream().map(a -> new Change(a.scenario(), a.file(),
                a.change().added(), a.change().removed(), a.change().amounts(), a.change().statuses(),
                a.change().sentences())).toList();
        return new CheckView(view.version, view.passed, view.scenariosRun, view.scenarioFolders, view.problems, changes,
                view.scenariosSkipped, scenarios.summary(), view.expectationChanges, preview.replay().orElse(null));
    }

    private static boolean skipped(CheckReport report) {
        return report.problems().stream().anyMatch(p -> p.kind() != CheckProblem.Kind.SCENARIO);
    }
}
