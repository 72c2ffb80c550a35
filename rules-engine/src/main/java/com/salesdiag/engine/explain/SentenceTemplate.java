package com.salesdiag.engine.explain;

import com.salesdiag.engine.derived.Evidence;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a rule's sentence: {@code "On-time delivery {onTimeRate,number,percent} against {tolerance,number,percent}"}.
 * Placeholders name evidence (or {@code subject}); the part after the name is ordinary {@link MessageFormat}
 * syntax, so numbers and percentages follow the reader's language.
 */
public final class SentenceTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)([,}])");

    private SentenceTemplate() {
    }

    public static String render(String template, Locale locale, String subject, List<Evidence> evidence) {
        List<Object> args = new ArrayList<>();
        StringBuilder indexed = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template.replace("'", "''"));
        while (m.find()) {
            String name = m.group(1);
            Object value = "subject".equals(name) ? subject : valueOf(evidence, name);
            args.add(value);
            m.appendReplacement(indexed, Matcher.quoteReplacement("{" + (args.size() - 1) + m.group(2)));
        }
        m.appendTail(indexed);
        try {
            return new MessageFormat(indexed.toString(), locale).format(args.toArray());
        } catch (IllegalArgumentException e) {
            // A wrong format in a sentence must not break a diagnosis: show the template as written.
            return template;
        }
    }

    private static Object valueOf(List<Evidence> evidence, String name) {
        return evidence.stream().filter(e -> e.name().equals(name)).map(Evidence::value)
                .map(v -> v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v)
                .findFirst().orElse("?");
    }
}
