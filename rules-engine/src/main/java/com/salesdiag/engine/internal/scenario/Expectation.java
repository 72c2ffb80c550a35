package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.rules.Phrase;

/**
 * One line of a scenario's expectations: a finding or action code about a subject.
 *
 * @param subject   the subject id; null or blank matches any subject
 * @param incentive for RECOGNIZE only: the incentive expected; null matches any
 */
public record Expectation(String code, String subject, String incentive) {

    /** "CODE for subject", "CODE (any subject)", "RECOGNIZE for anna with TRIP", in words of the reader's language. */
    public Phrase phrase() {
        Phrase about = subject == null || subject.isBlank()
                ? Phrase.of("conclusion.anySubject", code)
                : Phrase.of("conclusion.for", code, subject);
        return incentive == null ? about : Phrase.of("conclusion.with", about, incentive);
    }

    @Override
    public String toString() {
        return code + (subject == null || subject.isBlank() ? " (any subject)" : " for " + subject)
                + (incentive == null ? "" : " with " + incentive);
    }
}
