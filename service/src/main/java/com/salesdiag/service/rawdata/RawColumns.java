package com.salesdiag.service.rawdata;

import com.salesdiag.service.csv.CsvCells;
import com.salesdiag.service.system.Excerpt;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header of one raw file resolved to the fields of its kind (by the mapping file first, then by the usual
 * names), and its cells read as those fields: text, dates in the mapping's format or ISO, numbers in the file's
 * decimal style.
 */
final class RawColumns {

    private static final Pattern SLASHED_DATE =
            Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}( .*)?");

    private final String file;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final ColumnMapping mapping;
    private CsvCells cells;
    private int width;

    private RawColumns(String file, ColumnMapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /** The columns of a header, or null when a required one is missing or one is named twice (reported). */
    static RawColumns resolve(String file, RawKind kind, List<String> header, char delimiter, ColumnMapping mapping,
                              Problems problems) {
        RawColumns columns = new RawColumns(file, mapping);
        boolean comma = mapping.decimal() == null ? delimiter != ',' : mapping.decimal() == ColumnMapping.Decimal.COMMA;
        columns.cells = new CsvCells(comma);
        columns.width = header.size();
        boolean ok = true;
        // A mapped column wins over one recognised by its name, in the file that has it: a mapping written for the
        // opportunities' "Opportunity Owner" leaves the order lines' "Sales Rep" recognised.
        Set<String> mappedHere = new HashSet<>();
        header.forEach(name -> {
            String mapped = name.isEmpty() ? null : mapping.fieldOf(name);
            if (mapped != null && kind.field(mapped).isPresent()) {
                mappedHere.add(mapped);
            }
        });
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            String mapped = mapping.fieldOf(name);
            String field = mapped != null && kind.field(mapped).isPresent() ? mapped
                    : kind.byHeader(name).filter(f -> !mappedHere.contains(f.name())).map(RawKind.Field::name).orElse(null);
            if (field == null) {
                columns.ignored.add(name);
            } else if (columns.index.putIfAbsent(field, i) != null) {
                problems.add(file, 1, name, "salesdiag.raw.sameFieldTwice", name, columns.headers.get(field), field);
                ok = false;
            } else {
                columns.headers.put(field, name);
            }
        }
        for (RawKind.Field field : kind.fields()) {
            if (field.required() && !columns.index.containsKey(field.name())) {
                problems.add(file, 1, field.name(), "salesdiag.raw.missingField", field.name(),
                        String.join(", ", field.aliases()));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /**
     * The first cell of a row that holds a value beyond the header's columns, as a spreadsheet's column number
     * from 1, or -1: usually a name with an unquoted comma that shifted the row, so every cell after it would be
     * read under the wrong field. Empty trailing cells are fine (spreadsheets write them).
     */
    int valueOutsideColumns(CSVRecord record) {
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Reports a row holding a value beyond the header's columns ({@link #valueOutsideColumns}); true if it does. */
    boolean reportValueOutsideColumns(int number, CSVRecord record, Problems problems) {
        int outside = valueOutsideColumns(record);
        if (outside > 0) {
            problems.add(file, number, null, "salesdiag.csv.valueOutsideColumns", outside,
                    Excerpt.of(record.get(outside - 1)));
        }
        return outside > 0;
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    List<String> ignored() {
        return ignored;
    }

    /** The column's name as the file writes it (errors name it so). */
    String header(String field) {
        return headers.getOrDefault(field, field);
    }

    String text(CSVRecord record, String field) {
        Integer i = index.get(field);
        if (i == null || i >= record.size()) {
            return null;
        }
        String value = record.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    LocalDate date(CSVRecord record, String field) throws CsvCells.BadCell {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        if (mapping.dateFormat() == null) {
            try {
                return CsvCells.date(text);
            } catch (CsvCells.BadCell bad) {
                // 03/07/2026 is a date in a format the export did not declare: say how to declare it.
                throw SLASHED_DATE.matcher(text).matches()
                        ? new CsvCells.BadCell("salesdiag.raw.undeclaredDateFormat",
                                Excerpt.of(text))
                        : bad;
            }
        }
        try {
            TemporalAccessor parsed = mapping.dateFormat().parseBest(text, LocalDateTime::from, LocalDate::from);
            return parsed instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) parsed;
        } catch (DateTimeParseException e) {
            throw new CsvCells.BadCell("salesdiag.raw.notADateIn", Excerpt.of(text),
                    mapping.dateFormatText());
        }
    }

    Double number(CSVRecord record, String field) throws CsvCells.BadCell {
        return number(text(record, field), field);
    }

    Double number(String text, String field) throws CsvCells.BadCell {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (mapping.decimal() == ColumnMapping.Decimal.COMMA && text.indexOf(',') < 0) {
            // Said by the user: with a decimal comma, dots group thousands (12.500 is twelve thousand five hundred).
            text = text.replace(".", "");
        }
        return cells.number(text, field);
    }

    String file() {
        return file;
    }
}
