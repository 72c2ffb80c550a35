package com.salesdiag.engine.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine knows about one company: the period under diagnosis plus any earlier periods.
 * Collections default to empty so that a sparse CRM export is still a valid input; a list passed as null was not
 * sent, and its kind is then in {@code notSent}: unknown, not empty (DOMAIN invariant 6).
 *
 * @param period  the period under diagnosis, {@code YYYY-MM} or {@code YYYY-Qn}
 * @param notSent  the kinds of fact the company did not send; null: those whose list is null
 * @param dataThrough  the last day the facts of the period under diagnosis cover; null: all of it
 * @param prorateGoals with {@code dataThrough}: goals count in proportion to the days covered ({@link PeriodCoverage})
 */
public record CompanyFacts(
        Company company,
        String period,
        List<Department> departments,
        List<Salesperson> salespeople,
        List<Goal> goals,
        List<SalesResult> results,
        List<Product> products,
        List<ProductPerformance> productPerformance,
        List<DeliveryPerformance> delivery,
        List<CustomerService> customerService,
        List<MarketingPerformance> marketing,
        List<MarketIndicator> marketIndicators,
        List<Training> trainings,
        List<CoachingPlan> coachingPlans,
        List<Recognition> recognitions,
        List<FeedbackCollection> feedback,
        List<TechniqueUse> techniques,
        Set<FactKind> notSent,
        LocalDate dataThrough,
        Boolean prorateGoals) {

    /** Every list passed as null counts as not sent. */
    public CompanyFacts(Company company, String period, List<Department> departments, List<Salesperson> salespeople,
                        List<Goal> goals, List<SalesResult> results, List<Product> products,
                        List<ProductPerformance> productPerformance, List<DeliveryPerformance> delivery,
                        List<CustomerService> customerService, List<MarketingPerformance> marketing,
                        List<MarketIndicator> marketIndicators, List<Training> trainings,
                        List<CoachingPlan> coachingPlans, List<Recognition> recognitions,
                        List<FeedbackCollection> feedback, List<TechniqueUse> techniques) {
        this(company, period, departments, salespeople, goals, results, products, productPerformance, delivery,
                customerService, marketing, marketIndicators, trainings, coachingPlans, recognitions, feedback,
                techniques, null, null, null);
    }

    /** The whole period under diagnosis covered. */
    public CompanyFacts(Company company, String period, List<Department> departments, List<Salesperson> salespeople,
                        List<Goal> goals, List<SalesResult> results, List<Product> products,
                        List<ProductPerformance> productPerformance, List<DeliveryPerformance> delivery,
                        List<CustomerService> customerService, List<MarketingPerformance> marketing,
                        List<MarketIndicator> marketIndicators, List<Training> trainings,
                        List<CoachingPlan> coachingPlans, List<Recognition> recognitions,
                        List<FeedbackCollection> feedback, List<TechniqueUse> techniques, Set<FactKind> notSent) {
        this(company, period, departments, salespeople, goals, results, products, productPerformance, delivery,
                customerService, marketing, marketIndicators, trainings, coachingPlans, recognitions, feedback,
                techniques, notSent, null, null);
    }

    /** The month the company's fiscal year starts in (quarters are fiscal quarters); January when not said. */
    public int fiscalYearStart() {
        return company == null ? 1 : company.fiscalYearStart();
    }

    /** How much of the period under diagnosis the facts cover; null: all of it. */
    public PeriodCoverage coverage() {
        return dataThrough == null ? null : new PeriodCoverage(dataThrough, Boolean.TRUE.equals(prorateGoals));
    }

    public CompanyFacts {
        EnumSet<FactKind> absent = notSent == null || notSent.isEmpty()
                ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(notSent);
        absentIfNull(absent, FactKind.GOALS, goals);
        absentIfNull(absent, FactKind.RESULTS, results);
        absentIfNull(absent, FactKind.PRODUCT_PERFORMANCE, productPerformance);
        absentIfNull(absent, FactKind.DELIVERY, delivery);
        absentIfNull(absent, FactKind.CUSTOMER_SERVICE, customerService);
        absentIfNull(absent, FactKind.MARKETING, marketing);
        absentIfNull(absent, FactKind.MARKET_INDICATORS, marketIndicators);
        absentIfNull(absent, FactKind.TRAININGS, trainings);
        absentIfNull(absent, FactKind.COACHING_PLANS, coachingPlans);
        absentIfNull(absent, FactKind.RECOGNITIONS, recognitions);
        absentIfNull(absent, FactKind.FEEDBACK, feedback);
        absentIfNull(absent, FactKind.TECHNIQUES, techniques);
        notSent = Set.copyOf(absent);
        departments = copy(departments);
        salespeople = copy(salespeople);
        goals = copy(goals);
        results = copy(results);
        products = copy(products);
        productPerformance = copy(productPerformance);
        delivery = copy(delivery);
        customerService = copy(customerService);
        marketing = copy(marketing);
        marketIndicators = copy(marketIndicators);
        trainings = copy(trainings);
        coachingPlans = copy(coachingPlans);
        recognitions = copy(recognitions);
        feedback = copy(feedback);
        techniques = copy(techniques);
    }

    /** Whether this kind of fact was sent, even as an empty list. */
    public boolean sent(FactKind kind) {
        return !notSent.contains(kind);
    }

    private static void absentIfNull(Set<FactKind> absent, FactKind kind, List<?> list) {
        if (list == null) {
            absent.add(kind);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
