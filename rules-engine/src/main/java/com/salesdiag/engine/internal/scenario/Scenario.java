package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.facts.CompanyFacts;

/**
 * A case an analyst writes in JSON: facts in, expected codes out. Scenarios are the specification of the
 * ladder; any edit of the rules must keep them all passing.
 */
public record Scenario(String name, String description, CompanyFacts facts, Expectations expect) {
}
