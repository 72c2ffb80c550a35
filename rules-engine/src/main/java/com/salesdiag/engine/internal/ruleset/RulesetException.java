package com.salesdiag.engine.internal.ruleset;

import java.util.List;

/** A ruleset that cannot serve, with every problem found. */
public class RulesetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RulesetException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
