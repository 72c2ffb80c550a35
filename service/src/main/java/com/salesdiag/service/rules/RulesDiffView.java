package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.RuleFile;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed from one rules version to another: the rule files, and the thresholds and bands of the tables. */
@Schema(name = "RulesDiff", description = "What changed from one rules version to another: each rule file added, "
        + "removed or changed (with a unified diff), and each row of a decision table (threshold, band) added, "
        + "removed or changed, cell by cell")
public record RulesDiffView(String from, String to, List<FileChange> files, List<ThresholdChange> thresholds) {

    @Schema(name = "RuleFileChange")
    public record FileChange(String path, @Schema(description = "ADDED, REMOVED or CHANGED") String change,
                      int linesAdded, int linesRemoved,
                      @Schema(description = "The change in the unified format of diff -u (the hunks); null for a "
                              + "spreadsheet, which is not text") String diff) {
    }

    @Schema(name = "ThresholdChange", description = "A row of a decision table added, removed or changed")
    public record ThresholdChange(String file, String table,
                           @Schema(example = "Threshold delivery.onTimeTolerance") String row,
                           @Schema(description = "ADDED, REMOVED or CHANGED") String change,
                           @Schema(description = "The row's line in the version it is in (for REMOVED: in from)") int line,
                           List<CellChange> cells) {
    }

    @Schema(name = "ThresholdCellChange")
    public record CellChange(@Schema(example = "Value") String column, @Schema(example = "0.95") String from,
                      @Schema(example = "0.75") String to) {
    }

    static RulesDiffView of(String from, List<RuleFile> before, String to, List<RuleFile> after) {
        Map<String, RuleFile> old = byPath(before);
        Map<String, RuleFile> now = byPath(after);
        SortedSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FileChange> files = new ArrayList<>();
        List<ThresholdChange> thresholds = new ArrayList<>();
        for (String path : paths) {
            RuleFile a = old.get(path);
            RuleFile b = now.get(path);
            if (a != null && b != null && Arrays.equals(a.content(), b.content())) {
                continue;
            }
            String change = a == null ? "ADDED" : b == null ? "REMOVED" : "CHANGED";
            if (path.endsWith(".drl.xls") || path.endsWith(".drl.xlsx")) {
                files.add(new FileChange(path, change, 0, 0, null));
                continue;
            }
            String textA = a == null ? "" : a.text();
            String textB = b == null ? "" : b.text();
            LineDiff.Result lines = LineDiff.of(textA.lines().toList(), textB.lines().toList());
            files.add(new FileChange(path, change, lines.added(), lines.removed(), lines.unified()));
            if (path.endsWith(".drl.csv")) {
                TableRowDiff.of(textA, textB).forEach(row -> thresholds.add(new ThresholdChange(path, row.table(),
                        row.row(), row.change(), row.line(), row.cells().stream()
                        .map(c -> new CellChange(c.column(), c.from(), c.to())).toList())));
            }
        }
        return new RulesDiffView(from, to, files, thresholds);
    }

    private static Map<String, RuleFile> byPath(List<RuleFile> files) {
        return files.stream().collect(Collectors.toMap(RuleFile::path, Function.identity(), (x, y) -> x,
                TreeMap::new));
    }
}
