package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.rules.Phrase;

import java.util.List;

/**
 * The outcome of one scenario: each difference between what was expected and what the rules said, and the
 * diagnosis itself (null when the scenario could not be run).
 */
public record ScenarioResult(String name, String file, List<Phrase> differences, Diagnosis diagnosis) {

    public boolean passed() {
        return differences.isEmpty();
    }
}
