package com.salesdiag.service.csv;

import com.salesdiag.service.facts.FactsInput;

/** Facts read from CSV files, and where each came from. */
public record CsvFacts(FactsInput input, CsvLocator locator) {
}
