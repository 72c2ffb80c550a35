package com.salesdiag.service.system;

import com.salesdiag.engine.answer.RuleVocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages the answer is written in. */
public final class Languages {

    /** Those of the ladder's sentences: a rule writes one per language. */
    public static final List<Locale> SUPPORTED = RuleVocabulary.LANGUAGES.stream().map(Locale::forLanguageTag).toList();

    private Languages() {
    }

    /** The sentence in the language, else the English one. */
    public static String pick(Map<String, String> sentences, String language) {
        if (sentences == null) {
            return "";
        }
        String sentence = sentences.get(language);
        return sentence != null ? sentence : sentences.getOrDefault(RuleVocabulary.LANGUAGES.get(0), "");
    }
}
