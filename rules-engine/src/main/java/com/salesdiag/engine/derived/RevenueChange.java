package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * Revenue of one scope (the company, a department, a salesperson, a product) in the period under diagnosis against
 * one earlier period, in cents. When the comparison could not be made, {@code notComparable} says why and every
 * figure is null: nothing is invented.
 * <p>
 * The parts add up exactly: {@code contributors} (the company's departments, a department's salespeople) sum to
 * {@code changeCents}; so do the three parts of {@code people} and of {@code volumeValue}; the company's
 * {@code products} sum to the products' own change.
 *
 * @param relativeChange change / earlier revenue, to four decimals; null when the earlier revenue was zero
 * @param volumeValue    null unless deals won are known for every result of the scope in both periods, and
 *                       more than zero in each
 */
public record RevenueChange(SubjectType subjectType, String subjectId, ChangeBasis basis, String period,
                            String earlierPeriod, NotComparable notComparable, Long earlierCents, Long currentCents,
                            Long changeCents, Double relativeChange, List<ChangeContribution> contributors,
                            PeopleChange people, VolumeValue volumeValue, ProductsChange products) {

    public RevenueChange {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    public static RevenueChange notComparable(SubjectType type, String id, ChangeBasis basis, String period,
                                              String earlierPeriod, NotComparable why) {
        return new RevenueChange(type, id, basis, period, earlierPeriod, why, null, null, null, null, List.of(),
                null, null, null);
    }

    public boolean isCompared() {
        return notComparable == null;
    }

    public boolean isFall() {
        return changeCents != null && changeCents < 0;
    }

    public boolean isRise() {
        return changeCents != null && changeCents > 0;
    }
}
