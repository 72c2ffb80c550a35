package com.salesdiag.engine.facts;

/**
 * Marketing support for one department in one period.
 *
 * @param audienceFit share of leads that match the target audience, 0..1
 */
public record MarketingPerformance(String departmentId, String period, int leads, int leadsPlanned,
                                   double audienceFit) {
}
