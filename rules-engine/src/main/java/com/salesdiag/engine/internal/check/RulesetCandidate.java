package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.CheckReport;

import com.salesdiag.engine.internal.ruleset.Ruleset;

import java.util.Optional;

/**
 * A checked rules edit and the report.
 *
 * @param ruleset  the compiled ruleset, present only when the edit passed every check: what may serve
 * @param compiled the compiled ruleset whenever it compiled and passed its own checks, even if scenarios failed:
 *                 what a preview may diagnose with, never serve
 */
public record RulesetCandidate(Optional<Ruleset> ruleset, CheckReport report, Optional<Ruleset> compiled) {

    public RulesetCandidate(Optional<Ruleset> ruleset, CheckReport report) {
        this(ruleset, report, ruleset);
    }

    public boolean passed() {
        return report.passed();
    }
}
