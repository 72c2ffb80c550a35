package com.salesdiag.engine.facts;

import java.util.List;

/**
 * Everything the engine knows about one company: the period under diagnosis plus any earlier periods.
 * Collections default to empty so that a sparse CRM export is still a valid input.
 *
 * @param period the period under diagnosis, {@code YYYY-MM} or {@code YYYY-Qn}
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
        List<TechniqueUse> techniques) {

    public CompanyFacts {
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

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
