package com.salesdiag.engine.invariants;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.internal.session.UnverifiedChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * DOMAIN invariant 6 on generated companies: what was not sent is unknown, never "none happened". Each company is
 * diagnosed whole, then again without one kind of fact (its list not sent) or without one optional figure (left out
 * of every record), and the answers are compared: taking data away never adds an HR review, never adds a finding the
 * missing data would have had to establish (a cause, a risk, a training gap, a goal not discussed) or a request for
 * feedback, and a personal action it adds comes with the checks it could not make.
 * <p>
 * Sample sizes (orders behind a delivery rate, answers behind a satisfaction figure) are not among the figures
 * taken away: without one, a rate is taken as sent; taking it away removes the evidence that the rate is thin, not
 * a fact.
 */
class MissingDataInvariantsTests {

    private static final int COMPANIES = Integer.getInteger("invariants.missingData.companies", 400);
    private static final long SEED = Long.getLong("invariants.seed", 20261202L);
    private static final Set<String> ESTABLISHED_BY_DATA = Set.of("cause", "risk");

    private static DiagnosisEngine engine;
    private static final Map<String, AtomicInteger> ADDED_PERSONAL_ACTIONS = new ConcurrentHashMap<>();

    @BeforeAll
    static void compileRules() {
        engine = DiagnosisEngine.withPackagedRules();
    }

    @Test
    void takingDataAwayNeverBlamesAnybodyForIt() {
        qt().withFixedSeed(SEED).withExamples(COMPANIES).withShrinkCycles(20)
                .forAll(longs().all())
                .describedAs(seed -> "company generated from seed " + seed)
                .checkAssert(seed -> {
                    CompanyFacts whole = CompanyGenerator.company(seed);
                    Diagnosis full = engine.diagnose(whole);
                    removals().forEach((what, removal) -> {
                        CompanyFacts partial = removal.apply(whole);
                        Diagnosis less = engine.diagnose(partial);
                        assertThat(less.withheld()).as("withheld without " + what).isEmpty();
                        noNewHrReview(what, full, less);
                        noNewFindingTheMissingDataWouldEstablish(what, full, less);
                        addedPersonalActionsSayWhatWasNotChecked(what, partial, full, less);
                    });
                });
    }

    /** The property must bite: taking data away does unblock coaching in some companies, each time with its reasons. */
    @AfterAll
    static void somePersonalActionsWereAddedAndChecked() {
        if (ADDED_PERSONAL_ACTIONS.isEmpty()) {
            return;
        }
        System.out.println("Coaching added by taking data away: " + ADDED_PERSONAL_ACTIONS);
        assertThat(ADDED_PERSONAL_ACTIONS.values().stream().mapToInt(AtomicInteger::get).sum()).isPositive();
    }

    private static void noNewHrReview(String what, Diagnosis full, Diagnosis less) {
        assertThat(subjects(less, "HR_DISMISSAL_REVIEW")).as("HR reviews without " + what)
                .isSubsetOf(subjects(full, "HR_DISMISSAL_REVIEW"));
    }

    private static void noNewFindingTheMissingDataWouldEstablish(String what, Diagnosis full, Diagnosis less) {
        Set<String> before = full.findings().stream().map(MissingDataInvariantsTests::key).collect(Collectors.toSet());
        List<String> added = less.findings().stream()
                .filter(f -> ESTABLISHED_BY_DATA.contains(f.kind()) && !before.contains(key(f)))
                .map(MissingDataInvariantsTests::key).toList();
        assertThat(added).as("findings added without " + what).isEmpty();
        assertThat(subjects(less, "COLLECT_CUSTOMER_FEEDBACK")).as("feedback asked for without " + what)
                .isSubsetOf(subjects(full, "COLLECT_CUSTOMER_FEEDBACK"));
    }

