package com.salesdiag.engine.invariants;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.PlanStatus;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.answer.ReviewRecord;
import com.salesdiag.engine.internal.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain's invariants (docs/domain.md) for one diagnosed company, against {@link UpstreamOracle}'s independent
 * reading of the specification. The oracle reads thresholds from the engine's own ruleset, so an analyst's edit of a
 * threshold or of a conclusion that keeps the invariants passes here without any Java changing.
 */
final class LadderInvariants {

    private static final Set<String> CORRECTIVE = Set.of("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW");
    private static final Set<String> CORRECTED_FINDINGS = Set.of("CAPABILITY_GAP", "COACHING_INEFFECTIVE");

    private final DiagnosisEngine engine;

    LadderInvariants(DiagnosisEngine engine) {
        this.engine = engine;
    }

    /** Diagnoses nothing itself but the shuffled copy: {@code diagnosis} is the engine's answer for {@code facts}. */
    void holdFor(CompanyFacts facts, Diagnosis diagnosis, long seed) {
        // The rules alone keep the invariants: the engine's guard never has to hold anything back.
        assertThat(diagnosis.withheld()).isEmpty();
        noPersonalActionWhileAnUpstreamCauseStands(facts, diagnosis);
        everyUpstreamCauseIsReported(facts, diagnosis);
        noDismissalReviewWithoutIneffectiveDocumentedCoaching(facts, diagnosis);
        everyConclusionIsExplained(diagnosis);
        nobodyIsRecognisedAndCorrected(diagnosis);
        sameFactsInAnyOrderGiveTheSameAnswer(facts, diagnosis, seed);
    }

    /** Invariant 1. */
    private void noPersonalActionWhileAnUpstreamCauseStands(CompanyFacts facts, Diagnosis diagnosis) {
        UpstreamOracle oracle = new UpstreamOracle(facts, engine.ruleset());
        for (DiagnosedRecommendation r : diagnosis.recommendations()) {
            if (CORRECTIVE.contains(r.action())) {
                Salesperson person = person(facts, r.subjectId());
                assertThat(oracle.causesFor(person)).as(r.action() + " for " + person.id() + " while causes stand").isEmpty();
                List<DiagnosedFinding> reported = diagnosis.findings().stream()
                        .filter(f -> "cause".equals(f.kind()) && appliesTo(f, person)).toList();
                assertThat(reported).as(r.action() + " for " + person.id() + " beside reported causes").isEmpty();
            }
        }
    }

    /** The oracle's causes all appear in the diagnosis: no upstream step was skipped. */
    private void everyUpstreamCauseIsReported(CompanyFacts facts, Diagnosis diagnosis) {
        UpstreamOracle oracle = new UpstreamOracle(facts, engine.ruleset());
        List<UpstreamOracle.Cause> expected = new ArrayList<>(oracle.companyCauses());
        facts.departments().forEach(d -> expected.addAll(oracle.departmentCauses(d.id())));
        facts.products().forEach(p -> expected.addAll(oracle.productCauses(p.id())));
        facts.salespeople().forEach(s -> expected.addAll(oracle.personalCauses(s)));
        Set<UpstreamOracle.Cause> reported = diagnosis.findings().stream()
                .map(f -> new UpstreamOracle.Cause(f.code(), f.subjectType().name(), f.subjectId()))
                .collect(Collectors.toSet());
        assertThat(reported).containsAll(expected);
    }

    /** Invariant 2, and the record docs/domain.md asks every HR review to carry. */
    private void noDismissalReviewWithoutIneffectiveDocumentedCoaching(CompanyFacts facts, Diagnosis diagnosis) {
        UpstreamOracle oracle = new UpstreamOracle(facts, engine.ruleset());
        int sustained = (int) oracle.t("coaching.sustainedPeriods");
        long minDays = (long) oracle.t("coaching.minPlanDays");
        int minDocumentation = (int) oracle.t("coaching.minDocumentationCharacters");
        int current = PeriodCalendar.parse(facts.period(), true).index();
        for (DiagnosedRecommendation r : diagnosis.recommendations()) {
            if (!r.action().equals("HR_DISMISSAL_REVIEW")) {
                continue;
            }
            boolean justified = facts.coachingPlans().stream()
                    .filter(p -> p.salespersonId().equals(r.subjectId()))
                    .filter(p -> p.status() == PlanStatus.COMPLETED && p.end() != null && p.getDays() >= minDays
                            && p.getDocumentationCharacters() >= minDocumentation)
                    .anyMatch(p -> missedEveryPeriodSince(oracle, p, current, sustained));
            assertThat(justified).as("HR review of " + r.subjectId() + " rests on completed, documented, long enough, ineffective coaching").isTrue();
            assertThat(facts.coachingPlans()).as("no plan of " + r.subjectId() + " still running")
                    .noneMatch(p -> p.salespersonId().equals(r.subjectId())
                            && (p.status() == PlanStatus.PLANNED || p.status() == PlanStatus.IN_PROGRESS));
            ReviewRecord record = r.review();
            assertThat(record).isNotNull();
            assertThat(record.periods()).isNotEmpty().allSatisfy(p -> assertThat(p.target()).isPositive());
            assertThat(record.consecutivePeriodsMissed()).isGreaterThanOrEqualTo(sustained);
            assertThat(record.excludedCauses()).extracting(c -> c.stage())
                    .contains("market", "product", "price", "delivery", "customer-service", "marketing", "training");
            // HR reads each exclusion as a sentence in both languages, about a subject named as the facts name it
            assertThat(record.excludedCauses()).allSatisfy(c -> {
                assertThat(c.subjectName()).isNotBlank();
                assertThat(c.explanation()).containsOnlyKeys("en", "it");
                assertThat(c.explanation().values()).allSatisfy(sentence -> assertThat(sentence)
                        .contains(c.subjectName()).doesNotContain("{", "?"));
            });
            assertThat(record.departmentName()).isNotBlank();
            assertThat(record.coaching()).isNotEmpty();
            assertThat(record.statement().get("en")).contains("not a decision");
            assertThat(record.statement().get("it")).contains("non una decisione");
        }
    }

