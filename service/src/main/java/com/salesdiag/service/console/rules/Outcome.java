package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.ScenarioChange;

import java.util.List;
import java.util.Locale;

/**
 * What a check or a publish said, as the pages show it: whether it passed, the version tried, the scenarios run,
 * every problem (file and line, or scenario) and, for a check that passed, what it changes scenario by scenario.
 *
 * @param publish     false for a check; true for a publish (or a restore), whose {@code passed} says whether the
 *                    reload accepted it
 * @param restore     a restore of a version (published through the same checks), not an edit
 * @param serving     the version serving after it (a publish) or now (a check)
 * @param lineOf      for problems in the file being edited, the text of the line they name, to show beside them
 */
record Outcome(boolean publish, boolean passed, String version, String serving, int scenariosRun,
               int problemCount, List<Problem> problems, List<ScenarioChange> changes, boolean restore) {

    /** One problem, and the text of the line it names when it is in the file on the page. */
    record Problem(String kind, String file, int line, String scenario, String message, String lineText) {

        public String where() {
            return scenario == null || scenario.isEmpty() ? (line > 0 ? file + ":" + line : file) : scenario;
        }
    }

    /** @param locale the page's language: the problems are worded in it */
    static Outcome checked(CheckReport report, String serving, EditedText edited, Locale locale) {
        return new Outcome(false, report.passed(), report.version(), serving, report.scenariosRun(),
                report.problems().size(), problems(report.problems(), edited, locale), report.changes(), false);
    }

    static Outcome published(LoadAttempt attempt, EditedText edited, Locale locale) {
        return new Outcome(true, attempt.accepted(), attempt.version(), attempt.activeVersion(),
                attempt.scenariosRun(), attempt.problemCount(), problems(attempt.problems(), edited, locale), List.of(), false);
    }

    /** A restore the check refused: the version's own problems, as they are today, in the page's language. */
    static Outcome restoreRefused(LoadAttempt attempt, Locale locale) {
        return new Outcome(true, false, attempt.version(), attempt.activeVersion(), attempt.scenariosRun(),
                attempt.problemCount(), problems(attempt.problems(), null, locale), List.of(), true);
    }

    /** Problems of the files themselves (they do not compile, a value is not allowed), each at its file and line. */
    public List<Problem> fileProblems() {
        return problems.stream().filter(p -> p.scenario() == null || p.scenario().isEmpty()).toList();
    }

    /** Scenarios that no longer hold: often many for one wrong value, so the pages fold them under the file problems. */
    public List<Problem> scenarioProblems() {
        return problems.stream().filter(p -> p.scenario() != null && !p.scenario().isEmpty()).toList();
    }

    public long scenariosBroken() {
        return scenarioProblems().stream().map(Problem::scenario).distinct().count();
    }

    /** The problems in a given file at a given line (a threshold's row), to show next to its field. */
    public List<Problem> at(String file, int line) {
        return problems.stream().filter(p -> p.file().equals(file) && p.line() == line && p.scenario().isEmpty())
                .toList();
    }

    private static List<Problem> problems(List<CheckProblem> problems, EditedText edited, Locale locale) {
        return problems.stream().map(p -> new Problem(p.kind().name(), p.file(), p.line(), p.scenario(),
                p.message(locale), edited == null ? null : edited.line(p.file(), p.line()))).toList();
    }

    /** The text on the page of one file, to quote the line a problem names. */
    record EditedText(String path, String text) {

        String line(String file, int line) {
            if (!path.equals(file) || line < 1) {
                return null;
            }
            String[] lines = text.split("\n", -1);
            return line <= lines.length ? lines[line - 1].strip() : null;
        }
    }
}
