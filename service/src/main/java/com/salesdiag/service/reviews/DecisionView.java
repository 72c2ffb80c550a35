package com.salesdiag.service.reviews;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ReviewDecision", description = "A decision recorded on a case, by a person")
public record DecisionView(long id, Decision decision, String rationale, String employeeResponse,
                           @Schema(description = "The user who decided") String decidedBy, Instant decidedAt) {
}
