package com.salesdiag.service.rules;

import java.time.Instant;

/**
 * One publication in the rules log: from then on, every instance on the database serves {@code version}, once it
 * has checked it. The latest publication is what serves.
 *
 * @param instance        the instance that checked it first and published it (host:port)
 * @param replacedVersion the version serving on that instance before
 * @param note            why, in the publisher's words; null when none was given
 * @param loadId          the load attempt in the rules log that checked it; null when written by other means
 */
record Publication(long id, Instant at, String who, String instance, Action action, String version,
                   String replacedVersion, String note, Long loadId) {

    /** A reload of the rules folder, or a restore of a version that served before. */
    enum Action { PUBLISH, RESTORE }
}
