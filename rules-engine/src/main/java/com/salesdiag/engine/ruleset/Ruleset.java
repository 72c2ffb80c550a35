package com.salesdiag.engine.ruleset;

import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.Threshold;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled, immutable set of rules: the knowledge base, its version, what each rule says about itself and
 * the thresholds in force. Build one with {@link RulesetCompiler}.
 *
 * @param version content hash of the rule files; the same files always give the same version
 */
public record Ruleset(KieBase kieBase, String version, Instant loadedAt, Map<String, RuleInfo> rules,
                      List<Threshold> thresholds, List<Band> bands) {

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
}
