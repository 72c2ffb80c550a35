package com.salesdiag.engine.internal.ruleset;

/** What is wrong with a rules edit, where: a compile error, a bad threshold, a failed scenario. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
