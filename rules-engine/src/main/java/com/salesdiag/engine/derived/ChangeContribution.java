package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

/**
 * What one part of a scope (a department of the company, a salesperson of a department, a product) adds to the
 * scope's change, in cents. Parts that fell share the falls, parts that rose share the rises: {@code shareBasisPoints}
 * is the part's share, in hundredths of a percent, of the sum of the falls (when {@code changeCents} is negative)
 * or of the rises (when positive); the shares of each side add up to exactly 10,000 (largest remainder).
 */
public record ChangeContribution(SubjectType subjectType, String subjectId, Presence presence, long changeCents,
                                 int shareBasisPoints) {

    public boolean isFall() {
        return changeCents < 0;
    }

    /** The change in money, without its sign (changeCents is in cents), for rules and sentences. */
    public double getAmount() {
        return Math.abs(changeCents) / 100d;
    }

    /** The share as a fraction (0.7 for 70 %), for rules and sentences. */
    public double getShare() {
        return shareBasisPoints / 10_000d;
    }
}
