package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "One cause of a shortfall, how much of it the cause explains, and the findings behind it")
public record CauseShare(
        @Schema(example = "DELIVERY_DELAYS") String code,
        @Schema(example = "delivery delays") String label,
        String owner,
        @Schema(description = "Ladder step") int step,
        @Schema(description = "Revenue of the shortfall this cause explains; null when the figures do not allow an estimate")
        Double amount,
        @Schema(description = "amount / shortfall, 0..1; all causes together never exceed 1")
        Double share,
        @Schema(description = "How the amount was estimated, with the figures, before any scaling")
        String estimate,
        List<FindingView> findings) {
}
