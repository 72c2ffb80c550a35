package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "How the revenue of the company, a department, a salesperson or a product changed against the "
        + "previous period and the same period a year earlier")
public record ScopeChange(
        @Schema(example = "DEPARTMENT") String subjectType, String subjectId, String subjectName,
        @Schema(description = "The change in one sentence, leading with a fall") String summary,
        @Schema(description = "Against the previous period, then the same period a year earlier")
        List<ChangeView> against) {
}
