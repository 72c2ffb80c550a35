package com.salesdiag.engine.internal.explain;

import com.salesdiag.engine.derived.Evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a rule's sentence: {@code "On-time delivery {onTimeRate,number,percent} against {tolerance,number,percent}"}.
 * Placeholders name evidence (or {@code subject}); the part after the name is ordinary {@link MessageFormat}
 * syntax, so numbers and percentages follow the reader's language.
 * <p>
 * A template is parsed once per language and kept: parsing (and the number formats a {@link MessageFormat} builds)
 * cost far more than formatting. Each thread formats with its own copy, since {@code MessageFormat} is not
 * thread-safe.
 * <p>
 * A number in a placeholder without a format ({@code {lost}}) is written here with the language's number format,
 * exactly as {@code MessageFormat} would, but with a format kept per thread: {@code MessageFormat} builds a new
 * {@code NumberFormat} for each such number, which was the largest single cost of explaining a diagnosis.
 * <p>
 * Percentages are truncated, not rounded: goals, bands and tolerances are thresholds a figure reaches or not, and
 * a figure just short of one (94.96 % against 95 %) must not read as reaching it.
 */
public final class SentenceTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)([,}])");
    /** Templates come from rules, a few hundred at most; a reload storm of edited sentences clears the cache. */
    private static final int MAX_CACHED = 2_000;
    private static final Map<Locale, Map<String, SentenceTemplate>> CACHE = new ConcurrentHashMap<>();
    /** One plain number format per language and thread, shared by all templates (formats are not thread-safe). */
    private static final Map<Locale, ThreadLocal<NumberFormat>> PLAIN_NUMBERS = new ConcurrentHashMap<>();

    private final String template;
    private final String[] names;
    /** For each placeholder, whether it has no format of its own, so a number in it gets the plain number format. */
    private final boolean[] unformatted;
    /** For each placeholder, whether its format is a number format, and whether a percentage. */
    private final boolean[] numeric;
    private final boolean[] percent;
    private final ThreadLocal<MessageFormat> format;
    private final ThreadLocal<NumberFormat> plainNumbers;

    private SentenceTemplate(String template, Locale locale) {
        this.template = template;
        List<String> argNames = new ArrayList<>();
        StringBuilder indexed = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template.replace("'", "''"));
        while (m.find()) {
            argNames.add(m.group(1));
            m.appendReplacement(indexed, Matcher.quoteReplacement("{" + (argNames.size() - 1) + m.group(2)));
        }
        m.appendTail(indexed);
        this.names = argNames.toArray(String[]::new);
        MessageFormat parsed = parse(indexed.toString(), locale);
        this.unformatted = new boolean[names.length];
        this.numeric = new boolean[names.length];
        this.percent = new boolean[names.length];
        if (parsed != null) {
            Format[] formats = parsed.getFormatsByArgumentIndex();
            for (int i = 0; i < names.length; i++) {
                Format f = i < formats.length ? formats[i] : null;
                unformatted[i] = f == null;
                numeric[i] = f instanceof NumberFormat;
                percent[i] = f instanceof DecimalFormat decimal && decimal.getMultiplier() == 100;
                if (percent[i]) {
                    // Truncated, never rounded up: 94.96 % of a goal that is met from 95 % reads 94 %, not 95 %.
                    ((DecimalFormat) f).setRoundingMode(RoundingMode.DOWN);
                    parsed.setFormatByArgumentIndex(i, f);
                }
            }
        }
        this.format = parsed == null ? null : ThreadLocal.withInitial(() -> (MessageFormat) parsed.clone());
        this.plainNumbers = PLAIN_NUMBERS.computeIfAbsent(locale,
                l -> ThreadLocal.withInitial(() -> NumberFormat.getInstance(l)));
    }

    /** The template for a language, parsed once. */
    public static SentenceTemplate of(String template, Locale locale) {
        Map<String, SentenceTemplate> templates = CACHE.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        SentenceTemplate compiled = templates.get(template);
        if (compiled == null) {
            if (templates.size() >= MAX_CACHED) {
                templates.clear();
            }
            compiled = templates.computeIfAbsent(template, t -> new SentenceTemplate(t, locale));
        }
        return compiled;
    }

    public static String render(String template, Locale locale, String subject, List<Evidence> evidence) {
        return of(template, locale).render(subject, evidence);
    }

    public String render(String subject, List<Evidence> evidence) {
        return render(subject, evidence, Words.NONE);
    }

    /** The sentence, with codes and product ids written as {@code words} says. */
    public String render(String subject, List<Evidence> evidence, Words words) {
        if (format == null) {
            return template;
        }
        Object[] args = new Object[names.length];
        boolean textWhereANumberGoes = false;
        for (int i = 0; i < names.length; i++) {
            Object value = "subject".equals(names[i]) ? subject : words.write(names[i], valueOf(evidence, names[i]));
            if (unformatted[i] && value instanceof Number) {
                value = plainNumbers.get().format(value);
            } else if (percent[i] && value instanceof Number number) {
                // Exact decimal, so that 0.29 is 29 % and not 28.999... truncated to 28 %.
                value = number instanceof Double || number instanceof Float
                        ? BigDecimal.valueOf(number.doubleValue()) : BigDecimal.valueOf(number.longValue());
            }
            textWhereANumberGoes |= numeric[i] && !(value instanceof Number);
            args[i] = value;
        }
        try {
            return textWhereANumberGoes ? withTextAsItIs(args) : format.get().format(args);
        } catch (IllegalArgumentException e) {
            // A wrong format in a sentence must not break a diagnosis: show the template as written.
            return template;
        }
    }

    /** A number placeholder given text ("unbounded", "?"): the text is written as it is, the rest formatted. */
    private String withTextAsItIs(Object[] args) {
        MessageFormat lenient = (MessageFormat) format.get().clone();
        for (int i = 0; i < args.length; i++) {
            if (numeric[i] && !(args[i] instanceof Number)) {
                lenient.setFormatByArgumentIndex(i, null);
            }
        }
        return lenient.format(args);
    }

    private static MessageFormat parse(String pattern, Locale locale) {
        try {
            return new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Object valueOf(List<Evidence> evidence, String name) {
        for (Evidence e : evidence) {
            if (e.name().equals(name)) {
                Object v = e.value();
                return v instanceof TemporalAccessor ? v.toString() : v;
            }
        }
        return "?";
    }
}
