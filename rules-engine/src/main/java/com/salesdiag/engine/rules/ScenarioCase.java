package com.salesdiag.engine.rules;

import com.salesdiag.engine.facts.CompanyFacts;

/**
 * One scenario as two rulesets read it: figures stated against the decision table take each ruleset's own values,
 * so that comparing their diagnoses compares what the scenario means, not today's numbers.
 */
public record ScenarioCase(String scenario, String file, CompanyFacts servingFacts, CompanyFacts editedFacts) {
}
