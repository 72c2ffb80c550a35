package com.salesdiag.engine;

import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.rules.ScenarioChange;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Before an edit serves, the analyst sees what it changes: conclusions added and removed, scenario by scenario. */
class EditPreviewTests {

    @Test
    void aStricterDeliveryToleranceShowsTheDelayItAddsAndTheCoachingItWithdraws(@TempDir Path dir) throws IOException {
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.99"),
                dir.resolve("ladder"));
        Files.createDirectories(dir.resolve("scenarios"));
        String sample = Files.readString(Path.of("..", "test-data", "samples", "company.json"));
        Files.writeString(dir.resolve("scenarios").resolve("sample.json"),
                "{\"name\": \"The sample company\", \"facts\": " + sample + "}");
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), new RulesetCompiler().compilePackaged(), "test");

        CheckReport preview = live.preview(rules);

        assertThat(preview.passed()).isTrue();
        assertThat(preview.changes()).singleElement().satisfies((ScenarioChange change) -> {
            assertThat(change.scenario()).isEqualTo("The sample company");
            assertThat(change.added()).contains("DELIVERY_DELAYS for centre-south", "ESCALATE_DELIVERY for centre-south");
            assertThat(change.removed()).contains("PERSONAL_COACHING for ilaria", "HR_DISMISSAL_REVIEW for giorgio");
        });
        assertThat(live.history()).as("a preview loads nothing").hasSize(1);
    }

    @Test
    void anEditThatChangesNothingShowsNoChange(@TempDir Path dir) throws IOException {
        Path rules = Rules.writeTo(Rules.packaged(), dir.resolve("ladder"));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("..", "test-data", "scenarios", "30-delivery-delays-stop-coaching-for-whole-department.json"),
                dir.resolve("scenarios").resolve("30.json"));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), new RulesetCompiler().compilePackaged(), "test");

        CheckReport preview = live.preview(rules);

        assertThat(preview.passed()).isTrue();
        assertThat(preview.scenariosRun()).isEqualTo(1);
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void anEditNotYetSavedIsPreviewedAsTheFolderWouldBeWithItAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path rules = Rules.writeTo(Rules.packaged(), dir.resolve("ladder"));
        Files.createDirectories(dir.resolve("scenarios"));
        String sample = Files.readString(Path.of("..", "test-data", "samples", "company.json"));
        Files.writeString(dir.resolve("scenarios").resolve("sample.json"),
                "{\"name\": \"The sample company\", \"facts\": " + sample + "}");
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), new RulesetCompiler().compilePackaged(), "test");
        String saved = Files.readString(rules.resolve(Rules.THRESHOLDS));
        RuleFile edit = Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.99").stream()
                .filter(f -> f.path().equals(Rules.THRESHOLDS)).findFirst().orElseThrow();

        CheckReport preview = live.preview(rules, List.of(edit));

        assertThat(preview.passed()).isTrue();
        assertThat(preview.changes()).singleElement().satisfies((ScenarioChange change) ->
                assertThat(change.added()).contains("DELIVERY_DELAYS for centre-south"));
        assertThat(Files.readString(rules.resolve(Rules.THRESHOLDS))).as("nothing written").isEqualTo(saved);
        Files.writeString(rules.resolve(Rules.THRESHOLDS), edit.text());
        assertThat(preview.version()).as("the version the folder has once the edit is saved")
                .isEqualTo(LiveRuleset.versionOf(rules));

        CheckReport broken = live.preview(rules, List.of(new RuleFile("3-delivery.drl",
                "rule \"broken\" when then end (".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(broken.passed()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("3-delivery.drl"));
    }
}
