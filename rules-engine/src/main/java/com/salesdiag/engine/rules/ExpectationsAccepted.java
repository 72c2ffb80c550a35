package com.salesdiag.engine.rules;

import java.util.List;

/**
 * What accepting an edit's new expectations did to the rules folder's own scenarios. Plain data, safe to return as
 * JSON.
 *
 * @param outcome     ACCEPTED: scenarios were rewritten; NOTHING_TO_ACCEPT: every scenario holds; REFUSED: nothing
 *                    was written (see {@code refusal})
 * @param version     the version of the rule files the expectations were accepted for
 * @param rewritten   each scenario file rewritten, with the expectations moved and the difference
 * @param adoptedInto the folder the scenario suite was copied into, to become the rules folder's own, or empty
 * @param adopted     how many scenario files were copied there
 * @param notAccepted scenarios whose expectations could not be accepted, and why; they still fail
 * @param after       the check of the folder once rewritten (or, when refused, the check that refused)
 */
public record ExpectationsAccepted(Outcome outcome, Refusal refusal, String version, List<RewrittenScenario> rewritten,
                                   String adoptedInto, int adopted, List<NotAccepted> notAccepted, CheckReport after) {

    public enum Outcome { ACCEPTED, NOTHING_TO_ACCEPT, REFUSED }

    /** RULES_CHANGED: the folder is not the version the analyst checked; RULES_FAIL_THEIR_CHECKS: they must first compile and pass them. */
    public enum Refusal { NONE, RULES_CHANGED, RULES_FAIL_THEIR_CHECKS }

    public ExpectationsAccepted {
        rewritten = List.copyOf(rewritten);
        notAccepted = List.copyOf(notAccepted);
    }

    /** One scenario file rewritten: its expectations moved, and the difference as {@code diff -u} prints it. */
    public record RewrittenScenario(String scenario, String file, List<ExpectationChange> changes, String diff) {

        public RewrittenScenario {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A scenario whose expectations cannot be accepted. BREAKS_AN_INVARIANT: the edit recommends what the domain
     * forbids, which no expectation may allow; CANNOT_BE_READ: the file is not a valid scenario;
     * OUTSIDE_THE_RULES_FOLDER: it comes from a scenario folder configured apart from the rules, to be edited there.
     */
    public record NotAccepted(String scenario, String file, Reason reason, String detail) {

        public enum Reason { BREAKS_AN_INVARIANT, CANNOT_BE_READ, OUTSIDE_THE_RULES_FOLDER }
    }
}
