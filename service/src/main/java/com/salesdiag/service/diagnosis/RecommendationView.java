package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.Languages;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A recommended action of the engine, its sentence in the request's language. */
@Schema(name = "Recommendation", description = "What to do, by whom, on which findings, with the rules and figures")
public record RecommendationView(
        @Schema(example = "ESCALATE_DELIVERY") String action,
        @Schema(description = "Ladder step of the rule that recommends it") int step,
        @Schema(example = "SALESPERSON", description = "COMPANY, DEPARTMENT, SALESPERSON, PRODUCT or TECHNIQUE") String subjectType, String subjectId, String subjectName, String owner,
        @Schema(description = "For RECOGNIZE: CASH_BONUS, TIME_OFF, TRIP or BIGGER_OFFICE; null otherwise") String incentive,
        @Schema(description = "The finding codes it follows from") List<String> basedOn,
        List<String> rules, List<EvidenceView> evidence, String explanation,
        @Schema(description = "For PERSONAL_COACHING and HR_DISMISSAL_REVIEW: the record a human reviewer needs")
        ReviewView review) {

    public static RecommendationView of(DiagnosedRecommendation r, String language) {
        return new RecommendationView(r.action(), r.priority(), r.subjectType().name(), r.subjectId(), r.subjectName(),
                r.owner(), r.incentive() == null || r.incentive().isEmpty() ? null : r.incentive(), r.basedOn(),
                r.rules(), EvidenceView.of(r.evidence()), Languages.pick(r.explanation(), language),
                r.review() == null ? null : ReviewView.of(r.review(), language));
    }
}
