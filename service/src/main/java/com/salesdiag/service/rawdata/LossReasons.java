package com.salesdiag.service.rawdata;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words exports use for an opportunity's outcome and for why a deal was lost, and what each means to the
 * ladder. The built-in table covers the usual CRM words in English and Italian; a mapping file adds a source's own
 * ({@code lossReason,Too expensive,PRICE}). A reason in neither table is read by its words: CRMs let people type
 * "Prezzo troppo alto" or "Competitor's price lower", and counting those as "another reason" would report price as
 * checked and excluded. A reason whose words point at price alone counts as price, at product alone as product;
 * one naming both, or neither, counts as lost for another reason (OTHER). The answer lists every reason with the
 * cause it was counted under, so that a reason read wrongly shows and can be put in the mapping file.
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

    /** Words that, alone in a typed reason, say which cause it is; "budget" is not one ("no budget" is no price). */
    private static final Map<String, LossCause> REASON_WORDS = Map.ofEntries(
            Map.entry("price", LossCause.PRICE), Map.entry("prices", LossCause.PRICE),
            Map.entry("pricing", LossCause.PRICE), Map.entry("priced", LossCause.PRICE),
            Map.entry("expensive", LossCause.PRICE), Map.entry("cheaper", LossCause.PRICE),
            Map.entry("cost", LossCause.PRICE), Map.entry("costs", LossCause.PRICE),
            Map.entry("prezzo", LossCause.PRICE), Map.entry("prezzi", LossCause.PRICE),
            Map.entry("caro", LossCause.PRICE), Map.entry("cara", LossCause.PRICE),
            Map.entry("costoso", LossCause.PRICE), Map.entry("costosa", LossCause.PRICE),
            Map.entry("costo", LossCause.PRICE), Map.entry("economico", LossCause.PRICE),
            Map.entry("product", LossCause.PRODUCT), Map.entry("products", LossCause.PRODUCT),
            Map.entry("feature", LossCause.PRODUCT), Map.entry("features", LossCause.PRODUCT),
            Map.entry("functionality", LossCause.PRODUCT), Map.entry("quality", LossCause.PRODUCT),
            Map.entry("prodotto", LossCause.PRODUCT), Map.entry("prodotti", LossCause.PRODUCT),
            Map.entry("funzionalità", LossCause.PRODUCT), Map.entry("funzioni", LossCause.PRODUCT),
            Map.entry("qualità", LossCause.PRODUCT), Map.entry("caratteristiche", LossCause.PRODUCT));

    private static final int MAX_REMEMBERED = 1_000;

    private final Map<String, LossCause> reasons = new HashMap<>(DEFAULT_REASONS);
    /** Reasons already read by their words: an export repeats a few reasons over thousands of opportunities. */
    private final Map<String, LossCause> readByWords = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>(DEFAULT_OUTCOMES);

    void addReason(String reason, LossCause cause) {
        reasons.put(RawKind.normal(reason), cause);
    }

    void addOutcome(String word, Outcome outcome) {
        outcomes.put(RawKind.normal(word), outcome);
    }

    LossCause cause(String reason) {
        LossCause listed = reasons.get(RawKind.normal(reason));
        if (listed != null) {
            return listed;
        }
        LossCause read = readByWords.get(reason);
        if (read == null) {
            read = byWords(reason);
            if (readByWords.size() < MAX_REMEMBERED) {
                readByWords.put(reason, read);
            }
        }
        return read;
    }

    private static LossCause byWords(String reason) {
        Set<LossCause> named = EnumSet.noneOf(LossCause.class);
        for (String word : reason.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            LossCause cause = REASON_WORDS.get(word);
            if (cause != null) {
                named.add(cause);
            }
        }
        return named.size() == 1 ? named.iterator().next() : LossCause.OTHER;
    }

    /** The outcome a word says, or null when the tables do not know it. */
    Outcome outcome(String word) {
        return outcomes.get(RawKind.normal(word));
    }
}
