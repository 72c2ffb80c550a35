package com.salesdiag.service.reviews;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salesdiag.service.diagnosis.RecommendationView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ReviewCase", description = "A review case with everything a reviewer needs: each diagnosis that "
        + "recommended it, with the rules, the figures and the review record (shortfall against goal and peers period "
        + "by period, how long, causes excluded with their figures, training and coaching with results), and every "
        + "decision taken on it")
public record ReviewCaseView(
        @JsonUnwrapped ReviewCaseSummary summary,
        @Schema(description = "That the case is a recommendation for people to review, never a decision")
        String statement,
        @Schema(description = "Oldest first: the diagnosis that opened the case, then each later one that joined it")
        List<CaseDiagnosis> diagnoses,
        @Schema(description = "Oldest first; the latest sets the status") List<DecisionView> decisions) {

    @Schema(name = "ReviewCaseDiagnosis", description = "A diagnosis that recommended the case, and what it said")
    public record CaseDiagnosis(long diagnosisId,
                                @Schema(example = "/api/v1/diagnoses/42") String href,
                                String period, Instant linkedAt,
                                @Schema(description = "The recommendation with its review record, in the request's "
                                        + "language") RecommendationView recommendation) {
    }
}
