package com.salesdiag.service.csv;

import com.salesdiag.service.system.InputError;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the file, row and column behind a field of the facts read from CSV: {@code salespeople[3].departmentId}
 * is the column {@code departmentId} of the row that became the fourth salesperson.
 */
public final class CsvLocator {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?.*");

    private final Map<String, String> files;
    private final Map<String, List<Integer>> rows;

    CsvLocator(Map<String, String> files, Map<String, List<Integer>> rows) {
        this.files = files;
        this.rows = rows;
    }

    public InputError locate(InputError error) {
        if (error.field() == null) {
            return error;
        }
        Matcher m = FIELD.matcher(error.field());
        if (!m.matches()) {
            return error;
        }
        String first = m.group(1);
        if (first.equals("company") || first.equals("period")) {
            String column = first.equals("period") ? "period" : m.group(3);
            return error.locatedIn(file(CsvKinds.COMPANY), files.containsKey(CsvKinds.COMPANY) ? 2 : null, column);
        }
        Integer row = null;
        if (m.group(2) != null) {
            List<Integer> listRows = rows.getOrDefault(first, List.of());
            int index = Integer.parseInt(m.group(2));
            row = index < listRows.size() ? listRows.get(index) : null;
        }
        return error.locatedIn(file(first), row, m.group(3));
    }

    private String file(String part) {
        return files.getOrDefault(part, part + ".csv");
    }
}
