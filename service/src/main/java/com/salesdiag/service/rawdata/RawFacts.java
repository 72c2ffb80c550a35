package com.salesdiag.service.rawdata;

import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.system.InputError;

import java.util.function.UnaryOperator;

/**
 * The facts of a company with the raw files added up into them, where each of them came from (a KPI file's row,
 * or a raw file), and what the added-up figures rest on.
 */
public record RawFacts(FactsInput input, UnaryOperator<InputError> locator, ComputedFrom computedFrom) {
}
