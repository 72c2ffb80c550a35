package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "What one department, salesperson or product adds to a scope's change")
public record ContributionView(
        @Schema(example = "DEPARTMENT") String subjectType, String subjectId, String subjectName,
        @Schema(description = "BOTH, ONLY_CURRENT (joined, or no result recorded earlier) or ONLY_EARLIER (left, or "
                + "no result recorded now)") String presence,
        @Schema(description = "Its change, to the cent; the contributors of a scope add up to the scope's change")
        BigDecimal change,
        @Schema(description = "Its share of all the falls (when change < 0) or of all the rises (when > 0); each side "
                + "adds up to exactly 1 (largest remainder, to 0.0001)") BigDecimal share) {
}
