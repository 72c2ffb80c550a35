package com.salesdiag.engine.facts;

/**
 * Customer service and follow-up for one department in one period. A figure that is null was not sent.
 *
 * @param satisfaction           customer satisfaction, 0..1
 * @param unresolvedFollowUpRate share of follow-ups still open, 0..1
 * @param responses              how many customers' answers the satisfaction figure rests on; null when not sent
 */
public record CustomerService(String departmentId, String period, Double complaintsPer100Orders,
                              Double satisfaction, Double unresolvedFollowUpRate, Integer responses) {

    public CustomerService(String departmentId, String period, Double complaintsPer100Orders, Double satisfaction,
                           Double unresolvedFollowUpRate) {
        this(departmentId, period, complaintsPer100Orders, satisfaction, unresolvedFollowUpRate, null);
    }
}