    private static void addedPersonalActionsSayWhatWasNotChecked(String what, CompanyFacts partial, Diagnosis full,
                                                                 Diagnosis less) {
        Set<String> before = subjects(full, "PERSONAL_COACHING");
        for (String id : subjects(less, "PERSONAL_COACHING")) {
            if (before.contains(id)) {
                continue;
            }
            Salesperson person = partial.salespeople().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            assertThat(UnverifiedChecks.forPerson(less.unverified(), person))
                    .as("coaching for " + id + " added without " + what + " names the checks not made").isNotEmpty();
            ADDED_PERSONAL_ACTIONS.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Each kind of fact not sent, and each optional figure left out of every record. */
    private static Map<String, UnaryOperator<CompanyFacts>> removals() {
        Map<String, UnaryOperator<CompanyFacts>> removals = new LinkedHashMap<>();
        for (FactKind kind : FactKind.values()) {
            removals.put(kind.listName(), facts -> notSending(facts, kind));
        }
        removals.put("goals.discussedOn", facts -> goals(facts,
                g -> new Goal(g.level(), g.subjectId(), g.period(), g.target(), null, null)));
        removals.put("results.deals", facts -> results(facts, r -> new SalesResult(r.salespersonId(), r.period(),
                r.revenue(), null, null, null, null, r.averageDiscount())));
        removals.put("results.lostOnPrice", facts -> results(facts, r -> new SalesResult(r.salespersonId(), r.period(),
                r.revenue(), r.dealsWon(), r.dealsLost(), null, r.lostOnProduct(), r.averageDiscount())));
        removals.put("results.averageDiscount", facts -> results(facts, r -> new SalesResult(r.salespersonId(),
                r.period(), r.revenue(), r.dealsWon(), r.dealsLost(), r.lostOnPrice(), r.lostOnProduct(), null)));
        removals.put("delivery.backlogDays", facts -> delivery(facts, d -> new DeliveryPerformance(d.scope(),
                d.scopeId(), d.period(), d.onTimeRate(), d.averageDelayDays(), null, d.orders())));
        removals.put("delivery.onTimeRate", facts -> delivery(facts, d -> new DeliveryPerformance(d.scope(),
                d.scopeId(), d.period(), null, d.averageDelayDays(), d.backlogDays(), d.orders())));
        removals.put("customerService.unresolvedFollowUpRate", facts -> service(facts, c -> new CustomerService(
                c.departmentId(), c.period(), c.complaintsPer100Orders(), c.satisfaction(), null, c.responses())));
        removals.put("customerService.satisfaction", facts -> service(facts, c -> new CustomerService(
                c.departmentId(), c.period(), c.complaintsPer100Orders(), null, c.unresolvedFollowUpRate(), c.responses())));
        removals.put("marketing.audienceFit", facts -> marketing(facts, m -> new MarketingPerformance(
                m.departmentId(), m.period(), m.leads(), m.leadsPlanned(), null)));
        removals.put("productPerformance.priceIndex", facts -> products(facts, p -> new ProductPerformance(
                p.productId(), p.period(), p.qualityScore(), p.competitorQualityScore(), null, p.revenue())));
        return removals;
    }

    private static CompanyFacts notSending(CompanyFacts f, FactKind kind) {
        EnumSet<FactKind> notSent = f.notSent().isEmpty() ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(f.notSent());
        notSent.add(kind);
        return new CompanyFacts(f.company(), f.period(), f.departments(), f.salespeople(),
                kind == FactKind.GOALS ? List.of() : f.goals(), kind == FactKind.RESULTS ? List.of() : f.results(),
                f.products(), unless(kind, FactKind.PRODUCT_PERFORMANCE, f.productPerformance()),
                unless(kind, FactKind.DELIVERY, f.delivery()), unless(kind, FactKind.CUSTOMER_SERVICE, f.customerService()),
                unless(kind, FactKind.MARKETING, f.marketing()), unless(kind, FactKind.MARKET_INDICATORS, f.marketIndicators()),
                unless(kind, FactKind.TRAININGS, f.trainings()), unless(kind, FactKind.COACHING_PLANS, f.coachingPlans()),
                unless(kind, FactKind.RECOGNITIONS, f.recognitions()), unless(kind, FactKind.FEEDBACK, f.feedback()),
                unless(kind, FactKind.TECHNIQUES, f.techniques()), notSent);
    }

    private static <T> List<T> unless(FactKind removed, FactKind kind, List<T> list) {
        return removed == kind ? List.of() : list;
    }

    private static CompanyFacts goals(CompanyFacts f, UnaryOperator<Goal> change) {
        return with(f, f.goals().stream().map(change).toList(), f.results(), f.productPerformance(), f.delivery(),
                f.customerService(), f.marketing());
    }

    private static CompanyFacts results(CompanyFacts f, UnaryOperator<SalesResult> change) {
        return with(f, f.goals(), f.results().stream().map(change).toList(), f.productPerformance(), f.delivery(),
                f.customerService(), f.marketing());
    }

    private static CompanyFacts products(CompanyFacts f, UnaryOperator<ProductPerformance> change) {
        return with(f, f.goals(), f.results(), f.productPerformance().stream().map(change).toList(), f.delivery(),
                f.customerService(), f.marketing());
    }

    private static CompanyFacts delivery(CompanyFacts f, UnaryOperator<DeliveryPerformance> change) {
        return with(f, f.goals(), f.results(), f.productPerformance(), f.delivery().stream().map(change).toList(),
                f.customerService(), f.marketing());
    }

    private static CompanyFacts service(CompanyFacts f, UnaryOperator<CustomerService> change) {
        return with(f, f.goals(), f.results(), f.productPerformance(), f.delivery(),
                f.customerService().stream().map(change).toList(), f.marketing());
    }

    private static CompanyFacts marketing(CompanyFacts f, UnaryOperator<MarketingPerformance> change) {
        return with(f, f.goals(), f.results(), f.productPerformance(), f.delivery(), f.customerService(),
                f.marketing().stream().map(change).toList());
    }

    private static CompanyFacts with(CompanyFacts f, List<Goal> goals, List<SalesResult> results,
                                     List<ProductPerformance> productPerformance, List<DeliveryPerformance> delivery,
                                     List<CustomerService> customerService, List<MarketingPerformance> marketing) {
        return new CompanyFacts(f.company(), f.period(), f.departments(), f.salespeople(), goals, results, f.products(),
                productPerformance, delivery, customerService, marketing, f.marketIndicators(), f.trainings(),
                f.coachingPlans(), f.recognitions(), f.feedback(), f.techniques(), f.notSent());
    }

    private static Set<String> subjects(Diagnosis diagnosis, String action) {
        return diagnosis.recommendations().stream().filter(r -> r.action().equals(action))
                .map(DiagnosedRecommendation::subjectId).collect(Collectors.toSet());
    }

    private static String key(DiagnosedFinding f) {
        return f.code() + " " + f.subjectType() + " " + f.subjectId();
    }
}
