package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckProblem;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One problem of a rules check, as the API shows it. */
@Schema(name = "CheckProblem", description = "A problem of a rules check: where (file, line) or which scenario, and what")
record RuleProblemView(@Schema(description = "COMPILE, SANITY or SCENARIO") String kind, String file, int line,
                       @Schema(description = "The scenario that no longer holds; empty for other kinds") String scenario,
                       String message) {

    static RuleProblemView of(CheckProblem problem) {
        return new RuleProblemView(problem.kind().name(), problem.file(), problem.line(), problem.scenario(),
                problem.message());
    }

    static List<RuleProblemView> of(List<CheckProblem> problems) {
        return problems.stream().map(RuleProblemView::of).toList();
    }
}
