package com.salesdiag.service.rawdata;

import java.util.HashMap;
import java.util.Map;

/**
 * The words exports use for an opportunity's outcome and for why a deal was lost, and what each means to the
 * ladder. The built-in table covers the usual CRM words in English and Italian; a mapping file adds a source's own
 * ({@code lossReason,Too expensive,PRICE}). A loss reason in neither counts as lost for another reason (OTHER),
 * and the answer lists every reason with the cause it was counted under, so that a reason missing from the table
 * shows.
 */
final class LossReasons {

    private static final Map<String, LossCause> DEFAULT_REASONS = Map.ofEntries(
            Map.entry("price", LossCause.PRICE), Map.entry("pricing", LossCause.PRICE),
            Map.entry("tooexpensive", LossCause.PRICE), Map.entry("cost", LossCause.PRICE),
            Map.entry("budget", LossCause.PRICE), Map.entry("cheapercompetitor", LossCause.PRICE),
            Map.entry("prezzo", LossCause.PRICE), Map.entry("troppocaro", LossCause.PRICE),
            Map.entry("costo", LossCause.PRICE),
            Map.entry("product", LossCause.PRODUCT), Map.entry("features", LossCause.PRODUCT),
            Map.entry("feature", LossCause.PRODUCT), Map.entry("missingfeature", LossCause.PRODUCT),
            Map.entry("functionality", LossCause.PRODUCT), Map.entry("quality", LossCause.PRODUCT),
            Map.entry("prodotto", LossCause.PRODUCT), Map.entry("funzionalità", LossCause.PRODUCT),
            Map.entry("qualità", LossCause.PRODUCT));

    private static final Map<String, Outcome> DEFAULT_OUTCOMES = Map.ofEntries(
            Map.entry("won", Outcome.WON), Map.entry("closedwon", Outcome.WON), Map.entry("win", Outcome.WON),
            Map.entry("vinta", Outcome.WON), Map.entry("vinto", Outcome.WON), Map.entry("chiusavinta", Outcome.WON),
            Map.entry("lost", Outcome.LOST), Map.entry("closedlost", Outcome.LOST), Map.entry("loss", Outcome.LOST),
            Map.entry("persa", Outcome.LOST), Map.entry("perso", Outcome.LOST), Map.entry("chiusapersa", Outcome.LOST),
            Map.entry("open", Outcome.OPEN), Map.entry("aperta", Outcome.OPEN), Map.entry("aperto", Outcome.OPEN),
            Map.entry("inprogress", Outcome.OPEN), Map.entry("incorso", Outcome.OPEN));

    private final Map<String, LossCause> reasons = new HashMap<>(DEFAULT_REASONS);
    private final Map<String, Outcome> outcomes = new HashMap<>(DEFAULT_OUTCOMES);

    void addReason(String reason, LossCause cause) {
        reasons.put(RawKind.normal(reason), cause);
    }

    void addOutcome(String word, Outcome outcome) {
        outcomes.put(RawKind.normal(word), outcome);
    }

    LossCause cause(String reason) {
        return reasons.getOrDefault(RawKind.normal(reason), LossCause.OTHER);
    }

    /** The outcome a word says, or null when the tables do not know it. */
    Outcome outcome(String word) {
        return outcomes.get(RawKind.normal(word));
    }
}
