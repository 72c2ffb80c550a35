package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.CoachingOutcome;
import com.salesdiag.engine.answer.ExcludedCause;
import com.salesdiag.engine.answer.PeriodShortfall;
import com.salesdiag.engine.answer.ReviewRecord;

import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Figures;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.facts.Training;
import com.salesdiag.engine.derived.PeriodCalendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Assembles the {@link ReviewRecord} of one salesperson from the facts and what the rules derived. */
public final class ReviewRecordBuilder {

    /** The upstream stages whose exclusion an HR partner must see (docs/domain.md, the market and steps 1-6). */
    private static final List<String> UPSTREAM_STAGES =
            List.of("market", "product", "price", "delivery", "customer-service", "marketing", "training");

    /** A total order, so that the record does not depend on the order the facts arrived in. */
    private static final Comparator<Training> TRAINING_ORDER = Comparator
            .comparing((Training t) -> t.date() == null ? "" : t.date().toString())
            .thenComparing(t -> t.topic() == null ? "" : t.topic().name())
            .thenComparing(t -> t.productId() == null ? "" : t.productId());

    private static final Map<String, String> STATEMENT = statement();

    private final CompanyFacts facts;
    private final SessionOutcome outcome;
    private final double missedUpperBound;
    private final Period current;
    private final Function<CauseExcluded, ExcludedCause> explain;
    private final UnaryOperator<String> departmentNames;
    /** Each exclusion explained once: a department's exclusions are in the record of each of its people. */
    private final Map<CauseExcluded, ExcludedCause> explained = new ConcurrentHashMap<>();
    private Map<String, List<Attainment>> attainmentsByPerson;
    private Map<String, PeerBenchmark> benchmarks;
    private Map<String, List<CauseExcluded>> exclusionsBySubject;
    private Map<String, List<Training>> trainingsByPerson;
    private Map<String, List<CoachingPlan>> plansByPerson;

    /**
     * @param explain         an exclusion with its subject's name and its sentences
     * @param departmentNames a department id's name
     */
    public ReviewRecordBuilder(CompanyFacts facts, SessionOutcome outcome, double missedUpperBound,
                               Function<CauseExcluded, ExcludedCause> explain, UnaryOperator<String> departmentNames) {
        this.explain = explain;
        this.departmentNames = departmentNames;
        this.facts = facts;
        this.outcome = outcome;
        this.missedUpperBound = missedUpperBound;
        this.current = PeriodCalendar.underDiagnosis(facts);
    }

    public ReviewRecord build(Salesperson person) {
        index();
        List<Attainment> history = attainmentsByPerson.getOrDefault(person.id(), List.of()).stream()
                .filter(a -> a.periodIndex() <= current.index())
                .sorted(Comparator.comparingInt(Attainment::periodIndex)).toList();
        List<PeriodShortfall> periods = history.stream().map(this::shortfall).toList();
        int missedInARow = 0;
        String since = "";
        for (int i = history.size() - 1; i >= 0 && history.get(i).ratio() < missedUpperBound; i--) {
            missedInARow++;
            since = history.get(i).period();
        }
        List<CauseExcluded> excluded = exclusionsFor(person).stream()
                .sorted(Comparator.comparing(CauseExcluded::stage).thenComparing(CauseExcluded::subjectType)
                        .thenComparing(CauseExcluded::subjectId).thenComparing(CauseExcluded::rule)
                        .thenComparing(c -> c.evidence().toString())).toList();
        Set<String> verified = new TreeSet<>();
        excluded.forEach(c -> verified.add(c.stage()));
        List<String> notVerified = UPSTREAM_STAGES.stream().filter(s -> !verified.contains(s)).toList();
        return new ReviewRecord(person.id(), person.name(), person.departmentId(),
                departmentNames.apply(person.departmentId()), periods, missedInARow, since,
                excluded.stream().map(c -> explained.computeIfAbsent(c, explain)).toList(), notVerified,
                // Not sent is not known, never "none": the lists are null then, as in the facts (DOMAIN invariant 6).
                !facts.sent(FactKind.TRAININGS) ? null : trainingsByPerson.getOrDefault(person.id(), List.of()).stream()
                        .sorted(TRAINING_ORDER).toList(),
                !facts.sent(FactKind.COACHING_PLANS) ? null : plansByPerson.getOrDefault(person.id(), List.of()).stream()
                        .sorted(Comparator.comparing(CoachingPlan::id).thenComparing(CoachingPlan::toString))
                        .map(p -> outcome(p, history)).toList(),
                STATEMENT);
    }

