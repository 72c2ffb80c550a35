package com.salesdiag.service.csv;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed CSV file: its header (column names matched ignoring case) and its rows, numbered as a spreadsheet
 * numbers them (the header is row 1). Blank lines are skipped but still counted.
 */
record CsvTable(String file, char delimiter, Map<String, Integer> headerIndex, List<String> columns, List<Row> rows,
                List<String> duplicateColumns, List<Boolean> namedCells, List<String> headerCells,
                boolean endsWithLineBreak) {

    record Row(int number, CSVRecord record) {
    }

    static CsvTable of(String file, char delimiter, List<CSVRecord> records, boolean endsWithLineBreak) {
        CSVRecord header = records.get(0);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            named.add(!name.isEmpty());
            if (!name.isEmpty()) {
                if (index.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
                    duplicates.add(name);
                }
                columns.add(name);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            if (!blank(records.get(i))) {
                rows.add(new Row(i + 1, records.get(i)));
            }
        }
        return new CsvTable(file, delimiter, index, columns, rows, duplicates, List.copyOf(named),
                header.toList(), endsWithLineBreak);
    }

    /** The named columns {@code row} stops before: none unless the row is short (a file cut off, a lost separator). */
    List<String> missingColumns(Row row) {
        return ShortRow.missingColumns(headerCells, row.record().size());
    }

    boolean isLast(Row row) {
        return !rows.isEmpty() && rows.get(rows.size() - 1) == row;
    }

    /**
     * The first cell of {@code row} that holds a value but lies under no column name (an extra cell at the end of
     * the row, or under a blank header cell), as a spreadsheet's column number from 1; -1 if there is none. Empty
     * cells there are fine: spreadsheets write them.
     */
    int valueOutsideColumns(Row row) {
        for (int i = 0; i < row.record().size(); i++) {
            // A column named twice is named (and reported once, as such, not at every row).
            boolean named = i < namedCells.size() && namedCells.get(i);
            if (!named && !row.record().get(i).isBlank()) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The column's name as written in the file, or null when the file has no such column. */
    String header(String column) {
        return columns.stream().filter(c -> c.equalsIgnoreCase(column)).findFirst().orElse(null);
    }

    String cell(Row row, String column) {
        Integer i = headerIndex.get(column.toLowerCase(Locale.ROOT));
        return i == null || i >= row.record().size() ? null : row.record().get(i);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
