package com.salesdiag.engine.facts;

import java.time.LocalDate;

/**
 * A revenue goal for one period.
 *
 * @param subjectId   salesperson or department id; the company id for {@link GoalLevel#COMPANY}
 * @param discussedOn when the goal was discussed with the people it binds; null if never
 */
public record Goal(GoalLevel level, String subjectId, String period, double target, LocalDate discussedOn) {
}
