package com.salesdiag.service.reviews;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salesdiag.service.diagnosis.RecommendationView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ReviewCase", description = "A review case with everything a reviewer needs: each diagnosis that "
        + "recommended it, with the rules, the figures and the review record (shortfall against goal and peers period "
        + "by period, how long, causes excluded with their figures, training and coaching with results), who asked "
        + "for it under which rules, and every decision taken on it with what follows from it")
public record ReviewCaseView(
        @JsonUnwrapped ReviewCaseSummary summary,
        @Schema(description = "That the case is a recommendation for people to review, never a decision")
        String statement,
        @Schema(description = "Oldest first: the diagnosis that opened the case, then each later one that joined it. "
                + "Diagnoses that recommended it identically (the same facts under the same rules give the same "
                + "recommendation and record) are one entry, with each time it was asked in requests")
        List<CaseDiagnosis> diagnoses,
        @Schema(description = "Oldest first; the latest sets the status") List<DecisionView> decisions) {

    @Schema(name = "ReviewCaseDiagnosis", description = "What one or more diagnoses said in recommending the case, "
            + "and each time it was asked")
    public record CaseDiagnosis(@Schema(description = "The first diagnosis that said it") long diagnosisId,
                                @Schema(example = "/api/v1/diagnoses/42") String href,
                                String period,
                                @Schema(description = "When the first one joined the case") Instant linkedAt,
                                @Schema(description = "How many diagnoses said it, each in requests")
                                int timesAsked,
                                List<CaseRequest> requests,
                                @Schema(description = "The recommendation with its review record, in the request's "
                                        + "language") RecommendationView recommendation) {
    }

    @Schema(name = "ReviewCaseRequest", description = "One diagnosis that recommended the case: who asked for it, "
            + "when, and the version of the rules that answered")
    public record CaseRequest(long diagnosisId, @Schema(example = "/api/v1/diagnoses/42") String href,
                              Instant askedAt, @Schema(description = "The user who asked for the diagnosis")
                              String requestedBy,
                              @Schema(description = "The rules version that answered it (GET /api/v1/rules/versions)")
                              String rulesVersion) {
    }
}
