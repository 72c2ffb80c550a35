package com.salesdiag.engine.facts;

/**
 * Marketing support for one department in one period. A figure that is null was not sent.
 *
 * @param audienceFit share of leads that match the target audience, 0..1
 */
public record MarketingPerformance(String departmentId, String period, Integer leads, Integer leadsPlanned,
                                   Double audienceFit) {
}
