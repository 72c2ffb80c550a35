package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.rules.Phrase;

/** What is wrong with a rules edit, where: a compile error, a bad threshold, a failed scenario. */
public record RuleProblem(String file, int line, Phrase phrase) {

    public static RuleProblem of(String file, int line, String code, Object... args) {
        return new RuleProblem(file, line, Phrase.of(code, args));
    }

    /** What is wrong, in English. */
    public String message() {
        return phrase.english();
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message() : file + ": " + message();
    }
}
