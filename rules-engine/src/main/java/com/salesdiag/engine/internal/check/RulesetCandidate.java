package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.CheckReport;

import com.salesdiag.engine.internal.ruleset.Ruleset;

import com.salesdiag.engine.answer.Diagnosis;

import java.util.Map;
import java.util.Optional;

/**
 * A checked rules edit and the report.
 *
 * @param ruleset  the compiled ruleset, present only when the edit passed every check: what may serve
 * @param compiled the compiled ruleset whenever it compiled and passed its own checks, even if scenarios failed:
 *                 what a preview may diagnose with, never serve
 * @param scenarioDiagnoses what the compiled rules concluded on each scenario file that ran, by file: a preview
 *                 compares them with the rules serving without diagnosing them again
 */
public record RulesetCandidate(Optional<Ruleset> ruleset, CheckReport report, Optional<Ruleset> compiled,
                               Map<String, Diagnosis> scenarioDiagnoses) {

    public RulesetCandidate {
        scenarioDiagnoses = Map.copyOf(scenarioDiagnoses);
    }

    public RulesetCandidate(Optional<Ruleset> ruleset, CheckReport report) {
        this(ruleset, report, ruleset, Map.of());
    }

    public boolean passed() {
        return report.passed();
    }
}