    /**
     * Indexes what the records read by person, subject and peer group, once per diagnosis and only when a
     * review is needed: scanning every attainment and exclusion for each reviewed person grows with the square
     * of the company. Synchronized: records of one diagnosis may be built in parallel.
     */
    private synchronized void index() {
        if (attainmentsByPerson != null) {
            return;
        }
        attainmentsByPerson = new HashMap<>();
        for (Attainment a : outcome.attainments()) {
            if (a.level() == GoalLevel.SALESPERSON) {
                attainmentsByPerson.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
            }
        }
        benchmarks = new HashMap<>();
        outcome.benchmarks().forEach(b -> benchmarks.putIfAbsent(b.peerGroup() + '\u0000' + b.period(), b));
        exclusionsBySubject = new HashMap<>();
        for (CauseExcluded c : outcome.exclusions()) {
            String key = c.subjectType() == SubjectType.COMPANY ? "" : c.subjectType() + "\u0000" + c.subjectId();
            exclusionsBySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        trainingsByPerson = new HashMap<>();
        facts.trainings().forEach(t -> trainingsByPerson.computeIfAbsent(t.salespersonId(), k -> new ArrayList<>()).add(t));
        plansByPerson = new HashMap<>();
        facts.coachingPlans().forEach(p -> plansByPerson.computeIfAbsent(p.salespersonId(), k -> new ArrayList<>()).add(p));
    }

    /** The exclusions that concern this person: the company's, their department's, their own, their products'. */
    private List<CauseExcluded> exclusionsFor(Salesperson person) {
        List<CauseExcluded> found = new ArrayList<>(exclusionsBySubject.getOrDefault("", List.of()));
        found.addAll(exclusionsBySubject.getOrDefault(SubjectType.DEPARTMENT + "\u0000" + person.departmentId(), List.of()));
        found.addAll(exclusionsBySubject.getOrDefault(SubjectType.SALESPERSON + "\u0000" + person.id(), List.of()));
        new LinkedHashSet<>(person.productIds()).forEach(product -> found.addAll(
                exclusionsBySubject.getOrDefault(SubjectType.PRODUCT + "\u0000" + product, List.of())));
        return found;
    }

    private PeriodShortfall shortfall(Attainment a) {
        PeerBenchmark peers = benchmarks.get(a.peerGroup() + '\u0000' + a.period());
        Double peerAverage = peers != null && peers.hasPeersBesides() ? round(peers.averageWithout(a.ratio())) : null;
        return new PeriodShortfall(a.period(), a.actual(), a.target(), round(a.ratio()), round(a.shortfall()),
                peerAverage, peerAverage == null ? null : round(peerAverage - a.ratio()));
    }

    private CoachingOutcome outcome(CoachingPlan plan, List<Attainment> history) {
        List<Attainment> before = plan.start() == null ? List.of() : history.stream()
                .filter(a -> a.periodStart().isBefore(plan.start()) && endOf(a).isBefore(plan.start())).toList();
        List<Attainment> after = plan.end() == null ? List.of() : history.stream()
                .filter(a -> a.periodStart().isAfter(plan.end())).toList();
        return new CoachingOutcome(plan, before.size(), average(before), after.size(), average(after));
    }

    private java.time.LocalDate endOf(Attainment a) {
        return PeriodCalendar.parse(a.period(), false, facts.fiscalYearStart()).end();
    }

    private static Double average(List<Attainment> periods) {
        return periods.isEmpty() ? null
                : round(periods.stream().mapToDouble(Attainment::ratio).average().orElseThrow());
    }

    private static double round(double value) {
        return Figures.rounded(value, 10_000d);
    }

    private static Map<String, String> statement() {
        Map<String, String> statement = new LinkedHashMap<>();
        for (String language : RuleVocabulary.LANGUAGES) {
            statement.put(language, ResourceBundle.getBundle("com.salesdiag.engine.review.statement",
                    Locale.forLanguageTag(language)).getString("statement"));
        }
        return java.util.Collections.unmodifiableMap(statement);
    }
}
