package com.salesdiag.engine.invariants;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.PeriodCoverage;
import com.salesdiag.engine.derived.PeriodCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * DOMAIN invariant 7 on generated companies: part of a period is too little to judge a person on. Each company is
 * diagnosed whole, then again with its data ending on a random day of the period under diagnosis, with goals
 * prorated or not: nobody is then coached, sent to HR, found to have an individual gap or recognised; without
 * prorated goals nobody is measured against the goal at all; and the causes found are those of the whole period
 * (the figures are the same), never more.
 */
class PartialPeriodInvariantsTests {

    private static final int COMPANIES = Integer.getInteger("invariants.partialPeriod.companies", 400);
    private static final long SEED = Long.getLong("invariants.seed", 20261206L);
    private static final Set<String> PERSONAL_ACTIONS = Set.of("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW", "RECOGNIZE");
    private static final Set<String> PERSONAL_FINDINGS = Set.of("CAPABILITY_GAP", "COACHING_INEFFECTIVE",
            "TOP_PERFORMER", "RETENTION_RISK");
    private static final Set<String> GOAL_VERDICTS = Set.of("GOAL_MISSED", "GOAL_MET", "GOAL_EXCEEDED");

    private static DiagnosisEngine engine;
    /** How many whole-period diagnoses had a personal action that part of the period withheld: the property bites. */
    private static final AtomicInteger PERSONAL_ACTIONS_WITHHELD = new AtomicInteger();

    @BeforeAll
    static void compileRules() {
        engine = DiagnosisEngine.withPackagedRules();
    }

    @Test
    void partOfAPeriodJudgesNobodyPersonally() {
        qt().withFixedSeed(SEED).withExamples(COMPANIES).withShrinkCycles(20)
                .forAll(longs().all())
                .describedAs(seed -> "company generated from seed " + seed)
                .checkAssert(seed -> {
                    CompanyFacts whole = CompanyGenerator.company(seed);
                    SplittableRandom random = new SplittableRandom(seed);
                    Period period = PeriodCalendar.parse(whole.period(), true);
                    PeriodCoverage coverage = new PeriodCoverage(
                            period.start().plusDays(random.nextLong(period.getDays() - 1)), random.nextBoolean());
                    Diagnosis full = engine.diagnose(whole);
                    Diagnosis part = engine.diagnose(covered(whole, coverage));
                    String what = "data through " + coverage.dataThrough()
                            + (coverage.prorateGoals() ? ", goals prorated" : "");

                    assertThat(part.withheld()).as("withheld, " + what).isEmpty();
                    assertThat(actions(part)).as("personal actions, " + what).doesNotContainAnyElementsOf(PERSONAL_ACTIONS);
                    assertThat(codes(part)).as("personal findings, " + what).doesNotContainAnyElementsOf(PERSONAL_FINDINGS);
                    if (!coverage.prorateGoals()) {
                        assertThat(codes(part)).as("goal verdicts, " + what).doesNotContainAnyElementsOf(GOAL_VERDICTS);
                        assertThat(causes(part)).as("causes, " + what).isSubsetOf(causes(full));
                    }
                    if (actions(full).stream().anyMatch(PERSONAL_ACTIONS::contains)) {
                        PERSONAL_ACTIONS_WITHHELD.incrementAndGet();
                    }
                });
    }

    @AfterAll
    static void wholePeriodsDidHavePersonalActions() {
        assertThat(PERSONAL_ACTIONS_WITHHELD.get()).isPositive();
    }

    static CompanyFacts covered(CompanyFacts f, PeriodCoverage coverage) {
        return new CompanyFacts(f.company(), f.period(), f.departments(), f.salespeople(), f.goals(), f.results(),
                f.products(), f.productPerformance(), f.delivery(), f.customerService(), f.marketing(),
                f.marketIndicators(), f.trainings(), f.coachingPlans(), f.recognitions(), f.feedback(), f.techniques(),
                f.notSent(), coverage.dataThrough(), coverage.prorateGoals());
    }

    private static List<String> actions(Diagnosis d) {
        return d.recommendations().stream().map(DiagnosedRecommendation::action).toList();
    }

    private static List<String> codes(Diagnosis d) {
        return d.findings().stream().map(DiagnosedFinding::code).toList();
    }

    private static Set<String> causes(Diagnosis d) {
        return d.findings().stream().filter(f -> f.kind().equals("cause"))
                .map(f -> f.code() + " " + f.subjectType() + " " + f.subjectId()).collect(Collectors.toSet());
    }
}
