package com.salesdiag.service.decisionlog;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

@Schema(name = "RecordedDiagnosis", description = "A diagnosis as it was recorded when it was served")
public record RecordedDiagnosis(
        long id, Instant recordedAt,
        @Schema(description = "The user who asked") String requestedBy,
        String companyId, String companyName, String period,
        @Schema(description = "json or csv: how the facts arrived") String inputKind,
        @Schema(description = "Language of the answer") String language,
        @Schema(description = "Version of the rules that answered") String rulesVersion,
        @Schema(description = "The departments the diagnosis covers (for a manager: those of them they manage)")
        List<String> departments,
        @Schema(description = "For a manager: the departments the record is reduced to; null when it is whole")
        List<String> restrictedTo,
        @Schema(description = "The facts as the service read them, in the JSON input format: post them again to "
                + "replay the diagnosis") JsonNode facts,
        @Schema(description = "The answer as it was sent (the Diagnosis schema)") JsonNode answer) {
}
