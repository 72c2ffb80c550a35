package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * Something wrong or right, derived by a rule (logically inserted: it disappears when its reasons do).
 *
 * @param kind "outcome" (goal attainment), "cause" (a reason that is not the person's: blocks personal
 *             actions), "personal" (capability, coaching) or "positive"
 * @param step the ladder step of the rule that derived it, used to rank
 */
public record Finding(String code, String kind, int step, SubjectType subjectType, String subjectId,
                      String rule, List<Evidence> evidence) {

    /** The value of one named piece of evidence, or null; lets a rule pass a figure on to what it derives. */
    public Object evidenceValue(String name) {
        return evidence.stream().filter(e -> e.name().equals(name)).map(Evidence::value).findFirst().orElse(null);
    }
}
