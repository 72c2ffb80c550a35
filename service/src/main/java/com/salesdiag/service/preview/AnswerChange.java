package com.salesdiag.service.preview;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What a rules edit changes in one answer: what the people reading it would see differently. */
@Schema(description = "What a rules edit changes in one answer: conclusions, amounts and shares of the shortfall, "
        + "salespeople's status, sentences")
public record AnswerChange(
        @Schema(description = "Conclusions the edit adds, as scenarios name them", example = "[\"PERSONAL_COACHING for ilaria\"]")
        List<String> added,
        @Schema(description = "Conclusions the edit removes") List<String> removed,
        @Schema(description = "Causes whose estimated amount or share of the shortfall moved") List<AmountMoved> amounts,
        @Schema(description = "Salespeople whose status changes") List<StatusMoved> statuses,
        @Schema(description = "Sentences whose wording changes (summaries, explanations)") List<SentenceChanged> sentences) {

    public AnswerChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        amounts = List.copyOf(amounts);
        statuses = List.copyOf(statuses);
        sentences = List.copyOf(sentences);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && amounts.isEmpty() && statuses.isEmpty() && sentences.isEmpty();
    }

    /** A cause of a scope's shortfall whose amount or share moved; {@code UNEXPLAINED} for the part no cause explains. */
    @Schema(name = "AmountMoved")
    public record AmountMoved(@Schema(example = "COMPANY") String scopeType, String scopeId, String scopeName,
                              @Schema(example = "DELIVERY_DELAYS") String cause, String label,
                              @Schema(description = "Amount with the rules serving; null when there was none") Double before,
                              @Schema(description = "Amount with the edit; null when there is none") Double after,
                              Double shareBefore, Double shareAfter) {
    }

    @Schema(name = "StatusMoved")
    public record StatusMoved(String salespersonId, String name, String before, String after) {
    }

    /** {@code where}: {@code whySalesFell.company}, {@code whySalesFell.departments[north]}, {@code salespeople[ilaria]}, {@code findings[DELIVERY_DELAYS north]}. */
    @Schema(name = "SentenceChanged")
    public record SentenceChanged(String where, String before, String after) {
    }
}
