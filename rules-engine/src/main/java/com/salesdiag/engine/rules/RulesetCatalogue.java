package com.salesdiag.engine.rules;

import java.time.Instant;
import java.util.List;

/**
 * Everything a ruleset contains, for an analyst to read: the rules of the ladder in order, and the thresholds and
 * bands in force with what they mean and where to edit them. Plain data, safe to return as JSON (Jackson writes
 * an open upper bound as the string {@code "Infinity"}).
 *
 * @param rules rules of the ladder by step, then file and name; the decision-table rows that only define a
 *              threshold or band are listed under {@code thresholds} and {@code bands} instead
 */
public record RulesetCatalogue(String version, Instant loadedAt, List<RuleInfo> rules,
                               List<ThresholdDefinition> thresholds, List<BandDefinition> bands) {
}
