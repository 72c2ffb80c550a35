package com.salesdiag.service.rules;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One publication, as the API shows it. */
@Schema(name = "RulesPublication", description = "A version published: from then on every instance on the database "
        + "serves it, once it has checked it. The latest publication is what serves.")
record PublicationView(long id, Instant at, String who,
                       @Schema(description = "The instance that checked it first (host:port)") String instance,
                       @Schema(description = "PUBLISH (a reload of the rules folder) or RESTORE") String action,
                       String version,
                       @Schema(description = "The version it replaced on that instance: GET /api/v1/rules/diff?from="
                               + "{replacedVersion}&to={version} shows what changed") String replacedVersion,
                       @Schema(description = "Why, in the publisher's words") String note) {

    static PublicationView of(Publication p) {
        return new PublicationView(p.id(), p.at(), p.who(), p.instance(), p.action().name(), p.version(),
                p.replacedVersion(), p.note());
    }
}
