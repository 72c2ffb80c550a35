package com.salesdiag.engine.facts;

import java.time.LocalDate;

/**
 * A revenue goal for one period.
 *
 * @param subjectId   salesperson or department id; the company id for {@link GoalLevel#COMPANY}
 * @param discussedOn when the goal was discussed with the people it binds; null if not known
 * @param discussed   whether it was discussed: false says it never was; null is not known, unless
 *                    {@code discussedOn} is given (then true)
 */
public record Goal(GoalLevel level, String subjectId, String period, double target, LocalDate discussedOn,
                   Boolean discussed) {

    public Goal {
        if (discussed == null && discussedOn != null) {
            discussed = true;
        }
    }

    public Goal(GoalLevel level, String subjectId, String period, double target, LocalDate discussedOn) {
        this(level, subjectId, period, target, discussedOn, null);
    }
}
