package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.facts.Training;
import com.salesdiag.engine.review.CoachingOutcome;
import com.salesdiag.engine.review.PeriodShortfall;
import com.salesdiag.engine.review.ReviewRecord;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The engine's review record, with the statement in the request's language. */
@Schema(name = "Review", description = "What an HR partner needs to review a corrective recommendation: the shortfall "
        + "period by period, how long, the causes excluded with their figures, training and coaching before and after")
public record ReviewView(String salespersonId, String salespersonName, String departmentId,
                         List<PeriodShortfall> periods,
                         @Schema(description = "Periods in a row, up to the one under diagnosis, below goal")
                         int consecutivePeriodsMissed, String shortfallSince,
                         List<CauseExcluded> excludedCauses,
                         @Schema(description = "Upstream stages with no figures to exclude them") List<String> causesNotVerified,
                         List<Training> trainings, List<CoachingOutcome> coaching,
                         @Schema(description = "That this is a recommendation for human review, not a decision")
                         String statement) {

    static ReviewView of(ReviewRecord r, String language) {
        return new ReviewView(r.salespersonId(), r.salespersonName(), r.departmentId(), r.periods(),
                r.consecutivePeriodsMissed(), r.shortfallSince(), r.excludedCauses(), r.causesNotVerified(),
                r.trainings(), r.coaching(), Languages.pick(r.statement(), language));
    }
}
