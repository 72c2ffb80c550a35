package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckProblem;

import java.util.List;

/** A rules edit failed its check: answered 422 with every problem; the old rules keep serving. */
class RulesRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;
    private final transient Object outcome;
    private final transient List<CheckProblem> problems;

    private final int problemCount;

    /**
     * @param code    the message saying what was refused, with {@code args}, in the reader's language
     * @param outcome the answer the endpoint would have given (the service's view of the report or attempt)
     */
    RulesRejectedException(String code, Object[] args, Object outcome, List<CheckProblem> problems) {
        this(code, args, outcome, problems, problems.size());
    }

    /** @param problemCount how many problems there are in all, when {@code problems} lists only the first ones */
    RulesRejectedException(String code, Object[] args, Object outcome, List<CheckProblem> problems, int problemCount) {
        super(code);
        this.code = code;
        this.args = args.clone();
        this.outcome = outcome;
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    int problemCount() {
        return problemCount;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }

    Object outcome() {
        return outcome;
    }

    List<CheckProblem> problems() {
        return problems;
    }
}
