package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.PlanStatus;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.internal.ruleset.Ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The domain's invariants 1, 2, 4 and 7 (docs/domain.md) enforced on what the rules concluded, independently of the rules: a rule an
 * analyst adds or edits may recommend coaching or an HR review, but the engine passes such an action on only
 * <ul>
 *   <li>when no cause (a finding of kind {@code cause}) stands for the person's company, department, products or
 *       self (invariant 1);</li>
 *   <li>when the person missed the goal of the period under diagnosis, and the facts cover the whole period
 *       (invariant 7);</li>
 *   <li>for an HR review, when the person completed a documented coaching or additional-training plan (of at least
 *       {@code coaching.minPlanDays} days, documented with at least {@code coaching.minDocumentationCharacters}
 *       letters or digits) and missed
 *       the goal in every measured period since, for at least {@code coaching.sustainedPeriods} of them
 *       (invariant 2), and every upstream check bearing on the person was made on enough data (invariants 6, 7:
 *       see {@link UnverifiedChecks});</li>
 *   <li>when the same diagnosis does not also recognise the person (invariant 4).</li>
 * </ul>
 * What it holds back is reported, never silently dropped. With the packaged ladder it holds back nothing: the
 * property tests assert so on thousands of companies.
 */
final class InvariantGuard {

    static final Set<String> CORRECTIVE = Set.of("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW");

    /** What passes, what is held back and why, and the held-back recommendations themselves (to withdraw). */
    record Guarded(SessionOutcome outcome, List<WithheldAction> withheld, List<Recommendation> heldBack) {
    }

    private final CompanyFacts facts;
    private final double missedBelow;
    private final int sustainedPeriods;
    private final int minPlanDays;
    private final int minDocumentationCharacters;
    private final Map<String, Salesperson> people = new HashMap<>();
    private final SubjectNames names;
    private final boolean periodComplete;

    /** The threshold of the table that says how long a shortfall after coaching must last. */
    private static final String SUSTAINED_PERIODS = "coaching.sustainedPeriods";

    /** The guard of a company's diagnosis under a ruleset's bands and thresholds. */
    static InvariantGuard of(Ruleset ruleset, CompanyFacts facts, SubjectNames names) {
        return new InvariantGuard(facts, missedUpperBound(ruleset),
                ruleset.threshold(SUSTAINED_PERIODS).orElse(1d).intValue(),
                ruleset.threshold("coaching.minPlanDays").orElse(1d).intValue(),
                ruleset.threshold("coaching.minDocumentationCharacters").orElse(1d).intValue(), names);
    }

    /** Where the goal band GOAL_MISSED ends: below it a goal is missed. */
    static double missedUpperBound(Ruleset ruleset) {
        return ruleset.bands("goal").stream().filter(b -> b.code().equals("GOAL_MISSED"))
                .mapToDouble(com.salesdiag.engine.derived.Band::upper).findFirst().orElse(Double.NaN);
    }

    InvariantGuard(CompanyFacts facts, double missedBelow, int sustainedPeriods, SubjectNames names) {
        this(facts, missedBelow, sustainedPeriods, 1, 1, names);
    }

    InvariantGuard(CompanyFacts facts, double missedBelow, int sustainedPeriods, int minPlanDays,
                   int minDocumentationCharacters, SubjectNames names) {
        this.facts = facts;
        this.minPlanDays = Math.max(1, minPlanDays);
        this.minDocumentationCharacters = Math.max(1, minDocumentationCharacters);
        this.names = names;
        this.periodComplete = PeriodCalendar.underDiagnosis(facts).isComplete();
        this.missedBelow = missedBelow;
        this.sustainedPeriods = Math.max(1, sustainedPeriods);
        facts.salespeople().forEach(s -> people.putIfAbsent(s.id(), s));
    }

