package com.salesdiag.service.preview;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The scenarios diagnosed with the rules serving and with an edit, each reading its figures with its own thresholds. */
public record ScenarioPreview(String summary, int scenarios, int changed, List<ScenarioAnswer> answers) {

    public ScenarioPreview {
        answers = List.copyOf(answers);
    }

    /** A scenario whose answer the edit changes. */
    public record ScenarioAnswer(String scenario, String file, AnswerChange change) {
    }
}
