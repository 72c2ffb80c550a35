package com.salesdiag.service.decisionlog;

import java.time.Instant;

/**
 * A recorded diagnosis as a replay needs it: what it was about, when, which rules answered in which language, its
 * facts as the service read them (JSON input format, UTF-8) and the answer as it was sent.
 */
public record ReplayableDiagnosis(long id, Instant recordedAt, String companyId, String companyName, String period,
                                  String rulesVersion, String language, byte[] factsJson, byte[] answerJson) {
}
