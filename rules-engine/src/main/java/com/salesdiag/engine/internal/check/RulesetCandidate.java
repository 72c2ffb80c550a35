package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.CheckReport;

import com.salesdiag.engine.internal.ruleset.Ruleset;

import java.util.Optional;

/** A checked rules edit: the compiled ruleset, present only when the edit passed every check, and the report. */
public record RulesetCandidate(Optional<Ruleset> ruleset, CheckReport report) {

    public boolean passed() {
        return report.passed();
    }
}
