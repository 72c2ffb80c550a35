package com.salesdiag.engine.internal.explain;

import com.salesdiag.engine.derived.PeriodCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How a sentence writes a value that is not meant for people as it is: a code of the fact model
 * ({@code CASH_BONUS}, {@code COACHING}, {@code SALES_STRATEGY}) in words of the reader's language, a product
 * id as the product's name, a date ({@code 2026-08-05}) and a period ({@code 2026-Q3}, in a placeholder whose name
 * ends in "period") as {@link PeriodWords} writes them. The evidence keeps the codes and ids; only the sentence reads as prose.
 * <p>
 * The words are in {@code words_<language>.properties} beside this class, one line per code.
 */
public final class Words {

    /** Values as they are: for a sentence read by a program, or a test of the formatting alone. */
    public static final Words NONE = new Words(Map.of(), UnaryOperator.identity(), null, 1);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String BUNDLE = "com.salesdiag.engine.explain.words";
    private static final Map<Locale, Map<String, String>> CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> codes;
    private final UnaryOperator<String> productNames;
    /** The language dates and periods are written in; null writes them as they are (ISO). */
    private final Locale locale;
    /** The month the company's fiscal year starts in: its quarters are named as fiscal quarters. */
    private final int fiscalYearStartMonth;

    private Words(Map<String, String> codes, UnaryOperator<String> productNames, Locale locale, int fiscalYearStartMonth) {
        this.codes = codes;
        this.productNames = productNames;
        this.locale = locale;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    /** The words of {@code locale}'s language; {@code productNames} gives a product id's name. */
    public static Words of(Locale locale, UnaryOperator<String> productNames) {
        return of(locale, productNames, 1);
    }

    /** The same for a company whose fiscal year starts in {@code fiscalYearStartMonth}. */
    public static Words of(Locale locale, UnaryOperator<String> productNames, int fiscalYearStartMonth) {
        return new Words(CODES.computeIfAbsent(locale, Words::load), productNames, locale, fiscalYearStartMonth);
    }

    /** What the sentence writes for the value of placeholder {@code name}. */
    Object write(String name, Object value) {
        if (locale != null && value instanceof LocalDate date) {
            return PeriodWords.date(date, locale);
        }
        if (!(value instanceof String text)) {
            return value;
        }
        if ("product".equals(name)) {
            return productNames.apply(text);
        }
        if (locale != null && ISO_DATE.matcher(text).matches()) {
            return PeriodWords.date(LocalDate.parse(text), locale);
        }
        if (locale != null && name.toLowerCase(Locale.ROOT).endsWith("period") && PeriodCalendar.isValid(text)) {
            return PeriodWords.period(text, locale, fiscalYearStartMonth);
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
