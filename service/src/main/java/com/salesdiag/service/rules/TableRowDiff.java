package com.salesdiag.service.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a decision table saved as CSV, row by row, as an analyst reads it: the row
 * ({@code Threshold delivery.onTimeTolerance}, {@code Band goal GOAL_MET}) and each cell under its column's title
 * ({@code Value: 0.95 -> 0.75}). A row is known by its first cell (the rule's name). The table's layout is Drools':
 * a {@code RuleTable} line, four header rows (kinds, types, code, titles), then one rule per row until an empty row.
 */
final class TableRowDiff {

    private static final int HEADER_ROWS = 4;

    private TableRowDiff() {
    }

    /** One row of a table: its name, its line in the file, and its cells by column title. */
    record Row(String table, String name, int line, Map<String, String> cells) {
    }

    /** A row added, removed or changed, with the cells that differ. */
    record Change(String table, String row, String change, int line, List<Cell> cells) {
    }

    record Cell(String column, String from, String to) {
    }

    static List<Change> of(String before, String after) {
        Map<String, Row> old = byKey(rows(before));
        Map<String, Row> now = byKey(rows(after));
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Row> entry : now.entrySet()) {
            Row row = entry.getValue();
            Row was = old.get(entry.getKey());
            List<Cell> cells = new ArrayList<>();
            if (was == null) {
                row.cells().forEach((column, value) -> {
                    if (!value.isEmpty()) {
                        cells.add(new Cell(column, null, value));
                    }
                });
                changes.add(new Change(row.table(), row.name(), "ADDED", row.line(), cells));
                continue;
            }
            row.cells().forEach((column, value) -> {
                String previous = was.cells().getOrDefault(column, "");
                if (!previous.equals(value)) {
                    cells.add(new Cell(column, previous, value));
                }
            });
            was.cells().forEach((column, value) -> {
                if (!row.cells().containsKey(column) && !value.isEmpty()) {
                    cells.add(new Cell(column, value, null));
                }
            });
            if (!cells.isEmpty()) {
                changes.add(new Change(row.table(), row.name(), "CHANGED", row.line(), cells));
            }
        }
        old.forEach((key, row) -> {
            if (!now.containsKey(key)) {
                List<Cell> cells = new ArrayList<>();
                row.cells().forEach((column, value) -> {
                    if (!value.isEmpty()) {
                        cells.add(new Cell(column, value, null));
                    }
                });
                changes.add(new Change(row.table(), row.name(), "REMOVED", row.line(), cells));
            }
        });
        return changes;
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        Map<String, Row> keyed = new LinkedHashMap<>();
        for (Row row : rows) {
            keyed.putIfAbsent(row.table() + "\u0000" + row.name(), row);
        }
        return keyed;
    }

    static List<Row> rows(String csv) {
        List<String> lines = csv.lines().toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i));
            String first = cells.isEmpty() ? "" : cells.get(0).strip();
            if (!first.startsWith("RuleTable")) {
                continue;
            }
            String table = first.substring("RuleTable".length()).strip();
            int titlesAt = i + HEADER_ROWS;
            if (titlesAt >= lines.size()) {
                break;
            }
            List<String> titles = cells(lines.get(titlesAt));
            int at = titlesAt + 1;
            for (; at < lines.size(); at++) {
                List<String> row = cells(lines.get(at));
                if (row.stream().allMatch(String::isBlank) || row.get(0).strip().startsWith("RuleTable")) {
                    break;
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int c = 1; c < Math.max(row.size(), titles.size()); c++) {
                    String title = c < titles.size() && !titles.get(c).isBlank() ? titles.get(c).strip() : column(c);
                    byColumn.put(title, c < row.size() ? row.get(c).strip() : "");
                }
                String name = row.get(0).strip().isEmpty() ? "line " + (at + 1) : row.get(0).strip();
                rows.add(new Row(table, name, at + 1, byColumn));
            }
            i = at - 1;
        }
        return rows;
    }

    /** A spreadsheet's column letter (A, B, ... Z, AA ...), for a column without a title. */
    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** The cells of one CSV line: commas between cells, double quotes around a cell, "" for a quote inside. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
