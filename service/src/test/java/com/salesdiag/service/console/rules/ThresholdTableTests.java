package com.salesdiag.service.console.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RulesetCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thresholds table of the console against the real decision table: every threshold and every finite band bound
 * is found in its row, and a value entered changes that cell and no other byte of the file.
 */
class ThresholdTableTests {

    private static final Path LADDER = Path.of("..", "rules", "ladder");
    private static RulesetCatalogue catalogue;
    private static String table;

    @BeforeAll
    static void theLadder() throws IOException {
        catalogue = LiveRuleset.startPackaged(LiveRuleset.Scenarios.always(List.of()), "test").catalogue();
        table = Files.readString(LADDER.resolve("thresholds.drl.csv"));
    }

    private static ThresholdTable editable() {
        return ThresholdTable.of(catalogue, path -> Optional.of(new RuleFile(path, table.getBytes())), true);
    }

    @Test
    void everyThresholdAndFiniteBandBoundIsAFieldWithItsMeaningAndRange() {
        ThresholdTable thresholds = editable();

        assertThat(thresholds.rows()).hasSize(catalogue.thresholds().size())
                .allSatisfy(row -> assertThat(row.field()).as(row.key()).isNotNull());
        ThresholdTable.Row tolerance = thresholds.rows().stream()
                .filter(r -> r.key().equals("delivery.onTimeTolerance")).findFirst().orElseThrow();
        assertThat(tolerance.value()).isEqualTo("0.95");
        assertThat(tolerance.range()).isEqualTo("0 to 1");
        assertThat(tolerance.meaning()).isEqualTo("Lowest acceptable on-time delivery rate");
        assertThat(thresholds.bands()).allSatisfy(band -> {
            assertThat(band.fromField()).isNotNull();
            assertThat(band.toField() == null).as(band.code()).isEqualTo(band.to() == null);
        });
        assertThat(thresholds.bands()).filteredOn(b -> b.to() == null).extracting(ThresholdTable.Band::code)
                .containsExactlyInAnyOrder("GOAL_EXCEEDED", "BIGGER_OFFICE");
    }

    @Test
    void aValueEnteredChangesOnlyItsCellAndAnUnchangedFormChangesNothing() {
        ThresholdTable thresholds = editable();
        ThresholdTable.Row tolerance = thresholds.rows().stream()
                .filter(r -> r.key().equals("delivery.onTimeTolerance")).findFirst().orElseThrow();
        ThresholdTable.Band met = thresholds.bands().stream().filter(b -> b.code().equals("GOAL_MET"))
                .findFirst().orElseThrow();

        ThresholdTable.Applied applied = thresholds.apply(Map.of(tolerance.field(), " 0,92 ", met.toField(), "1.10",
                met.fromField(), "0.950"));

        assertThat(applied.notNumbers()).isEmpty();
        String edited = applied.texts().get("thresholds.drl.csv");
        assertThat(edited).isEqualTo(table.replace("delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,0.92,"));
        assertThat(thresholds.apply(Map.of(tolerance.field(), "0.95")).texts()).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsNamedAndNothingIsWritten() {
        ThresholdTable thresholds = editable();
        String field = thresholds.rows().get(0).field();

        ThresholdTable.Applied applied = thresholds.apply(Map.of(field, "95%"));

        assertThat(applied.notNumbers()).containsExactly(field);
        assertThat(applied.entered()).containsEntry(field, "95%");
        assertThat(thresholds.nameOf(field)).isEqualTo(thresholds.rows().get(0).key());
        ThresholdTable.Band met = thresholds.bands().stream().filter(b -> b.code().equals("GOAL_MET"))
                .findFirst().orElseThrow();
        assertThat(thresholds.nameOf(met.fromField())).isEqualTo(met.scale() + " GOAL_MET ≥");
        assertThat(ThresholdTable.number("1.250,5")).isNull();
        assertThat(ThresholdTable.number("-0,05")).isEqualByComparingTo("-0.05");
        assertThat(ThresholdTable.number("Infinity")).isNull();
    }

    @Test
    void packagedRulesOrATableThatDiffersFromWhatServesAreShownNotEdited() {
        ThresholdTable readOnly = ThresholdTable.of(catalogue, path -> Optional.empty(), false);
        assertThat(readOnly.editable()).isFalse();
        assertThat(readOnly.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.field()).isNull());
        assertThat(readOnly.rows()).anySatisfy(row -> assertThat(row.value()).isEqualTo("0.95"));

        String moved = "\n" + table; // every row one line lower than the catalogue says
        ThresholdTable shifted = ThresholdTable.of(catalogue, path -> Optional.of(new RuleFile(path, moved.getBytes())),
                true);
        assertThat(shifted.rows()).filteredOn(r -> r.field() != null)
                .as("a row found only where it holds the value in force").allSatisfy(r ->
                        assertThat(moved.split("\n", -1)[r.line() - 1]).contains(r.value()));
    }

    @Test
    void cellsAreSplitAtCommasOutsideQuotes() {
        String line = "Threshold x,\"A, b \"\"c\"\"\",x,0.5,\"whole number, at least 1\"";
        assertThat(ThresholdTable.spans(line)).extracting(span -> line.substring(span[0], span[1]))
                .containsExactly("Threshold x", "\"A, b \"\"c\"\"\"", "x", "0.5", "\"whole number, at least 1\"");
        assertThat(ThresholdTable.unquoted("\"A, b \"\"c\"\"\"")).isEqualTo("A, b \"c\"");
    }
}
