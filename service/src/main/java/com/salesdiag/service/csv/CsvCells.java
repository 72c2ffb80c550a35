package com.salesdiag.service.csv;

import com.salesdiag.service.system.Excerpt;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell into the type of its field. Numbers use a decimal point; files separated by semicolons (as
 * spreadsheets save them in Italy) may use a decimal comma, and dots grouping thousands before it. Dates are {@code YYYY-MM-DD}; codes are matched
 * ignoring case; a list is written {@code a|b|c}. An empty cell is an absent value.
 */
public final class CsvCells {

    static final String LIST_SEPARATOR = "|";

    /** 93.600 or 1.250.000: dots where thousands would be grouped. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");
    /** 93.600,50: thousands grouped by dots before a decimal comma. */
    private static final Pattern GROUPED_WITH_COMMA = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+,\\d*");
    /** 1,250.00: thousands grouped by commas before a decimal point, as US exports write money. */
    private static final Pattern GROUPED_WITH_POINT = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+\\.\\d+");

    /**
     * Money columns: amounts in whole units or cents, never to the thousandth, so that in a file separated by
     * semicolons dots grouping thousands ({@code 500.000}) are not ambiguous there.
     */
    private static final java.util.Set<String> MONEY = java.util.Set.of("revenue", "target");

    private final boolean decimalComma;
    /**
     * In a file separated by semicolons, the first money cell of each column whose dot was read as grouping
     * thousands (500.000) or as a decimal point (110.5): the other cells of the column must read their dots alike.
     */
    private final java.util.Map<String, String> dotsByColumn = new java.util.HashMap<>();

    public CsvCells(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** The reason a cell cannot be read, as a message code and its arguments. */
    public static final class BadCell extends Exception {
        final String code;
        final transient Object[] args;

        public BadCell(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    Object read(String raw, RecordComponent component) throws BadCell {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return component.getType() == List.class ? List.of() : null;
        }
        Class<?> type = component.getType();
        if (type == String.class) {
            return text;
        }
        if (type == Double.class) {
            return number(text, component.getName());
        }
        if (type == Integer.class) {
            return integer(text);
        }
        if (type == LocalDate.class) {
            return date(text);
        }
        if (type == Boolean.class) {
            return yesOrNo(text);
        }
        if (type.isEnum()) {
            return code(text, type);
        }
        if (type == List.class && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            return Arrays.stream(text.split("\\" + LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        throw new IllegalStateException("No CSV reading for " + component);
    }

    /** A number of the column {@code column}, read as the file's decimal style says. */
    public Double number(String text, String column) throws BadCell {
        boolean money = MONEY.contains(column);
        String normal = decimalComma ? withDecimalPoint(text, money)
                : GROUPED_WITH_POINT.matcher(text).matches() ? text.replace(",", "") : text;
        if (decimalComma && money && text.indexOf('.') >= 0 && text.indexOf(',') < 0) {
            sameDotsInColumn(column, text, !normal.contains("."));
        }
        try {
            double value = Double.parseDouble(normal);
            if (Double.isNaN(value) || Double.isInfinite(value) || hasLetter(normal)) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadCell("salesdiag.csv.notANumber", Excerpt.of(text));
        }
    }

    private void sameDotsInColumn(String column, String text, boolean groupsThousands) throws BadCell {
        String key = column + (groupsThousands ? "/thousands" : "/decimal");
        String other = dotsByColumn.get(column + (groupsThousands ? "/decimal" : "/thousands"));
        if (other != null) {
            throw new BadCell("salesdiag.csv.mixedDots", Excerpt.of(text), Excerpt.of(other));
        }
        dotsByColumn.putIfAbsent(key, text);
    }

    /**
     * A number of a file separated by semicolons, as Java reads numbers. A decimal comma becomes a point, and dots
     * that group thousands before one (93.600,50) go. A dot alone is a decimal point (0.12), except where it could
     * as well group thousands (93.600, 0.125): that number is refused rather than read a thousand times too small,
     * except in a money column, where it groups thousands.
     */
    private static String withDecimalPoint(String text, boolean money) throws BadCell {
        boolean comma = text.indexOf(',') >= 0;
        boolean dot = text.indexOf('.') >= 0;
        if (comma && dot) {
            if (!GROUPED_WITH_COMMA.matcher(text).matches()) {
                throw new BadCell("salesdiag.csv.notANumber", Excerpt.of(text));
            }
            return text.replace(".", "").replace(',', '.');
        }
        if (dot && GROUPED.matcher(text).matches()) {
            if (money && !text.matches("[-+]?0\\..*")) {
                // Revenue and goals are never written to the thousandth: 500.000 is five hundred thousand.
                return text.replace(".", "");
            }
            String thousands = text.replace(".", "").replaceFirst("^([-+]?)0+(?=\\d)", "$1");
            throw new BadCell("salesdiag.csv.ambiguousDot", Excerpt.of(text), Excerpt.of(thousands),
                    Excerpt.of(text.replace('.', ',')));
        }
        return comma ? text.replace(',', '.') : text;
    }

    private static Integer integer(String text) throws BadCell {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadCell("salesdiag.csv.notAWholeNumber", Excerpt.of(text));
        }
    }

    /** true/false as a spreadsheet or a person writes it, in English or Italian. */
    private static Boolean yesOrNo(String text) throws BadCell {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "sì", "si", "vero" -> Boolean.TRUE;
            case "false", "no", "n", "falso" -> Boolean.FALSE;
            default -> throw new BadCell("salesdiag.csv.notYesOrNo", text);
        };
    }

    /**
     * {@code YYYY-MM-DD}, also with the time part databases and CRMs export ({@code 2011-01-04 00:00:00.000},
     * {@code 2026-07-03T09:30:00Z}): the date is what the facts need, the time of day is left aside. Nothing else:
     * {@code 03/07/2026} reads as March or July depending on who wrote it.
     */
    public static LocalDate date(String text) throws BadCell {
        if (text.length() == 10 && plainDay(text)) {
            try {
                // Most cells of an export: read without a regular expression or a formatter (a million lines
                // carry three million dates).
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (java.time.DateTimeException e) {
                throw new BadCell("salesdiag.csv.notADate", Excerpt.of(text));
            }
        }
        Matcher withTime = DATE_TIME.matcher(text);
        String day = withTime.matches() ? withTime.group(1) : text;
        if (!DAY.matcher(day).matches()) {
            throw new BadCell("salesdiag.csv.notADate", Excerpt.of(text)); // +10000-01-01, 20260703
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadCell("salesdiag.csv.notADate", Excerpt.of(text));
        }
    }

    private static boolean plainDay(String text) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Java reads 1e5 and 0x1p3 as numbers; a spreadsheet user means neither. */
    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private static Object code(String text, Class<?> type) throws BadCell {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace(' ', '_'))) {
                return constant;
            }
        }
        throw new BadCell("salesdiag.unknownCode", Excerpt.of(text), allowed(type));
    }

    static String allowed(Class<?> enumType) {
        return String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
