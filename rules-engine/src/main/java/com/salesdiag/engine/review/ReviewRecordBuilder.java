package com.salesdiag.engine.review;

import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.Training;
import com.salesdiag.engine.period.PeriodCalendar;
import com.salesdiag.engine.session.SessionOutcome;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Assembles the {@link ReviewRecord} of one salesperson from the facts and what the rules derived. */
public final class ReviewRecordBuilder {

    /** The upstream stages whose exclusion an HR partner must see (DOMAIN.md, the market and steps 1-6). */
    private static final List<String> UPSTREAM_STAGES =
            List.of("market", "product", "price", "delivery", "customer-service", "marketing", "training");

    /** A total order, so that the record does not depend on the order the facts arrived in. */
    private static final Comparator<Training> TRAINING_ORDER = Comparator
            .comparing((Training t) -> t.date() == null ? "" : t.date().toString())
            .thenComparing(t -> t.topic() == null ? "" : t.topic().name())
            .thenComparing(t -> t.productId() == null ? "" : t.productId());

    private final CompanyFacts facts;
    private final SessionOutcome outcome;
    private final double missedUpperBound;
    private final Period current;

    public ReviewRecordBuilder(CompanyFacts facts, SessionOutcome outcome, double missedUpperBound) {
        this.facts = facts;
        this.outcome = outcome;
        this.missedUpperBound = missedUpperBound;
        this.current = PeriodCalendar.parse(facts.period(), true);
    }

    public ReviewRecord build(Salesperson person) {
        List<Attainment> history = outcome.attainments().stream()
                .filter(a -> a.level() == GoalLevel.SALESPERSON && a.subjectId().equals(person.id()))
                .filter(a -> a.periodIndex() <= current.index())
                .sorted(Comparator.comparingInt(Attainment::periodIndex)).toList();
        List<PeriodShortfall> periods = history.stream().map(this::shortfall).toList();
        int missedInARow = 0;
        String since = "";
        for (int i = history.size() - 1; i >= 0 && history.get(i).ratio() < missedUpperBound; i--) {
            missedInARow++;
            since = history.get(i).period();
        }
        List<CauseExcluded> excluded = outcome.exclusions().stream().filter(appliesTo(person))
                .sorted(Comparator.comparing(CauseExcluded::stage).thenComparing(CauseExcluded::subjectType)
                        .thenComparing(CauseExcluded::subjectId).thenComparing(CauseExcluded::rule)
                        .thenComparing(c -> c.evidence().toString())).toList();
        Set<String> verified = new TreeSet<>();
        excluded.forEach(c -> verified.add(c.stage()));
        List<String> notVerified = UPSTREAM_STAGES.stream().filter(s -> !verified.contains(s)).toList();
        return new ReviewRecord(person.id(), person.name(), person.departmentId(), periods, missedInARow, since,
                excluded, notVerified,
                facts.trainings().stream().filter(t -> t.salespersonId().equals(person.id()))
                        .sorted(TRAINING_ORDER).toList(),
                facts.coachingPlans().stream().filter(p -> p.salespersonId().equals(person.id()))
                        .sorted(Comparator.comparing(CoachingPlan::id).thenComparing(CoachingPlan::toString))
                        .map(p -> outcome(p, history)).toList(),
                statement());
    }

    private PeriodShortfall shortfall(Attainment a) {
        PeerBenchmark peers = outcome.benchmarks().stream()
                .filter(b -> b.peerGroup().equals(a.peerGroup()) && b.period().equals(a.period()))
                .findFirst().orElse(null);
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

    private static java.time.LocalDate endOf(Attainment a) {
        return PeriodCalendar.parse(a.period(), false).end();
    }

    private Predicate<CauseExcluded> appliesTo(Salesperson person) {
        return c -> switch (c.subjectType()) {
            case COMPANY -> true;
            case DEPARTMENT -> c.subjectId().equals(person.departmentId());
            case SALESPERSON -> c.subjectId().equals(person.id());
            case PRODUCT -> person.productIds().contains(c.subjectId());
            case TECHNIQUE -> false;
        };
    }

    private static Double average(List<Attainment> periods) {
        return periods.isEmpty() ? null
                : round(periods.stream().mapToDouble(Attainment::ratio).average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    private static Map<String, String> statement() {
        Map<String, String> statement = new LinkedHashMap<>();
        for (String language : List.of("en", "it")) {
            statement.put(language, ResourceBundle.getBundle("com.salesdiag.engine.review.statement",
                    Locale.forLanguageTag(language)).getString("statement"));
        }
        return statement;
    }
}
