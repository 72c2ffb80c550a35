package com.salesdiag.engine.rules;

import java.util.Map;

/**
 * What a rule says about itself in its header, for the catalogue and for explanations.
 *
 * @param sentences sentence templates per language ("en", "it"), with {placeholders} for the evidence
 */
public record RuleInfo(String name, String file, String stage, int step, String code, String kind, String owner,
                       String description, Map<String, String> sentences) {
}
