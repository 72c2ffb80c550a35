package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The recommendations one department of the company has to act on")
public record OwnerGroup(
        @Schema(example = "PRODUCTION") String owner,
        @Schema(example = "Production and logistics") String label,
        List<RecommendationView> recommendations) {
}
