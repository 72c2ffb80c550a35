package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.ExpectationsAccepted;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** What accepting new scenario expectations wrote, as the API shows it. */
@Schema(name = "ExpectationsAccepted", description = "The scenarios rewritten with their new expectations, each as a "
        + "unified diff, those that could not be, and the check of the rules folder afterwards")
record AcceptedView(@Schema(description = "ACCEPTED or NOTHING_TO_ACCEPT") String outcome,
                    @Schema(description = "What was done, in one sentence") String message,
                    @Schema(description = "The version of the rule files the expectations were accepted for") String version,
                    List<Rewritten> rewritten,
                    @Schema(description = "The folder the packaged scenarios were copied into to become the rules "
                            + "folder's own; null when it had its own") String adoptedInto,
                    @Schema(description = "How many scenario files were copied there") int adopted,
                    List<NotAccepted> notAccepted,
                    @Schema(description = "The check after the rewrite") CheckView after) {

    @Schema(name = "RewrittenScenario")
    record Rewritten(String scenario, String file, List<CheckView.ExpectationChangeView> changes,
                     @Schema(description = "The rewrite, as diff -u prints it") String diff) {
    }

    @Schema(name = "NotAcceptedScenario", description = "A scenario whose expectations cannot be accepted: "
            + "BREAKS_AN_INVARIANT (the edit recommends what the domain forbids), CANNOT_BE_READ, or "
            + "OUTSIDE_THE_RULES_FOLDER (a scenario folder configured apart from the rules: edit it there)")
    record NotAccepted(String scenario, String file, String reason, String detail) {
    }

    static AcceptedView of(ExpectationsAccepted accepted, ServerPaths paths, String message, Locale locale) {
        return new AcceptedView(accepted.outcome().name(), message, accepted.version(),
                accepted.rewritten().stream().map(r -> new Rewritten(r.scenario(), paths.shown(r.file()),
                        r.changes().stream().map(c -> CheckView.ExpectationChangeView.of(
                                new com.salesdiag.engine.rules.ExpectationChange(c.scenario(), paths.shown(c.file()),
                                        c.expectation(), c.change(), c.why()))).toList(),
                        r.diff())).toList(),
                accepted.adoptedInto().isEmpty() ? null : paths.shown(accepted.adoptedInto()), accepted.adopted(),
                accepted.notAccepted().stream().map(n -> new NotAccepted(n.scenario(), paths.shown(n.file()),
                        n.reason().name(), paths.shown(n.detail()))).toList(),
                CheckView.of(paths.shown(accepted.after()), locale));
    }
}
