package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.UnverifiedCheck;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "NotVerified", description = "A check of the ladder that could not be made: the cause was neither "
        + "found nor excluded, for lack of data or of enough data. No HR review stands while one applies to the person.")
public record UnverifiedView(
        @Schema(example = "SALESPERSON", description = "COMPANY, DEPARTMENT, SALESPERSON, PRODUCT or TECHNIQUE") String subjectType, String subjectId,
        @Schema(description = "The cause (or finding) that could not be checked", example = "DELIVERY_DELAYS") String code,
        @Schema(example = "delivery") String label,
        @Schema(description = "NO_DATA (not sent), PARTLY_SENT (some of its figures sent, those in figuresNotSent "
                + "not) or NOT_ENOUGH_DATA (too few observations; a NOT_ENOUGH_DATA finding gives the figures)") String reason,
        @Schema(description = "For PARTLY_SENT: the figures not sent, by their field names", example = "[\"backlogDays\"]")
        List<String> figuresNotSent) {

    static UnverifiedView of(UnverifiedCheck check, Sentences sentences) {
        return new UnverifiedView(check.subjectType().name(), check.subjectId(), check.code(),
                NotVerified.label(check, sentences), check.reason(), check.figuresNotSent());
    }
}
