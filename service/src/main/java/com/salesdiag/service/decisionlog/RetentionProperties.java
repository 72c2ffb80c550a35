package com.salesdiag.service.decisionlog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the decision log keeps a record before it may be archived: an admin then exports it
 * ({@code GET /api/v1/diagnoses/archive}) to keep it elsewhere. The service never deletes a record, archived or not.
 *
 * @param archiveAfter the age from which a recorded diagnosis may be archived
 */
@ConfigurationProperties("salesdiag.decision-log")
public record RetentionProperties(@DefaultValue("730d") Duration archiveAfter) {
}
