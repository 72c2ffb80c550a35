package com.salesdiag.service.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableRowDiffTests {

    private static final Path TABLE = Path.of("..", "rules", "ladder", "thresholds.drl.csv");

    @Test
    void everyThresholdAndBandOfTheLadderIsARowUnderItsColumnTitles() throws IOException {
        List<TableRowDiff.Row> rows = TableRowDiff.rows(Files.readString(TABLE));

        TableRowDiff.Row tolerance = rows.stream().filter(r -> r.name().equals("Threshold delivery.onTimeTolerance"))
                .findFirst().orElseThrow();
        assertThat(tolerance.table()).isEqualTo("Thresholds");
        assertThat(tolerance.cells()).containsEntry("Value", "0.95").containsEntry("Allowed range", "0 to 1")
                .containsEntry("What it means", "Lowest acceptable on-time delivery rate");
        assertThat(Files.readAllLines(TABLE).get(tolerance.line() - 1)).startsWith("Threshold delivery.onTimeTolerance,");
        assertThat(rows).filteredOn(r -> r.table().equals("Bands")).extracting(TableRowDiff.Row::name)
                .contains("Band goal GOAL_MET", "Band incentive BIGGER_OFFICE");
        assertThat(rows).extracting(TableRowDiff.Row::name).doesNotContain("Rule", "NAME", "");
    }

    @Test
    void aThresholdMovedABandWidenedARowAddedAndOneRemovedAreEachNamed() throws IOException {
        String before = Files.readString(TABLE);
        String after = before
                .replace("delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.75,")
                .replace("Band goal GOAL_MISSED,goal,GOAL_MISSED,0,0.95", "Band goal GOAL_MISSED,goal,GOAL_MISSED,0,0.9")
                .replace("Band goal GOAL_MET,goal,GOAL_MET,0.95,1.1", "Band goal GOAL_MET,goal,GOAL_MET,0.9,1.1")
                .replaceAll("(?m)^Threshold feedback\\.minResponses,.*\\R", "")
                .replace("Threshold delivery.minOrders,", "Threshold delivery.maxLateShare,\"Largest share, of late "
                        + "orders\",delivery.maxLateShare,0.2,0 to 1\nThreshold delivery.minOrders,");

        List<TableRowDiff.Change> changes = TableRowDiff.of(before, after);

        assertThat(changes).extracting(TableRowDiff.Change::row, TableRowDiff.Change::change).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Threshold delivery.onTimeTolerance", "CHANGED"),
                org.assertj.core.groups.Tuple.tuple("Threshold delivery.maxLateShare", "ADDED"),
                org.assertj.core.groups.Tuple.tuple("Band goal GOAL_MISSED", "CHANGED"),
                org.assertj.core.groups.Tuple.tuple("Band goal GOAL_MET", "CHANGED"),
                org.assertj.core.groups.Tuple.tuple("Threshold feedback.minResponses", "REMOVED"));
        TableRowDiff.Change tolerance = changes.stream()
                .filter(c -> c.row().equals("Threshold delivery.onTimeTolerance")).findFirst().orElseThrow();
        assertThat(tolerance.cells()).containsExactly(new TableRowDiff.Cell("Value", "0.95", "0.75"));
        TableRowDiff.Change met = changes.stream().filter(c -> c.row().equals("Band goal GOAL_MET")).findFirst()
                .orElseThrow();
        assertThat(met.cells()).containsExactly(new TableRowDiff.Cell("From (inclusive)", "0.95", "0.9"));
        TableRowDiff.Change added = changes.stream().filter(c -> c.change().equals("ADDED")).findFirst().orElseThrow();
        assertThat(added.cells()).contains(new TableRowDiff.Cell("What it means", null, "Largest share, of late orders"),
                new TableRowDiff.Cell("Value", null, "0.2"));
    }

    @Test
    void quotedCellsKeepTheirCommasAndQuotes() {
        assertThat(TableRowDiff.cells("a,\"b, c\",\"say \"\"hi\"\"\",,d"))
                .containsExactly("a", "b, c", "say \"hi\"", "", "d");
    }
}
