package com.salesdiag.service.preview;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Recorded diagnoses replayed on the rules serving and on an edit: which answers change, and how. */
@Schema(name = "Replay", description = "Recent recorded diagnoses diagnosed again, from their recorded facts, with the "
        + "rules serving and with the edit; nothing is recorded. Lists only the diagnoses that change")
public record Replay(
        @Schema(example = "12 of 200 diagnoses change; 3 people newly recommended for coaching; no new HR review")
        String summary,
        @Schema(description = "How many recorded diagnoses were replayed: the newest, up to limit") int replayed,
        @Schema(description = "How many of them the edit changes") int changed,
        @Schema(description = "How many diagnoses were recorded in the range in all") long recorded,
        int limit,
        @Schema(description = "Recorded on or after this day; null for no bound") LocalDate from,
        @Schema(description = "Recorded before the end of this day; null for no bound") LocalDate to,
        @Schema(description = "People (per company) newly recommended for personal coaching") int newlyCoached,
        @Schema(description = "People no longer recommended for personal coaching") int noLongerCoached,
        @Schema(description = "People newly recommended for an HR dismissal review") int newHrReviews,
        @Schema(description = "People no longer recommended for an HR dismissal review") int hrReviewsWithdrawn,
        @Schema(description = "Recorded diagnoses that could not be replayed, and why") List<NotReplayed> notReplayed,
        List<ReplayedDiagnosis> diagnoses,
        @Schema(description = "How long the replay took") long millis) {

    public Replay {
        notReplayed = List.copyOf(notReplayed);
        diagnoses = List.copyOf(diagnoses);
    }

    /** A recorded diagnosis whose answer the edit changes. */
    @Schema(name = "ReplayedDiagnosis")
    public record ReplayedDiagnosis(long id, @Schema(example = "/api/v1/diagnoses/42") String href, Instant recordedAt,
                                    String companyId, String companyName, String period,
                                    @Schema(description = "The rules version that answered when it was recorded")
                                    String recordedWith,
                                    @Schema(description = "The language of the record, that of its sentences here")
                                    String language,
                                    AnswerChange change) {
    }

    @Schema(name = "NotReplayed")
    public record NotReplayed(long id, String reason) {
    }
}
