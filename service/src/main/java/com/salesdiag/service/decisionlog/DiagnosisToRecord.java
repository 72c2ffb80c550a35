package com.salesdiag.service.decisionlog;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;

import java.util.Set;

/**
 * One diagnosis served, everything the decision log keeps of it.
 *
 * @param requestedBy who asked: the name of the authenticated user
 * @param inputKind   json or csv
 * @param factsJson   the facts as the service read them, in the JSON input format (CSV input too), UTF-8, compressed
 * @param answerJson  the answer as it is sent, UTF-8
 * @param caseDepartments the departments whose salespeople the diagnosis may open or join review cases for: a
 *                    manager's own; null for every department (HR, administrators)
 */
public record DiagnosisToRecord(String requestedBy, String inputKind, String language, CompanyFacts facts,
                                Diagnosis diagnosis, GzipJson factsJson, byte[] answerJson, Set<String> caseDepartments) {

    public DiagnosisToRecord {
        caseDepartments = caseDepartments == null ? null : Set.copyOf(caseDepartments);
    }
}
