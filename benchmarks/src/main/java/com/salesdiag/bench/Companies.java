package com.salesdiag.bench;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.invariants.CompanyGenerator;

import java.util.List;
import java.util.stream.Stream;

/**
 * Generated companies of an exact number of salespeople, with the realistic mix of causes of
 * {@link CompanyGenerator} (healthy and troubled departments and products, coached people, top performers,
 * five quarters of history).
 */
public final class Companies {

    private Companies() {
    }

    /** Up to 100: departments of 10 (20 = two of 10); 1,000 = 20 departments of 50; 10,000 = 100 departments of 100. */
    public static CompanyFacts of(int salespeople, long seed) {
        int departments = salespeople <= 100 ? Math.max(1, salespeople / 10) : salespeople <= 1_000 ? 20 : 100;
        if (salespeople % departments != 0) {
            throw new IllegalArgumentException(salespeople + " salespeople do not split into " + departments + " departments");
        }
        return CompanyGenerator.companyOfExactly(seed, departments, salespeople / departments);
    }

    public static long factCount(CompanyFacts f) {
        return Stream.of(f.departments(), f.salespeople(), f.goals(), f.results(), f.products(),
                f.productPerformance(), f.delivery(), f.customerService(), f.marketing(), f.marketIndicators(),
                f.trainings(), f.coachingPlans(), f.recognitions(), f.feedback(), f.techniques())
                .mapToLong(List::size).sum();
    }
}
