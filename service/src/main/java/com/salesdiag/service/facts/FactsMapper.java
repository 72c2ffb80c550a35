package com.salesdiag.service.facts;

import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.FeedbackCollection;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.Recognition;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.TechniqueUse;
import com.salesdiag.engine.facts.Training;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.time.LocalDate;
import com.salesdiag.engine.derived.PeriodCalendar;

/**
 * Turns validated input into the engine's facts. A figure absent stays absent (null: not known), and a kind of fact
 * not sent is passed on as not sent: neither becomes a zero.
 */
public final class FactsMapper {

    private FactsMapper() {
    }

    /** The facts as of {@code today}: a period under diagnosis not over yet is covered through today at most. */
    public static CompanyFacts toFacts(FactsInput in, LocalDate today) {
        return new CompanyFacts(
                new Company(in.company().id(), in.company().name(), in.company().fiscalYearStartMonth()),
                in.period(),
                in.departments().isEmpty() ? namedBySalespeople(in, s -> List.of(s.departmentId()), Department::new)
                        : map(in.departments(), d -> new Department(d.id(), d.name())),
                map(in.salespeople(), s -> new Salesperson(s.id(), s.name(), s.departmentId(), s.hireDate(),
                        s.productIds(), s.peerGroup())),
                map(in.goals(), g -> new Goal(g.level(), g.subjectId(), g.period(), g.target(), g.discussedOn(),
                        g.discussed())),
                map(in.results(), r -> new SalesResult(r.salespersonId(), r.period(), r.revenue(), r.dealsWon(),
                        r.dealsLost(), r.lostOnPrice(), r.lostOnProduct(), r.averageDiscount())),
                in.products().isEmpty() ? namedBySalespeople(in, FactsInput.Salesperson::productIds, Product::new)
                        : map(in.products(), p -> new Product(p.id(), p.name())),
                map(in.productPerformance(), p -> new ProductPerformance(p.productId(), p.period(), p.qualityScore(),
                        p.competitorQualityScore(), p.priceIndex(), p.revenue())),
                map(in.delivery(), d -> new DeliveryPerformance(d.scope(), d.scopeId(), d.period(), d.onTimeRate(),
                        d.averageDelayDays(), d.backlogDays(), d.orders())),
                map(in.customerService(), c -> new CustomerService(c.departmentId(), c.period(),
                        c.complaintsPer100Orders(), c.satisfaction(), c.unresolvedFollowUpRate(), c.responses())),
                map(in.marketing(), m -> new MarketingPerformance(m.departmentId(), m.period(), m.leads(),
                        m.leadsPlanned(), m.audienceFit())),
                map(in.marketIndicators(), m -> new MarketIndicator(blankToNull(m.departmentId()), m.period(),
                        m.demandChange())),
                map(in.trainings(), t -> new Training(t.salespersonId(), t.topic(), blankToNull(t.productId()), t.date())),
                map(in.coachingPlans(), c -> new CoachingPlan(c.id(), c.salespersonId(), c.kind(), c.start(), c.end(),
                        c.status(), c.documentation())),
                map(in.recognitions(), r -> new Recognition(r.salespersonId(), r.date(), r.incentive())),
                map(in.feedback(), f -> new FeedbackCollection(f.departmentId(), f.period(), f.responses(),
                        f.satisfaction())),
                map(in.techniques(), t -> new TechniqueUse(t.salespersonId(), t.period(), t.technique())),
                notSent(in.notSent()),
                dataThrough(in, today), Boolean.TRUE.equals(in.prorateGoals()));
    }

    /**
     * How far the facts of the period under diagnosis reach: as the input says, and never past {@code today}, since
     * a quarter diagnosed in its fifth week has five weeks of figures whatever its goal says.
     */
    /** The period under diagnosis in the company's calendar (fiscal quarters when it says so). */
    public static com.salesdiag.engine.derived.Period periodUnderDiagnosis(FactsInput in) {
        Integer month = in.company() == null ? null : in.company().fiscalYearStartMonth();
        return PeriodCalendar.parse(in.period(), true, month == null ? 1 : month);
    }

    static LocalDate dataThrough(FactsInput in, LocalDate today) {
        LocalDate through = in.dataThrough();
        if (today != null && !today.isAfter(periodUnderDiagnosis(in).end())
                && (through == null || through.isAfter(today))) {
            through = today;
        }
        return through;
    }

    /**
     * With no departments or products sent, those the salespeople name, without a name of their own: a manager who
     * sends only salespeople, goals and results still has their departments diagnosed.
     */
    private static <O> List<O> namedBySalespeople(FactsInput in, Function<FactsInput.Salesperson, List<String>> ids,
                                                  java.util.function.BiFunction<String, String, O> fact) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        in.salespeople().forEach(s -> {
            List<String> named = ids.apply(s);
            if (named != null) { // productIds not sent: the products are unknown, not none
                named.forEach(seen::add);
            }
        });
        return seen.stream().map(id -> fact.apply(id, null)).toList();
    }

    private static <I, O> List<O> map(List<I> items, Function<I, O> mapping) {
        return items.stream().map(mapping).toList();
    }

    private static Set<FactKind> notSent(List<String> lists) {
        EnumSet<FactKind> kinds = EnumSet.noneOf(FactKind.class);
        lists.forEach(name -> FactKind.ofListName(name).ifPresent(kinds::add));
        return kinds;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
