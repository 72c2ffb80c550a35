package com.salesdiag.engine.explain;

import com.salesdiag.engine.derived.Evidence;

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
        if (parsed != null) {
            Format[] formats = parsed.getFormatsByArgumentIndex();
            for (int i = 0; i < names.length; i++) {
                unformatted[i] = i >= formats.length || formats[i] == null;
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
        if (format == null) {
            return template;
        }
        Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = "subject".equals(names[i]) ? subject : valueOf(evidence, names[i]);
            args[i] = unformatted[i] && value instanceof Number ? plainNumbers.get().format(value) : value;
        }
        try {
            return format.get().format(args);
        } catch (IllegalArgumentException e) {
            // A wrong format in a sentence must not break a diagnosis: show the template as written.
            return template;
        }
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
