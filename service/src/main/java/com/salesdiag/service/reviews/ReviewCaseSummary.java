package com.salesdiag.service.reviews;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ReviewCaseSummary", description = "A review case: whom it is about, why, since when, where it stands")
public record ReviewCaseSummary(
        long id,
        @Schema(example = "/api/v1/review-cases/7") String href,
        CaseKind kind, CaseStatus status,
        String companyId,
        @Schema(description = "The company's name, as the diagnosis that opened the case gave it")
        String companyName,
        String salespersonId, String salespersonName, String departmentId,
        @Schema(description = "The department's name, as the latest diagnosis gave it (its id when none did)",
                example = "Centro-Sud") String departmentName,
        @Schema(description = "Period of the diagnosis that opened the case", example = "2026-Q3") String period,
        Instant openedAt,
        @Schema(description = "The diagnosis that opened it") long openedByDiagnosis,
        @Schema(description = "How many diagnoses recommended it (the first and each later one that joined)")
        int diagnosisCount,
        @Schema(description = "The latest decision; null while none") DecisionView latestDecision,
        @Schema(description = "Why it was recommended, in the request's language: the findings it follows from and "
                + "the person's latest figures, as the latest diagnosis that recommended it found them",
                example = "Individual shortfall against peers and coaching without improvement: 62% of the goal in "
                        + "2026-Q3 against the peers' 99%, below the goal for 4 periods in a row.")
        String reason,
        @Schema(description = "The latest period of the person's record", example = "2026-Q3") String attainmentPeriod,
        @Schema(description = "The person's attainment (actual ÷ goal) in that period", example = "0.62")
        Double attainment,
        @Schema(description = "The peers' average attainment in that period; null without peers", example = "0.9917")
        Double peerAverage,
        @Schema(description = "Periods in a row, up to that one, below the goal") Integer periodsBelowGoal) {

    ReviewCaseSummary withLatestDecision(DecisionView decision) {
        return new ReviewCaseSummary(id, href, kind, status, companyId, companyName, salespersonId, salespersonName, departmentId,
                departmentName, period, openedAt, openedByDiagnosis, diagnosisCount, decision, reason,
                attainmentPeriod, attainment, peerAverage, periodsBelowGoal);
    }

    /** With what the latest recommendation says: the department's name, the reason and the latest figures. */
    ReviewCaseSummary withReason(String departmentName, String reason, String attainmentPeriod, Double attainment,
                                 Double peerAverage, Integer periodsBelowGoal) {
        return new ReviewCaseSummary(id, href, kind, status, companyId, companyName, salespersonId, salespersonName, departmentId,
                departmentName, period, openedAt, openedByDiagnosis, diagnosisCount, latestDecision, reason,
                attainmentPeriod, attainment, peerAverage, periodsBelowGoal);
    }
}
