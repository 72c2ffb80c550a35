package com.salesdiag.engine.facts;

/** A sales technique a salesperson used in a period (e.g. "consultative selling", "reference visits"). */
public record TechniqueUse(String salespersonId, String period, String technique) {
}
