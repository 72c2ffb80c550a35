package com.salesdiag.engine.answer;

import com.salesdiag.engine.facts.CoachingPlan;

/**
 * A coaching or additional-training plan with the results before it started and after it ended.
 *
 * @param attainmentBefore average attainment of the periods that ended before the plan started; null if none
 * @param attainmentAfter  average attainment of the periods that started after the plan ended; null if none
 */
public record CoachingOutcome(CoachingPlan plan, int periodsBefore, Double attainmentBefore, int periodsAfter,
                              Double attainmentAfter) {
}