    Guarded apply(SessionOutcome outcome) {
        List<Recommendation> kept = new ArrayList<>(outcome.recommendations().size());
        List<WithheldAction> withheld = new ArrayList<>();
        Set<String> recognised = new HashSet<>();
        boolean anyCorrective = false;
        for (Recommendation r : outcome.recommendations()) {
            if (r.subjectType() == SubjectType.SALESPERSON && r.action().equals("RECOGNIZE")) {
                recognised.add(r.subjectId());
            }
            anyCorrective |= CORRECTIVE.contains(r.action());
        }
        if (!anyCorrective) {
            return new Guarded(outcome, List.of(), List.of());
        }
        // Indexed once: a large company has thousands of coaching recommendations and tens of thousands of findings.
        Map<String, Set<String>> causes = causesBySubject(outcome.findings());
        Map<String, List<Attainment>> attainments = new HashMap<>();
        for (Attainment a : outcome.attainments()) {
            if (a.level() == GoalLevel.SALESPERSON) {
                attainments.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<UnverifiedCheck> unverified = UnverifiedChecks.of(facts, outcome);
        List<Recommendation> heldBack = new ArrayList<>();
        for (Recommendation r : outcome.recommendations()) {
            WithheldAction held = CORRECTIVE.contains(r.action()) ? check(r, causes, attainments, recognised) : null;
            if (held == null && r.action().equals("HR_DISMISSAL_REVIEW")) {
                held = unverifiedFor(r, unverified);
            }
            if (held == null) {
                kept.add(r);
            } else {
                withheld.add(held);
                heldBack.add(r);
            }
        }
        if (withheld.isEmpty()) {
            return new Guarded(outcome, List.of(), List.of());
        }
        return new Guarded(new SessionOutcome(outcome.findings(), kept, outcome.attainments(), outcome.benchmarks(),
                outcome.exclusions()), withheld, heldBack);
    }

    private WithheldAction check(Recommendation r, Map<String, Set<String>> causes,
                                 Map<String, List<Attainment>> attainments, Set<String> recognised) {
        Salesperson person = people.get(r.subjectId());
        if (r.subjectType() != SubjectType.SALESPERSON || person == null) {
            return withhold(r, "NOT_A_SALESPERSON", List.of());
        }
        List<String> standing = causesStandingFor(person, causes);
        if (!standing.isEmpty()) {
            return withhold(r, "UPSTREAM_CAUSE_STANDS", standing);
        }
        if (!periodComplete) {
            // Part of a period is too little to judge a person on (invariant 7): the period's end will tell.
            return withhold(r, "PARTIAL_PERIOD", List.of());
        }
        List<Attainment> own = attainments.getOrDefault(person.id(), List.of());
        if (own.stream().noneMatch(a -> a.underDiagnosis() && a.ratio() < missedBelow)) {
            // Nobody is corrected who did not miss the goal of the period (nor is a top performer coached).
            return withhold(r, "NO_SHORTFALL", List.of());
        }
        if (recognised.contains(person.id())) {
            return withhold(r, "ALSO_RECOGNISED", List.of());
        }
        if (r.action().equals("HR_DISMISSAL_REVIEW") && !coachingProvedIneffective(person, own)) {
            return withhold(r, "NO_INEFFECTIVE_COACHING", List.of());
        }
        return null;
    }

    /** An HR review rests on every upstream cause checked on figures: none may be unknown or resting on too little. */
    private WithheldAction unverifiedFor(Recommendation r, List<UnverifiedCheck> unverified) {
        List<String> codes = UnverifiedChecks.forPerson(unverified, people.get(r.subjectId())).stream()
                .map(UnverifiedCheck::code).distinct().sorted().toList();
        return codes.isEmpty() ? null : withhold(r, "CAUSE_NOT_VERIFIED", codes);
    }

    private WithheldAction withhold(Recommendation r, String reason, List<String> basedOn) {
        return new WithheldAction(r.action(), r.subjectType(), r.subjectId(), names.nameOf(r.subjectType(), r.subjectId()),
                r.rule(), reason, List.copyOf(basedOn));
    }

    /** The codes of the findings of kind {@code cause}, by subject ({@code DEPARTMENT:north}; the company is "COMPANY"). */
    private static Map<String, Set<String>> causesBySubject(List<Finding> findings) {
        Map<String, Set<String>> causes = new HashMap<>();
        for (Finding f : findings) {
            if ("cause".equals(f.kind())) {
                String key = f.subjectType() == SubjectType.COMPANY ? "COMPANY" : f.subjectType() + ":" + f.subjectId();
                causes.computeIfAbsent(key, k -> new TreeSet<>()).add(f.code());
            }
        }
        return causes;
    }

    /** Codes of the causes that stand for the person's company, department, products or self. */
    private static List<String> causesStandingFor(Salesperson person, Map<String, Set<String>> causes) {
        Set<String> codes = new TreeSet<>(causes.getOrDefault("COMPANY", Set.of()));
        codes.addAll(causes.getOrDefault(SubjectType.DEPARTMENT + ":" + person.departmentId(), Set.of()));
        for (String product : person.productIds()) {
            codes.addAll(causes.getOrDefault(SubjectType.PRODUCT + ":" + product, Set.of()));
        }
        codes.addAll(causes.getOrDefault(SubjectType.SALESPERSON + ":" + person.id(), Set.of()));
        return List.copyOf(codes);
    }

    /**
     * A completed, documented plan ended within the period under diagnosis, none still planned or running, and
     * the goal missed in every measured period that started after the plan ended: at least
     * {@code sustainedPeriods} of them. {@code attainments} are the person's own.
     */
    private boolean coachingProvedIneffective(Salesperson person, List<Attainment> attainments) {
        LocalDate periodEnd = PeriodCalendar.underDiagnosis(facts).end();
        List<CoachingPlan> plans = facts.coachingPlans().stream().filter(p -> p.salespersonId().equals(person.id())).toList();
        if (plans.stream().anyMatch(p -> p.status() == PlanStatus.PLANNED || p.status() == PlanStatus.IN_PROGRESS)) {
            return false;
        }
        for (CoachingPlan plan : plans) {
            if (plan.status() != PlanStatus.COMPLETED || plan.end() == null || plan.end().isAfter(periodEnd)
                    || plan.getDays() < minPlanDays || plan.getDocumentationCharacters() < minDocumentationCharacters) {
                continue;
            }
            int missed = 0;
            boolean metSince = false;
            for (Attainment a : attainments) {
                if (a.periodStart().isAfter(plan.end()) && !a.periodStart().isAfter(periodEnd)) {
                    if (a.ratio() < missedBelow) {
                        missed++;
                    } else {
                        metSince = true;
                    }
                }
            }
            if (!metSince && missed >= sustainedPeriods) {
                return true;
            }
        }
        return false;
    }
}
