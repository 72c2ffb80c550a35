package com.salesdiag.engine.answer;

import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * A corrective action the rules recommended and the engine did not, because it would break one of the domain's
 * invariants: an edited rule may conclude anything, the answer may not.
 *
 * @param reason   {@code UPSTREAM_CAUSE_STANDS} (invariant 1), {@code NO_SHORTFALL} (the goal of the period was not
 *                 missed), {@code PARTIAL_PERIOD} (the facts cover only part of the period: invariant 7), {@code NO_INEFFECTIVE_COACHING} (invariant 2), {@code ALSO_RECOGNISED} (invariant 4) or
 *                 {@code CAUSE_NOT_VERIFIED} (an HR review while an upstream check could not be made: invariants 6, 7)
 * @param basedOn  for an upstream cause, the codes of the causes that stand for the person
 */
public record WithheldAction(String action, SubjectType subjectType, String subjectId, String subjectName,
                             String rule, String reason, List<String> basedOn) {

    @Override
    public String toString() {
        return action + " for " + subjectId + " (rule \"" + rule + "\"): " + reason
                + (basedOn.isEmpty() ? "" : " " + basedOn);
    }
}
