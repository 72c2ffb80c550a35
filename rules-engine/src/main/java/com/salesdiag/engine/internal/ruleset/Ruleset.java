package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.rules.BandDefinition;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.engine.rules.RulesetCatalogue;
import com.salesdiag.engine.rules.RulesetInfo;
import com.salesdiag.engine.rules.ThresholdDefinition;

import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.Threshold;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A compiled, immutable set of rules: the knowledge base, its version, what each rule says about itself and
 * the thresholds in force. Build one with {@link RulesetCompiler}.
 *
 * @param version              content hash of the rule files; the same files always give the same version
 * @param thresholdDefinitions the thresholds with their description, allowed range and row in the table
 * @param bandDefinitions      the bands with their row in the table
 * @param files                the rule files it was compiled from, so that what a version was can be kept
 */
public record Ruleset(KieBase kieBase, String version, Instant loadedAt, Map<String, RuleInfo> rules,
                      List<Threshold> thresholds, List<Band> bands,
                      List<ThresholdDefinition> thresholdDefinitions, List<BandDefinition> bandDefinitions,
                      List<RuleFile> files) {

    public Ruleset {
        thresholdDefinitions = List.copyOf(thresholdDefinitions);
        bandDefinitions = List.copyOf(bandDefinitions);
        files = List.copyOf(files);
    }

    /** A ruleset whose thresholds and bands are not traced to their rows (tests, hand-built rulesets). */
    public Ruleset(KieBase kieBase, String version, Instant loadedAt, Map<String, RuleInfo> rules,
                   List<Threshold> thresholds, List<Band> bands) {
        this(kieBase, version, loadedAt, rules, thresholds, bands, List.of(), List.of(), List.of());
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    public Optional<Double> threshold(String key) {
        return thresholds.stream().filter(t -> t.key().equals(key)).map(Threshold::value).findFirst();
    }

    public List<Band> bands(String scale) {
        return bands.stream().filter(b -> b.scale().equals(scale))
                .sorted(Comparator.comparingDouble(Band::lower)).toList();
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    public RulesetInfo info() {
        return new RulesetInfo(version, loadedAt, rules.size(), thresholds.size(), files);
    }

    /** Every rule, threshold and band, for an analyst to read; decision-table rows are listed once, as what they define. */
    public RulesetCatalogue catalogue() {
        Set<String> tableRows = Stream.concat(thresholdDefinitions.stream().map(ThresholdDefinition::rule),
                        bandDefinitions.stream().map(BandDefinition::rule))
                .collect(Collectors.toSet());
        List<RuleInfo> listed = rules.values().stream()
                .filter(rule -> !tableRows.contains(rule.name()))
                .sorted(Comparator.comparingInt(RuleInfo::step).thenComparing(RuleInfo::file)
                        .thenComparing(RuleInfo::name))
                .toList();
        return new RulesetCatalogue(version, loadedAt, listed, thresholdDefinitions, bandDefinitions);
    }
}
