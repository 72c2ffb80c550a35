package com.salesdiag.service.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesdiag.service.rawdata.ComputedFrom;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "Diagnosis", description = "Why sales fell and what to do: the answer for the company and each "
        + "department, a status per salesperson, the recommendations grouped by who acts on them, and every finding")
public record DiagnosisResponse(
        String companyId, String companyName,
        @Schema(example = "2026-Q3") String period,
        CoverageView coverage,
        @Schema(description = "Language of every sentence: en or it") String language,
        @Schema(description = "Version of the rules that produced the answer (hash of the rule files)") String rulesVersion,
        WhySalesFell whySalesFell,
        List<SalespersonStatus> salespeople,
        @Schema(description = "Sales manager, production, customer service, marketing, HR: always all five, in this order")
        List<OwnerGroup> recommendationsByOwner,
        List<FindingView> findings,
        @Schema(description = "Corrective actions the rules recommended and the engine held back; empty unless an "
                + "edited rule breaks the process's invariants") List<WithheldView> withheld,
        @Schema(description = "The checks of the ladder that could not be made, per subject: what was not sent is "
                + "unknown, and a figure on too few observations decides nothing") List<UnverifiedView> notVerified,
        @JsonInclude(JsonInclude.Include.NON_NULL) ComputedFrom computedFrom) {

    /** The same answer, saying which raw files and added-up figures it was computed from. */
    DiagnosisResponse withComputedFrom(ComputedFrom from) {
        return new DiagnosisResponse(companyId, companyName, period, coverage, language, rulesVersion, whySalesFell,
                salespeople, recommendationsByOwner, findings, withheld, notVerified, from);
    }
}
