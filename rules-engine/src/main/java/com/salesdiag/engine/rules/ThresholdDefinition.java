package com.salesdiag.engine.rules;

/**
 * A threshold in force and where an analyst edits it: the decision-table row that inserted it.
 *
 * @param description  what the threshold means, from the table's "What it means" column
 * @param allowedRange what values make sense ("0 to 1", "whole number, at least 1"), from the table; empty if none
 * @param rule         the decision-table rule (row) that inserted it
 * @param line         the row in the table (for CSV: the line); 0 when unknown
 */
public record ThresholdDefinition(String key, double value, String description, String allowedRange, String file,
                                  int line, String rule) {
}
