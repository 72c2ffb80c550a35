package com.salesdiag.engine.explain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * How a sentence writes a value that is not meant for people as it is: a code of the fact model
 * ({@code CASH_BONUS}, {@code COACHING}, {@code SALES_STRATEGY}) in words of the reader's language, and a product
 * id as the product's name. The evidence keeps the codes and ids; only the sentence reads as prose.
 * <p>
 * The words are in {@code words_<language>.properties} beside this class, one line per code.
 */
public final class Words {

    /** Values as they are: for a sentence read by a program, or a test of the formatting alone. */
    public static final Words NONE = new Words(Map.of(), UnaryOperator.identity());

    private static final String BUNDLE = "com.salesdiag.engine.explain.words";
    private static final Map<Locale, Map<String, String>> CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> codes;
    private final UnaryOperator<String> productNames;

    private Words(Map<String, String> codes, UnaryOperator<String> productNames) {
        this.codes = codes;
        this.productNames = productNames;
    }

    /** The words of {@code locale}'s language; {@code productNames} gives a product id's name. */
    public static Words of(Locale locale, UnaryOperator<String> productNames) {
        return new Words(CODES.computeIfAbsent(locale, Words::load), productNames);
    }

    /** What the sentence writes for the value of placeholder {@code name}. */
    Object write(String name, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        if ("product".equals(name)) {
            return productNames.apply(text);
        }
        return codes.getOrDefault(text, text);
    }

    private static Map<String, String> load(Locale locale) {
        Map<String, String> words = new HashMap<>();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle.keySet().forEach(key -> words.put(key, bundle.getString(key)));
        } catch (MissingResourceException e) {
            // A language without words writes the codes as they are.
        }
        return Map.copyOf(words);
    }
}
