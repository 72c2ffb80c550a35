package com.salesdiag.service.decisionlog;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "RecordedDiagnosisSummary", description = "One diagnosis served: who asked, when, about what")
public record DiagnosisSummary(
        long id,
        @Schema(description = "Where the whole record is", example = "/api/v1/diagnoses/42") String href,
        Instant recordedAt,
        @Schema(description = "The user who asked") String requestedBy,
        String companyId, String companyName,
        @Schema(example = "2026-Q3") String period,
        @Schema(description = "json or csv") String inputKind,
        @Schema(description = "Language of the answer: en or it") String language,
        String rulesVersion,
        @Schema(description = "The departments the diagnosis covers (for a manager: those of them they manage)")
        List<String> departments) {

    DiagnosisSummary withDepartments(List<String> list) {
        return new DiagnosisSummary(id, href, recordedAt, requestedBy, companyId, companyName, period, inputKind,
                language, rulesVersion, List.copyOf(list));
    }
}
