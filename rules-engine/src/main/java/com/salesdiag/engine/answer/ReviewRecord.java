package com.salesdiag.engine.answer;

import com.salesdiag.engine.facts.Training;

import java.util.List;
import java.util.Map;

/**
 * What an HR partner needs to review a corrective recommendation (docs/domain.md, "HR reviews"): the shortfall
 * period by period against the goal and the peers, how long it has lasted, the upstream causes checked and
 * excluded with their figures, the training and coaching with results before and after, and the statement
 * that this is a recommendation for human review.
 *
 * @param departmentName           the name of the person's department (its id when the facts give none)
 * @param consecutivePeriodsMissed periods in a row, up to the one under diagnosis, below goal
 * @param trainings                the person's trainings; null when no trainings were sent (not known)
 * @param coaching                 the person's coaching plans; null when no coaching plans were sent (not known)
 */
public record ReviewRecord(String salespersonId, String salespersonName, String departmentId, String departmentName,
                           List<PeriodShortfall> periods, int consecutivePeriodsMissed, String shortfallSince,
                           List<ExcludedCause> excludedCauses, List<String> causesNotVerified,
                           List<Training> trainings, List<CoachingOutcome> coaching,
                           Map<String, String> statement) {
}
