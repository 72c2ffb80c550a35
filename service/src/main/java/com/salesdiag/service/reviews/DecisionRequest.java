package com.salesdiag.service.reviews;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ReviewDecisionRequest", description = "A person's decision on a review case")
public record DecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision,
        @Schema(description = "Why: the reasons of the decision, in the decider's words",
                requiredMode = Schema.RequiredMode.REQUIRED) String rationale,
        @Schema(description = "What the employee said about the case; required to uphold or reject (the employee "
                + "is heard before a case is closed), optional to defer") String employeeResponse) {
}
