package com.salesdiag.service.rawdata;

import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one source system writes its exports, written once by a user as a small CSV file with the columns
 * {@code what,from,to}:
 * <ul>
 * <li>{@code column,Data ordine,orderDate}: the export's column "Data ordine" is the field orderDate;</li>
 * <li>{@code dateFormat,,dd/MM/yyyy}: how dates are written (default {@code YYYY-MM-DD}, with or without a time);</li>
 * <li>{@code decimal,,comma} or {@code point}: the decimal separator (default: comma in files separated by
 * semicolons, else point);</li>
 * <li>{@code lossReason,Too expensive,PRICE} (PRICE, PRODUCT or OTHER) and {@code outcome,Closed Won,WON} (WON,
 * LOST or OPEN): words of the export added to the built-in tables ({@link LossReasons});</li>
 * <li>{@code newSubjects,,add}: salespeople, departments and products the lines name but the KPI files do not are
 * added, instead of refused ({@code error}, the default).</li>
 * </ul>
 */
final class ColumnMapping {

    enum Decimal { POINT, COMMA }

    private final Map<String, String> columns = new HashMap<>();
    private DateTimeFormatter dateFormat;
    private String dateFormatText;
    private Decimal decimal;
    private boolean addNewSubjects;
    private final LossReasons reasons = new LossReasons();

    static ColumnMapping none() {
        return new ColumnMapping();
    }

    static ColumnMapping read(RawUpload upload, Problems problems) {
        return RawCsv.read(upload, () -> new MappingReading(upload.displayName(), problems), problems).mapping;
    }

    /** The field a column of the export is mapped to, or null. */
    String fieldOf(String header) {
        return columns.get(RawKind.normal(header));
    }

    DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    String dateFormatText() {
        return dateFormatText;
    }

    Decimal decimal() {
        return decimal;
    }

    boolean addNewSubjects() {
        return addNewSubjects;
    }

    LossReasons reasons() {
        return reasons;
    }

    private static final class MappingReading implements RawCsv.Reading {

        private final String file;
        private final Problems problems;
        private final ColumnMapping mapping = new ColumnMapping();
        private int what = -1;
        private int from = -1;
        private int to = -1;

        MappingReading(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        @Override
        public boolean header(List<String> header, char delimiter) {
            for (int i = 0; i < header.size(); i++) {
                switch (header.get(i).toLowerCase(Locale.ROOT)) {
                    case "what" -> what = i;
                    case "from" -> from = i;
                    case "to" -> to = i;
                    default -> problems.add(file, 1, header.get(i), "salesdiag.csv.unknownColumn", header.get(i),
                            "what, from, to");
                }
            }
            for (String[] column : new String[][]{{"what", String.valueOf(what)}, {"to", String.valueOf(to)}}) {
                if (Integer.parseInt(column[1]) < 0) {
                    problems.add(file, 1, column[0], "salesdiag.csv.missingColumn", column[0]);
                }
            }
            return what >= 0 && to >= 0;
        }

        @Override
        public void row(int number, CSVRecord record) {
            String kind = cell(record, what).toLowerCase(Locale.ROOT);
            String source = cell(record, from);
            String target = cell(record, to);
            switch (kind) {
                case "column" -> column(number, source, target);
                case "dateformat" -> dateFormat(number, target);
                case "decimal" -> decimal(number, target);
                case "lossreason" -> lossReason(number, source, target);
                case "outcome" -> outcome(number, source, target);
                case "newsubjects" -> newSubjects(number, target);
                default -> problems.add(file, number, "what", "salesdiag.raw.mapping.unknownSetting", kind,
                        "column, dateFormat, decimal, lossReason, outcome, newSubjects");
            }
        }

        private void column(int number, String source, String field) {
            boolean known = java.util.Arrays.stream(RawKind.values()).anyMatch(k -> k.field(field).isPresent());
            if (!known) {
                problems.add(file, number, "to", "salesdiag.raw.mapping.unknownField", field,
                        String.join(", ", RawKind.ORDER_LINES.fieldNames()),
                        String.join(", ", RawKind.OPPORTUNITIES.fieldNames()));
            } else if (source.isEmpty()) {
                problems.add(file, number, "from", "salesdiag.csv.missingColumn", "from");
            } else {
                String canonical = java.util.Arrays.stream(RawKind.values()).flatMap(k -> k.field(field).stream())
                        .findFirst().orElseThrow().name();
                if (mapping.columns.putIfAbsent(RawKind.normal(source), canonical) != null) {
                    problems.add(file, number, "from", "salesdiag.raw.mapping.twice", source);
                }
            }
        }

        /** A format that cannot write a day and read it back (empty, QQQ, yyyy-MM) would fail on every line. */
        private void dateFormat(int number, String pattern) {
            try {
                DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
                LocalDateTime moment = LocalDateTime.of(2026, 11, 23, 14, 5, 7);
                if (!moment.toLocalDate().equals(LocalDate.from(format.parse(format.format(moment))))) {
                    throw new IllegalArgumentException(pattern);
                }
                mapping.dateFormat = format;
                mapping.dateFormatText = pattern;
            } catch (RuntimeException e) { // a bad pattern, or one that names no day, month and year
                problems.add(file, number, "to", "salesdiag.raw.mapping.badDateFormat", pattern);
            }
        }

        private void decimal(int number, String style) {
            switch (style.toLowerCase(Locale.ROOT)) {
                case "point", "dot", "punto" -> mapping.decimal = Decimal.POINT;
                case "comma", "virgola" -> mapping.decimal = Decimal.COMMA;
                default -> problems.add(file, number, "to", "salesdiag.raw.mapping.badDecimal", style);
            }
        }

        private void lossReason(int number, String reason, String cause) {
            try {
                mapping.reasons.addReason(reason, LossCause.valueOf(cause.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(file, number, "to", "salesdiag.unknownCode", cause, "PRICE, PRODUCT, OTHER");
            }
        }

        private void outcome(int number, String word, String outcome) {
            try {
                mapping.reasons.addOutcome(word, Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(file, number, "to", "salesdiag.unknownCode", outcome, "WON, LOST, OPEN");
            }
        }

        private void newSubjects(int number, String choice) {
            switch (choice.toLowerCase(Locale.ROOT)) {
                case "add" -> mapping.addNewSubjects = true;
                case "error" -> mapping.addNewSubjects = false;
                default -> problems.add(file, number, "to", "salesdiag.raw.mapping.badNewSubjects", choice);
            }
        }

        @Override
        public boolean stop() {
            return problems.full();
        }

        private static String cell(CSVRecord record, int i) {
            return i < 0 || i >= record.size() ? "" : record.get(i).strip();
        }
    }
}
