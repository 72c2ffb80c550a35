package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Why sales fell, for the company or one department: the shortfall against the goal and its "
        + "causes, ranked by how much of the shortfall each explains")
public record ShortfallAnswer(
        @Schema(example = "COMPANY", description = "COMPANY or DEPARTMENT") String subjectType, String subjectId, String subjectName,
        @Schema(description = "GOAL_MISSED, GOAL_MET, GOAL_EXCEEDED, NOT_JUDGED (part of the period, goals not prorated: see coverage) or NO_GOAL") String outcome,
        Double target, Double actual,
        @Schema(description = "actual / target") Double attainment,
        @Schema(description = "target - actual, never negative") Double shortfall,
        @Schema(description = "The answer in one or two sentences") String summary,
        @Schema(description = "Most salespeople missed their goal: look at steps 1-5, not at people") boolean systemic,
        List<CauseShare> causes,
        @Schema(description = "The part of the shortfall no cause explains") Double unexplainedAmount,
        Double unexplainedShare,
        @Schema(description = "The estimates added up to more than the shortfall and were scaled down in proportion")
        boolean estimatesScaled,
        @Schema(description = "Causes that could not be checked in this scope, for lack of data or of enough data "
                + "(details in the diagnosis' notVerified)") List<String> notVerified) {
}
