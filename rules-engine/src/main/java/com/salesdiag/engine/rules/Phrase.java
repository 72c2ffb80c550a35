package com.salesdiag.engine.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A sentence the engine writes for an analyst (a problem of a rules edit, a scenario that no longer holds), kept as
 * a stable code and its arguments, and worded in English or Italian from {@code problems_<language>.properties}
 * beside this class.
 * <p>
 * Why the engine words them itself rather than leaving it to the service: the codes and the sentences that explain
 * them change together, in one module, and each translation is checked against its English by the engine's own
 * tests; the offline {@code RulesCheckCommand}, which runs without the service, prints the same sentences; and the
 * engine stays free of Spring, since a {@link ResourceBundle} is plain Java (as the rules' own words in
 * {@code explain/words_*.properties} are). The service only asks for the reader's language.
 * <p>
 * An argument is a value as it is (a key, a file, a figure as the analyst wrote it), another phrase (worded in the
 * same language) or a list of phrases (joined with ", "). Text the engine did not write (Drools' compiler, a JSON
 * parser) is an argument, quoted verbatim by a sentence that says so.
 *
 * @param code a stable key ({@code threshold.undefined}); programs may rely on it
 * @param args the values of the sentence's placeholders {@code {0}}, {@code {1}}…, in order
 */
public record Phrase(String code, List<Object> args) {

    /** The languages every phrase is written in; English is the one stored and printed. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN);

    static final String BUNDLE = "com.salesdiag.engine.rules.problems";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    public Phrase {
        Objects.requireNonNull(code, "code");
        List<Object> copy = new ArrayList<>();
        if (args != null) {
            args.forEach(arg -> copy.add(restored(arg)));
        }
        args = Collections.unmodifiableList(copy);
    }

    public static Phrase of(String code, Object... args) {
        return new Phrase(code, java.util.Arrays.asList(args));
    }

    /** The sentence in English: what the engine prints, logs and stores. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The sentence in {@code locale}'s language, in English for a language it is not written in. */
    public String in(Locale locale) {
        Locale language = language(locale);
        ResourceBundle bundle = bundle(language);
        String pattern = bundle.containsKey(code) ? bundle.getString(code) : bundle(Locale.ENGLISH).getString(code);
        Object[] values = args.stream().map(arg -> worded(arg, language)).toArray();
        return new MessageFormat(pattern, language).format(values);
    }

    /** The same phrase with every text argument (at any depth) passed through {@code shown}, e.g. to hide paths. */
    public Phrase withTexts(UnaryOperator<String> shown) {
        return new Phrase(code, args.stream().map(arg -> mapped(arg, shown)).toList());
    }

    private static Object mapped(Object arg, UnaryOperator<String> shown) {
        if (arg instanceof String text) {
            return shown.apply(text);
        }
        if (arg instanceof Phrase phrase) {
            return phrase.withTexts(shown);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(item -> mapped(item, shown)).toList();
        }
        return arg;
    }

    private static Object worded(Object arg, Locale language) {
        if (arg instanceof Phrase phrase) {
            return phrase.in(language);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> String.valueOf(worded(item, language))).toList());
        }
        return arg;
    }

    /** A phrase read back from JSON (the rules log stores problems as JSON) is a map: made a phrase again. */
    private static Object restored(Object arg) {
        if (arg instanceof Map<?, ?> map && map.get("code") instanceof String code) {
            return new Phrase(code, map.get("args") instanceof List<?> list ? new ArrayList<>(list) : List.of());
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(Phrase::restored).toList();
        }
        return arg;
    }

    private static Locale language(Locale locale) {
        String wanted = locale == null ? "" : locale.getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(Locale.ENGLISH);
    }

    static ResourceBundle bundle(Locale language) {
        return BUNDLES.computeIfAbsent(language, l -> {
            try {
                return ResourceBundle.getBundle(BUNDLE, l,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("no problem texts for " + l + " (" + BUNDLE + ")", e);
            }
        });
    }

    @Override
    public String toString() {
        return english();
    }
}
