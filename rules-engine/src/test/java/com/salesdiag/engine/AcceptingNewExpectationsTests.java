package com.salesdiag.engine;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.ExpectationChange;
import com.salesdiag.engine.rules.ExpectationsAccepted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of policy breaks the scenarios that pinned the old one. The check says which expectation and why; the
 * analyst accepts the new expectations in one step, rewritten in the rules folder's own scenarios and shown as a
 * difference, never silently.
 */
class AcceptingNewExpectationsTests {

    private static final Path SUITE = Path.of("..", "test-data", "scenarios");
    private static final String ONE_PERFORMER = "94-technique-logged-twice-by-one-top-performer-is-not-a-pattern.json";
    private static final String SHARED = "94-technique-shared-by-top-performers.json";
    private static final String DELIVERY = "30-delivery-delays-stop-coaching-for-whole-department.json";

    private static com.salesdiag.engine.internal.ruleset.Ruleset packaged;

    @BeforeAll
    static void compile() {
        packaged = new RulesetCompiler().compilePackaged();
    }

    /** A technique becomes a pattern as soon as one top performer uses it. */
    private static Path onePerformerIsAPattern(Path dir) throws IOException {
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "success.minTopPerformersPerTechnique", "1"),
                dir.resolve("ladder"));
        Files.createDirectories(rules.resolve("scenarios"));
        for (String name : List.of(ONE_PERFORMER, SHARED, DELIVERY)) {
            Files.copy(SUITE.resolve(name), rules.resolve("scenarios").resolve(name));
        }
        return rules;
    }

    @Test
    void theCheckSaysWhichExpectationAnEditChangesAndWhy(@TempDir Path dir) throws IOException {
        Path rules = onePerformerIsAPattern(dir);
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), packaged, "test");

        CheckReport report = live.preview(rules);

        assertThat(report.passed()).isFalse();
        assertThat(report.expectationChanges()).extracting(c -> c.scenario() + ": " + c.expectation())
                .containsExactlyInAnyOrder(
                        "A technique logged twice by one top performer is not a pattern: SUCCESS_PATTERN for trade fairs",
                        "A technique logged twice by one top performer is not a pattern: SHARE_BEST_PRACTICE for trade fairs",
                        "A technique the top performers share: SUCCESS_PATTERN for consultative selling");
        assertThat(report.expectationChanges()).allSatisfy(change -> {
            assertThat(change.change()).isEqualTo(ExpectationChange.Change.NOW_CONCLUDED);
            assertThat(change.why()).startsWith("the edit concludes it by rule \"").contains("on topPerformers 1")
                    .contains("success.minTopPerformersPerTechnique 2 to 1");
        });
        assertThat(live.history()).as("a check loads nothing").hasSize(1);
    }

    @Test
    void acceptingRewritesOnlyTheExpectationsThatMovedAndTheCheckThenPasses(@TempDir Path dir) throws IOException {
        Path rules = onePerformerIsAPattern(dir);
        Path scenario = rules.resolve("scenarios").resolve(ONE_PERFORMER);
        String before = Files.readString(scenario);
        String untouched = Files.readString(rules.resolve("scenarios").resolve(DELIVERY));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), packaged, "test");
        String version = live.preview(rules).version();

        ExpectationsAccepted accepted = live.acceptExpectations(rules, version);

        assertThat(accepted.outcome()).isEqualTo(ExpectationsAccepted.Outcome.ACCEPTED);
        assertThat(accepted.after().passed()).as(accepted.after().problems().toString()).isTrue();
        assertThat(accepted.rewritten()).hasSize(2).first().satisfies(rewritten -> {
            assertThat(Path.of(rewritten.file())).isEqualTo(scenario.toAbsolutePath().normalize());
            assertThat(rewritten.changes()).hasSize(2);
            assertThat(rewritten.diff()).startsWith("--- a/" + ONE_PERFORMER + "\n+++ b/" + ONE_PERFORMER + "\n@@ ")
                    .contains("-      { \"code\": \"SUCCESS_PATTERN\", \"subject\": \"trade fairs\" },\n")
                    .contains("+      { \"code\": \"SUCCESS_PATTERN\", \"subject\": \"trade fairs\" },\n");
        });
        String after = Files.readString(scenario);
        assertThat(after.lines().count()).as("lines move, none are added or lost").isEqualTo(before.lines().count());
        assertThat(after.substring(0, after.indexOf("\"expect\""))).isEqualTo(before.substring(0, before.indexOf("\"expect\"")));
        var expect = ScenarioFiles.read(scenario, ScenarioFigures.NONE).expect();
        assertThat(expect.mustContain()).extracting(e -> e.code() + " for " + e.subject())
                .containsExactly("SUCCESS_PATTERN for reference visits", "SHARE_BEST_PRACTICE for reference visits",
                        "SUCCESS_PATTERN for trade fairs", "SHARE_BEST_PRACTICE for trade fairs");
        assertThat(Files.readString(rules.resolve("scenarios").resolve(DELIVERY))).as("a scenario that holds is left alone")
                .isEqualTo(untouched);
        assertThat(live.activeVersion()).as("accepting loads nothing").isEqualTo(packaged.version());

        assertThat(live.acceptExpectations(rules, version).outcome())
                .isEqualTo(ExpectationsAccepted.Outcome.NOTHING_TO_ACCEPT);
    }

    @Test
    void nothingIsWrittenForAnotherVersionThanTheOneChecked(@TempDir Path dir) throws IOException {
        Path rules = onePerformerIsAPattern(dir);
        String before = Files.readString(rules.resolve("scenarios").resolve(ONE_PERFORMER));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), packaged, "test");

        ExpectationsAccepted accepted = live.acceptExpectations(rules, "0123456789ab");

        assertThat(accepted.outcome()).isEqualTo(ExpectationsAccepted.Outcome.REFUSED);
        assertThat(accepted.refusal()).isEqualTo(ExpectationsAccepted.Refusal.RULES_CHANGED);
        assertThat(Files.readString(rules.resolve("scenarios").resolve(ONE_PERFORMER))).isEqualTo(before);
    }

    @Test
    void rulesThatFailTheirOwnChecksHaveNoExpectationsToAccept(@TempDir Path dir) throws IOException {
        Path rules = onePerformerIsAPattern(dir);
        Files.writeString(rules.resolve(Rules.THRESHOLDS), Files.readString(rules.resolve(Rules.THRESHOLDS))
                .replace("delivery.onTimeTolerance,0.95,", "delivery.onTimeTolerance,95,"));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), packaged, "test");

        ExpectationsAccepted accepted = live.acceptExpectations(rules, null);

        assertThat(accepted.refusal()).isEqualTo(ExpectationsAccepted.Refusal.RULES_FAIL_THEIR_CHECKS);
        assertThat(accepted.after().problems()).singleElement().asString().contains("= 95 is above 1");
    }

    @Test
    void theShippedSuiteIsCopiedIntoTheRulesFolderToBeRewrittenThere(@TempDir Path dir) throws IOException {
        Path suite = Files.createDirectories(dir.resolve("shipped"));
        Files.copy(SUITE.resolve(ONE_PERFORMER), suite.resolve(ONE_PERFORMER));
        Files.copy(SUITE.resolve(DELIVERY), suite.resolve(DELIVERY));
        String shipped = Files.readString(suite.resolve(ONE_PERFORMER));
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "success.minTopPerformersPerTechnique", "1"),
                dir.resolve("ladder"));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withDefaultScenarios(new RulesetCompiler(), List.of(suite)),
                packaged, "test");

        ExpectationsAccepted accepted = live.acceptExpectations(rules, null);

        assertThat(accepted.outcome()).isEqualTo(ExpectationsAccepted.Outcome.ACCEPTED);
        assertThat(Path.of(accepted.adoptedInto())).isEqualTo(rules.resolve("scenarios").toAbsolutePath().normalize());
        assertThat(accepted.adopted()).isEqualTo(2);
        assertThat(accepted.rewritten()).singleElement().extracting(r -> Path.of(r.file()))
                .isEqualTo(rules.resolve("scenarios").resolve(ONE_PERFORMER).toAbsolutePath().normalize());
        assertThat(Files.readString(suite.resolve(ONE_PERFORMER))).as("the shipped suite is left alone").isEqualTo(shipped);
        assertThat(accepted.after().passed()).isTrue();
        assertThat(accepted.after().scenarioFolders()).containsExactly(accepted.adoptedInto());
    }

    @Test
    void aScenarioFolderConfiguredApartFromTheRulesIsNotRewritten(@TempDir Path dir) throws IOException {
        Path suite = Files.createDirectories(dir.resolve("configured"));
        Files.copy(SUITE.resolve(ONE_PERFORMER), suite.resolve(ONE_PERFORMER));
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "success.minTopPerformersPerTechnique", "1"),
                dir.resolve("ladder"));
        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(suite), packaged, "test");

        ExpectationsAccepted accepted = live.acceptExpectations(rules, null);

        assertThat(accepted.rewritten()).isEmpty();
        assertThat(accepted.notAccepted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ExpectationsAccepted.NotAccepted.Reason.OUTSIDE_THE_RULES_FOLDER);
            assertThat(n.scenario()).isEqualTo("A technique logged twice by one top performer is not a pattern");
        });
        assertThat(Files.exists(rules.resolve("scenarios"))).isFalse();
    }
}
