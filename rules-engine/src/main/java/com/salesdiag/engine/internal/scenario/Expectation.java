package com.salesdiag.engine.internal.scenario;

/**
 * One line of a scenario's expectations: a finding or action code about a subject.
 *
 * @param subject   the subject id; null or blank matches any subject
 * @param incentive for RECOGNIZE only: the incentive expected; null matches any
 */
public record Expectation(String code, String subject, String incentive) {

    @Override
    public String toString() {
        return code + (subject == null || subject.isBlank() ? " (any subject)" : " for " + subject)
                + (incentive == null ? "" : " with " + incentive);
    }
}
