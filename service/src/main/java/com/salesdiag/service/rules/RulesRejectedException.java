package com.salesdiag.service.rules;

import com.salesdiag.engine.check.CheckProblem;

import java.util.List;

/** A rules edit failed its check: answered 422 with every problem; the old rules keep serving. */
class RulesRejectedException extends RuntimeException {

    private final transient Object outcome;
    private final transient List<CheckProblem> problems;

    RulesRejectedException(String message, Object outcome, List<CheckProblem> problems) {
        super(message);
        this.outcome = outcome;
        this.problems = List.copyOf(problems);
    }

    Object outcome() {
        return outcome;
    }

    List<CheckProblem> problems() {
        return problems;
    }
}
