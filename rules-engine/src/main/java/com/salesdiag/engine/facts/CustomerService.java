package com.salesdiag.engine.facts;

/**
 * Customer service and follow-up for one department in one period.
 *
 * @param satisfaction           customer satisfaction, 0..1
 * @param unresolvedFollowUpRate share of follow-ups still open, 0..1
 */
public record CustomerService(String departmentId, String period, double complaintsPer100Orders,
                              double satisfaction, double unresolvedFollowUpRate) {
}