    private static boolean missedEveryPeriodSince(UpstreamOracle oracle, CoachingPlan plan, int current, int sustained) {
        List<Double> after = CompanyGenerator.PERIODS.stream()
                .map(id -> PeriodCalendar.parse(id, false))
                .filter(p -> p.index() <= current && p.start().isAfter(plan.end()))
                .map(p -> oracle.attainment(plan.salespersonId(), p.id()))
                .flatMap(Optional::stream).toList();
        return after.size() >= sustained && after.stream().allMatch(a -> a < oracle.missedBelow());
    }

    /** Invariant 3: every conclusion names its rules and figures, and reads as a sentence in both languages. */
    private void everyConclusionIsExplained(Diagnosis diagnosis) {
        Ruleset ruleset = engine.ruleset();
        for (DiagnosedFinding f : diagnosis.findings()) {
            assertThat(f.rules()).isNotEmpty().allSatisfy(rule -> assertThat(ruleset.rule(rule)).isPresent());
            assertThat(f.evidence()).as(f.code() + " evidence").isNotEmpty();
            assertSentences(f.code(), f.explanation());
        }
        for (DiagnosedRecommendation r : diagnosis.recommendations()) {
            assertThat(r.rules()).isNotEmpty().allSatisfy(rule -> assertThat(ruleset.rule(rule)).isPresent());
            assertThat(r.evidence()).as(r.action() + " evidence").isNotEmpty();
            assertSentences(r.action(), r.explanation());
        }
        assertThat(diagnosis.rulesetVersion()).isEqualTo(ruleset.version());
    }

    private static void assertSentences(String code, Map<String, String> explanation) {
        assertThat(explanation.keySet()).as(code).containsExactly("en", "it");
        explanation.values().forEach(sentence ->
                assertThat(sentence).as(code).isNotBlank().doesNotContain("{").doesNotContain("?"));
    }

    /** Invariant 4. */
    private void nobodyIsRecognisedAndCorrected(Diagnosis diagnosis) {
        Set<String> recognised = diagnosis.recommendations().stream().filter(r -> r.action().equals("RECOGNIZE"))
                .map(DiagnosedRecommendation::subjectId).collect(Collectors.toSet());
        diagnosis.recommendations().stream().filter(r -> CORRECTIVE.contains(r.action()))
                .forEach(r -> assertThat(recognised).as("recognised and corrected").doesNotContain(r.subjectId()));
        diagnosis.findings().stream().filter(f -> CORRECTED_FINDINGS.contains(f.code()))
                .forEach(f -> assertThat(recognised).as("recognised and found lacking").doesNotContain(f.subjectId()));
    }

    /** Invariant 3, second half: the same facts and rules give the same answer, whatever order facts come in. */
    private void sameFactsInAnyOrderGiveTheSameAnswer(CompanyFacts facts, Diagnosis diagnosis, long seed) {
        Random random = new Random(seed);
        CompanyFacts shuffled = new CompanyFacts(facts.company(), facts.period(), shuffle(facts.departments(), random),
                shuffle(facts.salespeople(), random), shuffle(facts.goals(), random), shuffle(facts.results(), random),
                shuffle(facts.products(), random), shuffle(facts.productPerformance(), random),
                shuffle(facts.delivery(), random), shuffle(facts.customerService(), random),
                shuffle(facts.marketing(), random), shuffle(facts.marketIndicators(), random),
                shuffle(facts.trainings(), random), shuffle(facts.coachingPlans(), random),
                shuffle(facts.recognitions(), random), shuffle(facts.feedback(), random), shuffle(facts.techniques(), random),
                facts.notSent());
        Diagnosis again = engine.diagnose(shuffled);
        assertThat(again.findings()).as("findings with facts in another order")
                .containsExactlyElementsOf(diagnosis.findings());
        assertThat(again.recommendations()).as("recommendations with facts in another order")
                .containsExactlyElementsOf(diagnosis.recommendations());
        assertThat(again).isEqualTo(diagnosis);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static boolean appliesTo(DiagnosedFinding f, Salesperson person) {
        switch (f.subjectType()) {
            case COMPANY:
                return true;
            case DEPARTMENT:
                return f.subjectId().equals(person.departmentId());
            case PRODUCT:
                return person.productIds().contains(f.subjectId());
            case SALESPERSON:
                return f.subjectId().equals(person.id());
            default:
                return false;
        }
    }

    private static Salesperson person(CompanyFacts facts, String id) {
        return facts.salespeople().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
