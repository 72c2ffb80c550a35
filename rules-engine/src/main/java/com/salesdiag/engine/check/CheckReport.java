package com.salesdiag.engine.check;

import java.util.List;

/**
 * What checking a rules edit found. Plain data, safe to return as JSON.
 *
 * @param version         content hash of the rule files checked (the version they would serve under)
 * @param passed          true when nothing is wrong: the edit may serve
 * @param scenariosRun    how many scenarios ran against the edit (0 when it did not compile)
 * @param scenarioFolders the folders the scenarios came from
 */
public record CheckReport(String version, boolean passed, int scenariosRun, List<String> scenarioFolders,
                          List<CheckProblem> problems) {

    public CheckReport {
        scenarioFolders = List.copyOf(scenarioFolders);
        problems = List.copyOf(problems);
    }

    public List<CheckProblem> problems(CheckProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
