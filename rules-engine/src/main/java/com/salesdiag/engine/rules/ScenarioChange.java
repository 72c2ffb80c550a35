package com.salesdiag.engine.rules;

import java.util.List;

/**
 * What an edit of the rules changes in the diagnosis of one scenario's company, against the rules serving:
 * conclusions ({@code DELIVERY_DELAYS for north}, {@code RECOGNIZE/TRIP for anna}) it adds and removes.
 */
public record ScenarioChange(String scenario, String file, List<String> added, List<String> removed) {

    public ScenarioChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
