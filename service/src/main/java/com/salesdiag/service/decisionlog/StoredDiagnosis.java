package com.salesdiag.service.decisionlog;

/** A diagnosis as the log keeps it: its summary, the facts and the answer as JSON text. */
record StoredDiagnosis(DiagnosisSummary summary, String factsJson, String answerJson) {
}
