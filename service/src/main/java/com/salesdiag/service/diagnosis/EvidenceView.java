package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.derived.Evidence;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One figure a conclusion rests on, as the API shows it. */
@Schema(name = "Evidence", description = "A figure a conclusion rests on, e.g. onTimeRate = 0.74")
public record EvidenceView(@Schema(example = "onTimeRate") String name,
                           @Schema(description = "A number, or a text such as a period or a code") Object value) {

    static List<EvidenceView> of(List<Evidence> evidence) {
        return evidence.stream().map(e -> new EvidenceView(e.name(), e.value())).toList();
    }
}
