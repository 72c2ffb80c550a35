package com.salesdiag.engine.rules;

/**
 * One reason a rules edit cannot serve.
 *
 * @param kind     COMPILE (the rules do not build), SANITY (a threshold or band makes no sense) or SCENARIO (a
 *                 scenario no longer holds)
 * @param file     the rule file (relative to the rules folder) or, for a scenario, the scenario file
 * @param line     line in the file (row of a decision table); 0 when unknown
 * @param scenario the scenario's name, for SCENARIO problems; empty otherwise
 * @param message  what is wrong, for an analyst
 */
public record CheckProblem(Kind kind, String file, int line, String scenario, String message) {

    public enum Kind { COMPILE, SANITY, SCENARIO }

    public static CheckProblem of(Kind kind, String file, int line, String message) {
        return new CheckProblem(kind, file, line, "", message);
    }

    public static CheckProblem scenario(String name, String file, String difference) {
        return new CheckProblem(Kind.SCENARIO, file, 0, name, difference);
    }

    /** {@code file:line: message}, or {@code scenario NAME: difference}. */
    @Override
    public String toString() {
        if (kind == Kind.SCENARIO) {
            return "scenario " + scenario + ": " + message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
