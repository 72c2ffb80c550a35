package com.salesdiag.engine.invariants;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The domain's invariants (docs/domain.md), checked on 10,000 generated companies per run (QuickTheories; the seed is fixed for a
 * repeatable build and can be changed with -Dinvariants.seed=N to explore). Each company is diagnosed by the real
 * rules and checked by {@link LadderInvariants}.
 */
class DomainInvariantsTests {

    private static final int COMPANIES = Integer.getInteger("invariants.companies", 10_000);
    private static final long SEED = Long.getLong("invariants.seed", 20261126L);

    private static DiagnosisEngine engine;
    private static LadderInvariants invariants;
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    @BeforeAll
    static void compileRules() {
        engine = DiagnosisEngine.withPackagedRules();
        invariants = new LadderInvariants(engine);
    }

    @Test
    void invariantsHoldForEveryGeneratedCompany() {
        qt().withFixedSeed(SEED).withExamples(COMPANIES).withShrinkCycles(50)
                .forAll(longs().all())
                .describedAs(seed -> "company generated from seed " + seed)
                .checkAssert(seed -> {
                    CompanyFacts facts = CompanyGenerator.company(seed);
                    Diagnosis diagnosis = engine.diagnose(facts);
                    count(diagnosis);
                    invariants.holdFor(facts, diagnosis, seed);
                });
    }

    /** The deep steps of the ladder must actually be reached, or the invariants above would hold vacuously. */
    @AfterAll
    static void generatorReachesEveryStepOfTheLadder() {
        if (SEEN.isEmpty()) {
            return;
        }
        System.out.println("Companies in which each code appeared: " + new java.util.TreeMap<>(SEEN));
        assertThat(SEEN.keySet()).contains("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE",
                "DELIVERY_DELAYS", "CUSTOMER_SERVICE_PROBLEMS", "MARKETING_MISMATCH", "PRICE_NOT_COMPETITIVE",
                "PRODUCT_NOT_COMPETITIVE", "TRAINING_GAP", "MARKET_DOWNTURN", "SYSTEMIC_SHORTFALL", "TOP_PERFORMER");
        assertThat(SEEN.get("HR_DISMISSAL_REVIEW").get()).as("companies with an HR review").isGreaterThan(COMPANIES / 500);
        assertThat(SEEN.get("PERSONAL_COACHING").get()).as("companies with coaching").isGreaterThan(COMPANIES / 100);
    }

    private static void count(Diagnosis diagnosis) {
        diagnosis.findings().stream().map(DiagnosedFinding::code).distinct()
                .forEach(code -> SEEN.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet());
        diagnosis.recommendations().stream().map(DiagnosedRecommendation::action).distinct()
                .forEach(code -> SEEN.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet());
    }
}
