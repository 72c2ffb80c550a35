package com.salesdiag.service.decisionlog;

import com.salesdiag.engine.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;

import java.time.Instant;

/**
 * Published inside the transaction that records a diagnosis, before it commits: a listener that writes (the
 * review cases) writes in the same transaction, and its failure fails the recording, so the diagnosis is not
 * answered either.
 */
public record DiagnosisRecorded(long diagnosisId, Instant recordedAt, CompanyFacts facts, Diagnosis diagnosis) {
}
