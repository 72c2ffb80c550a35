package com.salesdiag.engine.ruleset;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    public static RulesetCatalogue of(Ruleset ruleset) {
        Set<String> tableRows = Stream.concat(
                        ruleset.thresholdDefinitions().stream().map(ThresholdDefinition::rule),
                        ruleset.bandDefinitions().stream().map(BandDefinition::rule))
                .collect(Collectors.toSet());
        List<RuleInfo> rules = ruleset.rules().values().stream()
                .filter(rule -> !tableRows.contains(rule.name()))
                .sorted(Comparator.comparingInt(RuleInfo::step).thenComparing(RuleInfo::file)
                        .thenComparing(RuleInfo::name))
                .toList();
        return new RulesetCatalogue(ruleset.version(), ruleset.loadedAt(), rules, ruleset.thresholdDefinitions(),
                ruleset.bandDefinitions());
    }
}
