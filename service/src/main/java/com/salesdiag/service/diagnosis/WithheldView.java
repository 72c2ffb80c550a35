package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.WithheldAction;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A corrective action a rule recommended that the engine held back, and why, in the reader's language. */
@Schema(description = "A coaching or HR review a rule recommended and the engine held back because it would break "
        + "an invariant of the process (an upstream cause stands, the goal was not missed, no ineffective documented "
        + "coaching, or the person is also recognised). Empty unless an edited rule is wrong: tell the analysts.")
record WithheldView(
        @Schema(example = "HR_DISMISSAL_REVIEW") String action,
        @Schema(example = "SALESPERSON") String subjectType,
        String subjectId,
        String subjectName,
        @Schema(description = "The rule that recommended it") String rule,
        @Schema(description = "UPSTREAM_CAUSE_STANDS, NO_SHORTFALL, PARTIAL_PERIOD, NO_INEFFECTIVE_COACHING, ALSO_RECOGNISED, CAUSE_NOT_VERIFIED or "
                + "NOT_A_SALESPERSON")
        String reason,
        @Schema(description = "For an upstream cause: the codes of the causes that stand") List<String> basedOn,
        String explanation) {

    static WithheldView of(WithheldAction w, Sentences sentences) {
        String causes = String.join(", ", w.basedOn().stream().map(sentences::label).toList());
        return new WithheldView(w.action(), w.subjectType().name(), w.subjectId(), w.subjectName(), w.rule(),
                w.reason(), w.basedOn(), sentences.get("salesdiag.withheld." + w.reason(), sentences.label(w.action()),
                        w.subjectName(), w.rule(), causes));
    }
}
