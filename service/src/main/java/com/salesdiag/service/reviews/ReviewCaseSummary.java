package com.salesdiag.service.reviews;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ReviewCaseSummary", description = "A review case: whom it is about, since when, where it stands")
public record ReviewCaseSummary(
        long id,
        @Schema(example = "/api/v1/review-cases/7") String href,
        CaseKind kind, CaseStatus status,
        String companyId, String salespersonId, String salespersonName, String departmentId,
        @Schema(description = "Period of the diagnosis that opened the case", example = "2026-Q3") String period,
        Instant openedAt,
        @Schema(description = "The diagnosis that opened it") long openedByDiagnosis,
        @Schema(description = "How many diagnoses recommended it (the first and each later one that joined)")
        int diagnosisCount,
        @Schema(description = "The latest decision; null while none") DecisionView latestDecision) {

    ReviewCaseSummary withLatestDecision(DecisionView decision) {
        return new ReviewCaseSummary(id, href, kind, status, companyId, salespersonId, salespersonName, departmentId,
                period, openedAt, openedByDiagnosis, diagnosisCount, decision);
    }
}
