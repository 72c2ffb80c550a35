package com.salesdiag.engine.facts;

/**
 * Customer feedback a department asked for in one period.
 *
 * @param satisfaction average satisfaction of the answers, 0..1
 */
public record FeedbackCollection(String departmentId, String period, int responses, double satisfaction) {
}
