package com.salesdiag.service.decisionlog;

import java.time.Instant;

/**
 * A recorded diagnosis as a replay needs it: what it was about, when, which rules answered, and its facts as the
 * service read them (JSON input format, UTF-8).
 */
public record ReplayableDiagnosis(long id, Instant recordedAt, String companyId, String companyName, String period,
                                  String rulesVersion, byte[] factsJson) {
}
