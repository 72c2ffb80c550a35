package com.salesdiag.engine.internal.scenario;

import java.util.List;

/** The outcome of one scenario: each difference between what was expected and what the rules said. */
public record ScenarioResult(String name, String file, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }
}
