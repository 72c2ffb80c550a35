package com.salesdiag.service.reviews;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ReviewDecision", description = "A decision recorded on a case, by a person, and what follows from it")
public record DecisionView(long id, Decision decision, String rationale, String employeeResponse,
                           @Schema(description = "The user who decided") String decidedBy, Instant decidedAt,
                           @Schema(description = "What follows from this decision on a case of this kind")
                           FollowUp follows,
                           @Schema(description = "The same in words, in the request's language",
                                   example = "The review ends here: no measure follows and the case is closed.")
                           String consequence) {

    /** As recorded; what follows is said by {@link #withConsequence}. */
    DecisionView(long id, Decision decision, String rationale, String employeeResponse, String decidedBy,
                 Instant decidedAt) {
        this(id, decision, rationale, employeeResponse, decidedBy, decidedAt, null, null);
    }

    DecisionView withConsequence(FollowUp follows, String consequence) {
        return new DecisionView(id, decision, rationale, employeeResponse, decidedBy, decidedAt, follows, consequence);
    }
}
