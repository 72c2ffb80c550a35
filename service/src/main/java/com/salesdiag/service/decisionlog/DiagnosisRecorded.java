package com.salesdiag.service.decisionlog;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;

import java.time.Instant;
import java.util.Set;

/**
 * Published inside the transaction that records a diagnosis, before it commits: a listener that writes (the
 * review cases) writes in the same transaction, and its failure fails the recording, so the diagnosis is not
 * answered either. {@code caseDepartments}: the departments whose salespeople it may open or join review cases
 * for, those of the manager who asked; null for every department.
 */
public record DiagnosisRecorded(long diagnosisId, Instant recordedAt, CompanyFacts facts, Diagnosis diagnosis,
                                Set<String> caseDepartments) {

    /** Whether this diagnosis may open or join a review case about a salesperson of {@code department}. */
    public boolean mayOpenCasesIn(String department) {
        return caseDepartments == null || caseDepartments.contains(department);
    }
}
