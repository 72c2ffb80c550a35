package com.salesdiag.engine.rules;

import java.util.List;

/**
 * What checking a rules edit found. Plain data, safe to return as JSON.
 *
 * @param version         content hash of the rule files checked (the version they would serve under)
 * @param passed          true when nothing is wrong: the edit may serve
 * @param scenariosRun    how many scenarios ran against the edit (0 when it did not compile)
 * @param scenarioFolders the folders the scenarios came from
 * @param changes         for an edit that passed, when asked for ({@code LiveRuleset.preview}): every scenario whose
 *                        diagnosis it changes against the rules serving, with the conclusions added and removed
 * @param expectationChanges when asked for ({@code LiveRuleset.preview}): each expectation of a scenario the edit no
 *                        longer meets, and why; what accepting the new expectations would rewrite
 */
public record CheckReport(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                          List<CheckProblem> problems, List<ScenarioChange> changes,
                          List<ExpectationChange> expectationChanges) {

    public CheckReport {
        scenarioFolders = List.copyOf(scenarioFolders);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        expectationChanges = List.copyOf(expectationChanges);
    }

    public CheckReport(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                       List<CheckProblem> problems, List<ScenarioChange> changes) {
        this(version, passed, scenariosRun, scenarioFolders, problems, changes, List.of());
    }

    public CheckReport(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                       List<CheckProblem> problems) {
        this(version, passed, scenariosRun, scenarioFolders, problems, List.of());
    }

    public CheckReport withChanges(List<ScenarioChange> changes) {
        return new CheckReport(version, passed, scenariosRun, scenarioFolders, problems, changes, expectationChanges);
    }

    public CheckReport withExpectationChanges(List<ExpectationChange> expectationChanges) {
        return new CheckReport(version, passed, scenariosRun, scenarioFolders, problems, changes, expectationChanges);
    }

    /** Whether the rules compiled and passed their own checks, so that scenarios ran (some may have failed). */
    public boolean compiledAndSane() {
        return problems.stream().noneMatch(p -> p.kind() != CheckProblem.Kind.SCENARIO) && !version.isEmpty();
    }

    public List<CheckProblem> problems(CheckProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
