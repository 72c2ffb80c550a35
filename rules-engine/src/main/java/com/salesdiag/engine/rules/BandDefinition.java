package com.salesdiag.engine.rules;

/**
 * A band in force (lower bound inclusive, upper exclusive) and the decision-table row that inserted it.
 *
 * @param line the row in the table (for CSV: the line); 0 when unknown
 */
public record BandDefinition(String scale, String code, double lower, double upper, String file, int line,
                             String rule) {
}
