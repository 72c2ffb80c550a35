package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.Phrase;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What values a threshold may take, as an analyst writes it in the thresholds table: {@code 0 to 1},
 * {@code -1 to 0}, {@code at least 0}, {@code more than 0}, {@code at most 1}, {@code less than 1}, {@code any},
 * clauses joined with {@code and}, optionally prefixed with {@code whole number,} for counts, days and months.
 */
public record AllowedRange(String text, boolean wholeNumber, double min, boolean minInclusive, double max,
                           boolean maxInclusive) {

    private static final String NUMBER = "([-+]?\\d+(?:\\.\\d+)?)";
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s+to\\s+" + NUMBER);
    private static final Pattern BOUND = Pattern.compile("(at least|more than|at most|less than)\\s+" + NUMBER);
    private static final Pattern WHOLE = Pattern.compile("^whole numbers?\\s*,?\\s*");

    /** Reads an allowed range; throws {@link NotUnderstood} saying what is not understood. */
    public static AllowedRange parse(String text) {
        String rest = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty()) {
            throw new NotUnderstood(Phrase.of("range.empty"));
        }
        boolean whole = false;
        Matcher wholeMatcher = WHOLE.matcher(rest);
        if (wholeMatcher.find()) {
            whole = true;
            rest = rest.substring(wholeMatcher.end()).strip();
        }
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        boolean minInclusive = true;
        boolean maxInclusive = true;
        if (!rest.isEmpty() && !rest.equals("any")) {
            for (String clause : rest.split("\\s+and\\s+")) {
                Matcher between = BETWEEN.matcher(clause.strip());
                Matcher bound = BOUND.matcher(clause.strip());
                if (between.matches()) {
                    double low = Double.parseDouble(between.group(1));
                    double high = Double.parseDouble(between.group(2));
                    if (low > min || (low == min && minInclusive)) {
                        min = low;
                        minInclusive = true;
                    }
                    if (high < max || (high == max && maxInclusive)) {
                        max = high;
                        maxInclusive = true;
                    }
                } else if (bound.matches()) {
                    double value = Double.parseDouble(bound.group(2));
                    switch (bound.group(1)) {
                        case "at least" -> {
                            if (value > min) { min = value; minInclusive = true; }
                        }
                        case "more than" -> {
                            if (value >= min) { min = value; minInclusive = false; }
                        }
                        case "at most" -> {
                            if (value < max) { max = value; maxInclusive = true; }
                        }
                        default -> {
                            if (value <= max) { max = value; maxInclusive = false; }
                        }
                    }
                } else {
                    throw new NotUnderstood(Phrase.of("range.clauseNotUnderstood", clause.strip()));
                }
            }
        }
        if (min > max || (min == max && !(minInclusive && maxInclusive))) {
            throw new NotUnderstood(Phrase.of("range.unsatisfiable"));
        }
        return new AllowedRange(text.strip(), whole, min, minInclusive, max, maxInclusive);
    }

    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax && (!wholeNumber || isWhole(value));
    }

    /** Why {@code value} is not allowed, in English, or empty when it is. */
    public String whyNot(double value) {
        Phrase reason = reason(value);
        return reason == null ? "" : reason.english();
    }

    /** Why {@code value} is not allowed ("is above 1"), or null when it is. */
    public Phrase reason(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Phrase.of("range.notFinite");
        }
        if (wholeNumber && !isWhole(value)) {
            return Phrase.of("range.notWhole");
        }
        if (minInclusive ? value < min : value <= min) {
            return Phrase.of(minInclusive ? "range.below" : "range.notAbove", format(min));
        }
        if (maxInclusive ? value > max : value >= max) {
            return Phrase.of(maxInclusive ? "range.above" : "range.notBelow", format(max));
        }
        return null;
    }

    private static boolean isWhole(double value) {
        return !Double.isInfinite(value) && value == Math.rint(value);
    }

    /** A bound or value as an analyst wrote it: 0.95, 3, -0.05, +infinity. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+infinity" : "-infinity";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return text;
    }

    /** An allowed range that cannot be read, and why, in words of the reader's language. */
    public static final class NotUnderstood extends IllegalArgumentException {

        private final transient Phrase why;

        NotUnderstood(Phrase why) {
            super(why.english());
            this.why = why;
        }

        public Phrase why() {
            return why;
        }
    }
}
