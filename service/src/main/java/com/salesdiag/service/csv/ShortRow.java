package com.salesdiag.service.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A row with fewer cells than its header names: the columns past its last cell. A file cut off mid-row (an export or
 * upload that stopped early) ends with such a row, and reading its missing cells as empty would put a wrong figure
 * into the diagnosis (a revenue of 4 instead of 48,000), so every reader refuses it. A cell under no column name
 * (a blank header cell at the end, as spreadsheets write) is not missing.
 */
public final class ShortRow {

    private ShortRow() {
    }

    /** The named columns {@code cells} stops before, in the header's order; empty when the row reaches them all. */
    public static List<String> missingColumns(List<String> header, int cells) {
        List<String> missing = new ArrayList<>();
        for (int i = cells; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (!name.isEmpty()) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The message code: cut off when it is the file's last row and no line break ends the file. */
    public static String messageCode(boolean lastRow, boolean endsWithLineBreak) {
        return lastRow && !endsWithLineBreak ? "salesdiag.csv.cutOff" : "salesdiag.csv.shortRow";
    }

    /** True when the text's last character ends a line. */
    public static boolean endsWithLineBreak(String text) {
        return text.endsWith("\n") || text.endsWith("\r");
    }
}
