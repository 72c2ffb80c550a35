package com.salesdiag.engine.rules;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;

/**
 * One scenario as two rulesets read it, and what each concluded: figures stated against the decision table take
 * each ruleset's own values, so that comparing the diagnoses compares what the scenario means, not today's numbers.
 */
public record ScenarioCase(String scenario, String file, CompanyFacts servingFacts, Diagnosis served,
                           CompanyFacts editedFacts, Diagnosis edited) {
}
