package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.Languages;
import com.salesdiag.engine.answer.DiagnosedFinding;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A finding of the engine, its sentence in the request's language. */
@Schema(name = "Finding", description = "What is wrong or right, with the rules that found it and the figures it rests on")
public record FindingView(
        @Schema(example = "DELIVERY_DELAYS") String code,
        @Schema(description = "outcome, cause, personal, positive or risk") String kind,
        @Schema(description = "Ladder step: 0 goals and context, 1 product ... 8 HR review, 9 what works") int step,
        @Schema(example = "SALESPERSON", description = "COMPANY, DEPARTMENT, SALESPERSON, PRODUCT or TECHNIQUE") String subjectType, String subjectId, String subjectName,
        @Schema(description = "Who acts on it: SALES_MANAGER, PRODUCTION, CUSTOMER_SERVICE, MARKETING, HR") String owner,
        @Schema(description = "The rules that produced it") List<String> rules,
        @Schema(description = "The figures it rests on") List<EvidenceView> evidence,
        String explanation) {

    static FindingView of(DiagnosedFinding f, String language) {
        return new FindingView(f.code(), f.kind(), f.priority(), f.subjectType().name(), f.subjectId(), f.subjectName(),
                f.owner(), f.rules(), EvidenceView.of(f.evidence()), Languages.pick(f.explanation(), language));
    }
}
