package com.salesdiag.service.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages the answer is written in. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private Languages() {
    }

    /** The sentence in the language, else the English one. */
    static String pick(Map<String, String> sentences, String language) {
        if (sentences == null) {
            return "";
        }
        String sentence = sentences.get(language);
        return sentence != null ? sentence : sentences.getOrDefault("en", "");
    }
}
