package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One attempt to load rules, as the API shows it. */
@Schema(name = "LoadAttempt", description = "An attempt to load rules: who, when, which version, the outcome and the "
        + "version serving after it")
record LoadAttemptView(long sequence, String version, Instant at, String who,
                       @Schema(description = "ACCEPTED or REJECTED") String outcome, String activeVersion,
                       int scenariosRun,
                       @Schema(description = "How many problems in all; problems lists the first ones") int problemCount,
                       List<RuleProblemView> problems,
                       @Schema(description = "Why it was asked for (a publish or restore with a note); null if not said")
                       String note) {

    static LoadAttemptView of(LoadAttempt attempt, Locale locale) {
        return of(attempt, null, locale);
    }

    /** Problems in the reader's language; those the rules log kept as plain text, as they were written. */
    static LoadAttemptView of(LoadAttempt attempt, String note, Locale locale) {
        return new LoadAttemptView(attempt.sequence(), attempt.version(), attempt.at(), attempt.who(),
                attempt.outcome().name(), attempt.activeVersion(), attempt.scenariosRun(), attempt.problemCount(),
                RuleProblemView.of(attempt.problems(), locale), note);
    }
}
