package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.rules.Phrase;
import com.salesdiag.engine.rules.RuleFile;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what Drools knows about a decision table (rule names, lines of the DRL it generates) back to the rows an
 * analyst edits. Drools writes {@code // rule values at A12, header at A5} above each generated rule; that comment
 * is the only place the row survives, so the table is translated again here to read it.
 */
final class DecisionTableRows {

    private static final Pattern ROW_COMMENT = Pattern.compile("^\\s*// rule values at [A-Z]+(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Drools names a cell of the table in its errors: "in cell A8", "Data cell F18". */
    private static final Pattern CELL = Pattern.compile("cell [A-Z]+(\\d+)");
    private static final DecisionTableRows NONE = new DecisionTableRows(Map.of(), new int[0], List.of(), null);

    /** A cell that was meant as a number: digits with commas, percent signs, stray letters (0,92 / 92% / 0.9x2). */
    private static final Pattern MEANT_AS_NUMBER = Pattern.compile("[-+]?\\d[\\w.,%]*|[-+]?[\\d.,%\\s]*\\d[\\d.,%\\s]*");

    private final Map<String, Integer> rowOfRule;
    private final int[] rowOfDrlLine;
    /** The lines of a CSV table as the analyst wrote them; row n is line n. */
    private final List<String> csvLines;
    /** Why Drools cannot read the table at all, or null. */
    private final RuleProblem unreadable;

    private DecisionTableRows(Map<String, Integer> rowOfRule, int[] rowOfDrlLine, List<String> csvLines,
                              RuleProblem unreadable) {
        this.rowOfRule = rowOfRule;
        this.rowOfDrlLine = rowOfDrlLine;
        this.csvLines = csvLines;
        this.unreadable = unreadable;
    }

    static boolean isDecisionTable(String path) {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xls") || path.endsWith(".drl.xlsx");
    }

    static DecisionTableRows of(RuleFile file) {
        if (!isDecisionTable(file.path())) {
            return NONE;
        }
        String drl;
        try {
            InputType type = file.path().endsWith(".drl.csv") ? InputType.CSV : InputType.XLS;
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
        } catch (RuntimeException e) {
            // Drools would throw the same in the middle of the build: reported before it, as a problem of this file.
            return new DecisionTableRows(Map.of(), new int[0], List.of(), unreadable(file, e));
        }
        List<String> lines = drl.lines().toList();
        Map<String, Integer> rules = new HashMap<>();
        int[] rows = new int[lines.size() + 1];
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher comment = ROW_COMMENT.matcher(lines.get(i));
            if (comment.find()) {
                row = Integer.parseInt(comment.group(1));
            }
            Matcher name = RULE_NAME.matcher(lines.get(i));
            if (name.find() && row > 0) {
                rules.putIfAbsent(name.group(1), row);
            }
            rows[i + 1] = row;
        }
        List<String> csv = file.path().endsWith(".drl.csv") ? file.text().lines().toList() : List.of();
        return new DecisionTableRows(Map.copyOf(rules), rows, csv, null);
    }

    /**
     * What an analyst mistyped in a row, in their words, when a cell of it was meant as a number and is not one
     * ({@code 0,92}, {@code 92%}): Drools would only say that a Java constructor does not exist. Null otherwise.
     */
    Phrase numberTypo(int row) {
        if (row < 1 || row > csvLines.size()) {
            return null;
        }
        // Drools' own reading of a table line, so that a cell is what Drools saw.
        for (String cell : new CsvLineParser().parse(csvLines.get(row - 1))) {
            String text = cell.strip();
            if (!text.isEmpty() && MEANT_AS_NUMBER.matcher(text).matches() && !isNumber(text)) {
                return Phrase.of("table.notANumber", text);
            }
        }
        return null;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.matches(".*[A-Za-z].*");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What makes the table unreadable to Drools, with its row; null when Drools reads it. */
    RuleProblem unreadable() {
        return unreadable;
    }

    private static RuleProblem unreadable(RuleFile file, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        Matcher cell = CELL.matcher(message);
        int row = cell.find() ? Integer.parseInt(cell.group(1)) : 0;
        String text = file.path().endsWith(".drl.csv") ? file.text() : "";
        boolean semicolons = text.chars().filter(c -> c == ';').count() > text.chars().filter(c -> c == ',').count();
        // The reader's message (Drools, Apache POI) is quoted as it is: it is in English only.
        return RuleProblem.of(file.path(), row, semicolons ? "table.unreadableSemicolons" : "table.unreadable", message);
    }

    /** The row of the table a generated rule comes from; 0 when unknown. */
    int rowOfRule(String ruleName) {
        return rowOfRule.getOrDefault(ruleName, 0);
    }

    /** The row of the table a line of the generated DRL comes from (compile errors point there); 0 when unknown. */
    int rowOfDrlLine(int drlLine) {
        return drlLine > 0 && drlLine < rowOfDrlLine.length ? rowOfDrlLine[drlLine] : 0;
    }
}
