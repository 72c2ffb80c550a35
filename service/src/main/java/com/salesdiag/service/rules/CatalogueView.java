package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.RulesetCatalogue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every rule, threshold and band of the serving rules, as the API shows them. */
@Schema(name = "RulesetCatalogue", description = "The rules of the ladder by step, and the thresholds and bands in "
        + "force with what they mean and where to edit them (an open upper bound reads \"Infinity\")")
record CatalogueView(String version, Instant loadedAt, List<Rule> rules, List<Threshold> thresholds,
                     List<Band> bands) {

    @Schema(name = "RuleInfo")
    record Rule(String name, String file, String stage, int step, String code, String kind, String owner,
                String description, Map<String, String> sentences) {
    }

    @Schema(name = "ThresholdDefinition")
    record Threshold(String key, double value, String description, String allowedRange, String file, int line,
                     String rule) {
    }

    @Schema(name = "BandDefinition")
    record Band(String scale, String code, double lower, double upper, String file, int line, String rule) {
    }

    static CatalogueView of(RulesetCatalogue c) {
        return new CatalogueView(c.version(), c.loadedAt(),
                c.rules().stream().map(r -> new Rule(r.name(), r.file(), r.stage(), r.step(), r.code(), r.kind(),
                        r.owner(), r.description(), r.sentences())).toList(),
                c.thresholds().stream().map(t -> new Threshold(t.key(), t.value(), t.description(), t.allowedRange(),
                        t.file(), t.line(), t.rule())).toList(),
                c.bands().stream().map(b -> new Band(b.scale(), b.code(), b.lower(), b.upper(), b.file(), b.line(),
                        b.rule())).toList());
    }
}
