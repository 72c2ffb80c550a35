package com.salesdiag.engine.rules;

import java.util.Locale;

/**
 * One reason a rules edit cannot serve.
 *
 * @param kind     COMPILE (the rules do not build), SANITY (a threshold or band makes no sense) or SCENARIO (a
 *                 scenario no longer holds)
 * @param file     the rule file (relative to the rules folder) or, for a scenario, the scenario file
 * @param line     line in the file (row of a decision table); 0 when unknown
 * @param scenario the scenario's name, for SCENARIO problems; empty otherwise
 * @param message  what is wrong, for an analyst, in English (what is printed, logged and stored)
 * @param phrase   the same as a code and its arguments, to word it in the reader's language; null for a problem
 *                 written as plain text only (one stored in the rules log before problems had codes)
 */
public record CheckProblem(Kind kind, String file, int line, String scenario, String message, Phrase phrase) {

    public enum Kind { COMPILE, SANITY, SCENARIO }

    public CheckProblem {
        scenario = scenario == null ? "" : scenario;
        message = message == null && phrase != null ? phrase.english() : message;
    }

    /** A problem said in plain text only, shown as it is in every language. */
    public CheckProblem(Kind kind, String file, int line, String scenario, String message) {
        this(kind, file, line, scenario, message, null);
    }

    public static CheckProblem of(Kind kind, String file, int line, Phrase phrase) {
        return new CheckProblem(kind, file, line, "", phrase.english(), phrase);
    }

    public static CheckProblem scenario(String name, String file, Phrase difference) {
        return new CheckProblem(Kind.SCENARIO, file, 0, name, difference.english(), difference);
    }

    /** What is wrong in {@code locale}'s language; a problem without a code as it was written. */
    public String message(Locale locale) {
        return phrase == null ? message : phrase.in(locale);
    }

    /** The problem's stable code ({@code threshold.outOfRange}); empty for a problem written as plain text only. */
    public String code() {
        return phrase == null ? "" : phrase.code();
    }

    /** {@code file:line: message}, or {@code scenario NAME: difference}, in {@code locale}'s language. */
    public String toString(Locale locale) {
        String text = message(locale);
        if (kind == Kind.SCENARIO) {
            return Phrase.of("problem.inScenario", scenario, text).in(locale);
        }
        return line > 0 ? file + ":" + line + ": " + text : file + ": " + text;
    }

    /** {@code file:line: message}, or {@code scenario NAME: difference}. */
    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }
}
