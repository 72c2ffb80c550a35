package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.BandDefinition;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RulesetCatalogue;
import com.salesdiag.engine.rules.ThresholdDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The thresholds and bands in force as fields of a form, and the decision table's text with the values entered in
 * them. A value is found in its row (the catalogue names the file and line) as the one cell holding that number, and
 * only that cell's text is replaced: every other byte of the table stays as the analyst wrote it. A row whose value
 * cannot be found so (an xlsx table, a number written twice in the row, an open upper bound) is shown, not edited:
 * the file itself can be edited as text.
 */
final class ThresholdTable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** A threshold; {@code field} is the form's name and the input's id, null when the row is not editable here. */
    record Row(String field, String key, String meaning, String range, String file, int line, String value) {
    }

    /** A band; {@code to} is null for an open upper bound, {@code toField} null when that bound is not editable. */
    record Band(String fromField, String toField, String scale, String code, String file, int line, String from,
                String to) {
    }

    /** Where a value is written: the file, its line (0-based) and the cell's characters in it. */
    private record Cell(String file, int line, int start, int end, BigDecimal value) {
    }

    /** The form applied: the changed files' new text, what was entered per field, and the fields that are not numbers. */
    record Applied(Map<String, String> texts, Map<String, String> entered, List<String> notNumbers) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /**
     * @param files    the rule files by path, as the folder holds them
     * @param editable whether values may be edited at all (a rules folder serves, and it holds what serves)
     */
    static ThresholdTable of(RulesetCatalogue catalogue, Function<String, Optional<RuleFile>> files, boolean editable) {
        ThresholdTable table = new ThresholdTable();
        List<String> paths = new ArrayList<>(new TreeSet<>(catalogue.thresholds().stream()
                .map(ThresholdDefinition::file).toList()));
        catalogue.bands().stream().map(BandDefinition::file).filter(f -> !paths.contains(f)).distinct()
                .forEach(paths::add);
        if (editable) {
            for (String path : paths) {
                if (path.endsWith(".csv")) {
                    files.apply(path).ifPresent(file -> table.texts.put(path, file.text()));
                }
            }
        }
        for (ThresholdDefinition t : catalogue.thresholds()) {
            String field = table.locate("value-" + paths.indexOf(t.file()) + "-" + t.line(), t.file(), t.line(),
                    t.value(), null);
            table.rows.add(new Row(field, t.key(), t.description(), t.allowedRange(), t.file(), t.line(),
                    table.shown(field, t.value())));
        }
        for (BandDefinition b : catalogue.bands()) {
            String id = paths.indexOf(b.file()) + "-" + b.line();
            String from = table.locate("from-" + id, b.file(), b.line(), b.lower(), null);
            String to = Double.isInfinite(b.upper()) ? null
                    : table.locate("to-" + id, b.file(), b.line(), b.upper(), from);
            table.bands.add(new Band(from, to, b.scale(), b.code(), b.file(), b.line(), table.shown(from, b.lower()),
                    Double.isInfinite(b.upper()) ? null : table.shown(to, b.upper())));
        }
        table.bands.sort(Comparator.comparing(Band::scale).thenComparing(Band::line));
        return table;
    }

    List<Row> rows() {
        return rows;
    }

    List<Band> bands() {
        return bands;
    }

    /**
     * What the analyst calls a field: the threshold's key ({@code coaching.sustainedPeriods}) or the band's scale,
     * code and bound ({@code goal GOAL_MET from}); the form's field name is internal.
     */
    String nameOf(String field) {
        for (Row row : rows) {
            if (field.equals(row.field())) {
                return row.key();
            }
        }
        for (Band band : bands) {
            if (field.equals(band.fromField()) || field.equals(band.toField())) {
                return band.scale() + " " + band.code() + (field.equals(band.fromField()) ? " ≥" : " <");
            }
        }
        return field;
    }

    boolean editable() {
        return !cells.isEmpty();
    }

    /**
     * The decision tables with the form's values: a value equal to the one in force leaves its cell as written.
     * Values are read with a decimal point or, as Italian readers write them, a decimal comma.
     */
    Applied apply(Map<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        List<String> notNumbers = new ArrayList<>();
        Map<String, List<Cell>> changed = new LinkedHashMap<>();
        Map<Cell, String> replacements = new LinkedHashMap<>();
        cells.forEach((field, cell) -> {
            String typed = form.get(field);
            if (typed == null) {
                return;
            }
            entered.put(field, typed);
            BigDecimal value = number(typed);
            if (value == null) {
                notNumbers.add(field);
            } else if (value.compareTo(cell.value()) != 0) {
                changed.computeIfAbsent(cell.file(), f -> new ArrayList<>()).add(cell);
                replacements.put(cell, value.toPlainString());
            }
        });
        Map<String, String> newTexts = new LinkedHashMap<>();
        changed.forEach((file, edits) -> {
            String[] lines = texts.get(file).split("\n", -1);
            // right to left within a line, so that earlier offsets still hold
            edits.sort(Comparator.comparingInt(Cell::line).thenComparing(Cell::start, Comparator.reverseOrder()));
            for (Cell cell : edits) {
                String line = lines[cell.line()];
                lines[cell.line()] = line.substring(0, cell.start()) + replacements.get(cell) + line.substring(cell.end());
            }
            newTexts.put(file, String.join("\n", lines));
        });
        return new Applied(newTexts, entered, notNumbers);
    }

    /** "0.92", "0,92", "-0.05", "95"; null for anything else. */
    static BigDecimal number(String typed) {
        String text = typed.strip();
        if (text.indexOf('.') < 0 && text.indexOf(',') == text.lastIndexOf(',')) {
            text = text.replace(',', '.');
        }
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    private String shown(String field, double value) {
        Cell cell = field == null ? null : cells.get(field);
        if (cell != null) {
            String line = texts.get(cell.file()).split("\n", -1)[cell.line()];
            return unquoted(line.substring(cell.start(), cell.end()));
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The one cell of the row holding {@code value} (not the one {@code besides} names); its field, or null. */
    private String locate(String field, String file, int line, double value, String besides) {
        String text = texts.get(file);
        if (text == null || line < 1) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return null;
        }
        String row = lines[line - 1].endsWith("\r") ? lines[line - 1].substring(0, lines[line - 1].length() - 1)
                : lines[line - 1];
        Cell other = besides == null ? null : cells.get(besides);
        List<Cell> found = new ArrayList<>();
        for (int[] span : spans(row)) {
            String cell = unquoted(row.substring(span[0], span[1]));
            if (NUMBER.matcher(cell).matches() && new BigDecimal(cell).compareTo(BigDecimal.valueOf(value)) == 0
                    && (other == null || other.start() != span[0])) {
                found.add(new Cell(file, line - 1, span[0], span[1], new BigDecimal(cell)));
            }
        }
        if (found.size() != 1) {
            return null;
        }
        cells.put(field, found.get(0));
        return field;
    }

    /** Where each cell of a CSV line starts and ends (commas inside quotes belong to the cell). */
    static List<int[]> spans(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            int start = i;
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (i < n) {
                    if (line.charAt(i) == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            while (i < n && line.charAt(i) != ',') {
                i++;
            }
            spans.add(new int[]{start, i});
            if (i >= n) {
                return spans;
            }
            i++;
        }
    }

    static String unquoted(String raw) {
        String cell = raw.strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"").strip();
        }
        return cell;
    }
}
