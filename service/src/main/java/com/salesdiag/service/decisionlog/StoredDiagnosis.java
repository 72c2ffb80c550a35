package com.salesdiag.service.decisionlog;

/** A diagnosis as the log keeps it: its summary, the facts and the answer as JSON, UTF-8. */
record StoredDiagnosis(DiagnosisSummary summary, byte[] factsJson, byte[] answerJson) {
}
