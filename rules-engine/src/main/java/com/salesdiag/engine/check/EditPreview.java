package com.salesdiag.engine.check;

import java.util.List;

/**
 * An edit of the rules checked as a reload would check it, and, when it passes, what it would change: for every
 * scenario whose diagnosis differs from the one the serving rules give, the conclusions added and removed. An
 * analyst sees what an edit does before anyone is diagnosed with it. Plain data, safe to return as JSON.
 */
public record EditPreview(CheckReport report, List<ScenarioChange> changes) {

    public EditPreview {
        changes = List.copyOf(changes);
    }
}
