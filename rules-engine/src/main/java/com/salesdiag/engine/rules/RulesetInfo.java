package com.salesdiag.engine.rules;

import java.time.Instant;
import java.util.List;

/**
 * Which rules serve: their version (a hash of the files), when they were compiled, how many rules and thresholds
 * they hold, and the files themselves (to keep the text of every version that served).
 */
public record RulesetInfo(String version, Instant loadedAt, int rules, int thresholds, List<RuleFile> files) {

    public RulesetInfo {
        files = List.copyOf(files);
    }
}
