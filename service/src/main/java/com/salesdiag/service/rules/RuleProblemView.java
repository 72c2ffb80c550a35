package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckProblem;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** One problem of a rules check, as the API shows it, in the reader's language. */
@Schema(name = "CheckProblem", description = "A problem of a rules check: where (file, line) or which scenario, and what")
record RuleProblemView(@Schema(description = "COMPILE, SANITY or SCENARIO") String kind, String file, int line,
                       @Schema(description = "The scenario that no longer holds; empty for other kinds") String scenario,
                       @Schema(description = "What is wrong, in the reader's language (Accept-Language: en or it); "
                               + "text of Drools' compiler is quoted in English") String message,
                       @Schema(description = "What is wrong as a stable code, for programs (threshold.outOfRange, "
                               + "threshold.undefined, text.unknownPlaceholder, compile.drools, scenario.notConcluded…); "
                               + "empty for a problem the rules log kept from before problems had codes",
                               example = "threshold.outOfRange") String code) {

    static RuleProblemView of(CheckProblem problem, Locale locale) {
        return new RuleProblemView(problem.kind().name(), problem.file(), problem.line(), problem.scenario(),
                problem.message(locale), problem.code());
    }

    static List<RuleProblemView> of(List<CheckProblem> problems, Locale locale) {
        return problems.stream().map(p -> of(p, locale)).toList();
    }
}
