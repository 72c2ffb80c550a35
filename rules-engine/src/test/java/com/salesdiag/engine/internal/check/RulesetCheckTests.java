package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.salesdiag.engine.fixtures.Rules.THRESHOLDS;
import static org.assertj.core.api.Assertions.assertThat;

class RulesetCheckTests {

    private final RulesetCheck check = RulesetCheck.withScenarios(Scenarios.STRICT_DELIVERY, Scenarios.LADDER);

    private static List<RuleFile> strictDelivery() {
        return Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.95");
    }

    @Test
    void goodRulesPassWithTheirCompiledRulesetAndEveryScenarioRun() {
        RulesetCandidate candidate = check.check(strictDelivery());

        assertThat(candidate.passed()).isTrue();
        assertThat(candidate.report().problems()).isEmpty();
        assertThat(candidate.report().scenariosRun()).isEqualTo(2);
        assertThat(candidate.ruleset()).get().extracting(r -> r.version())
                .isEqualTo(candidate.report().version()).isEqualTo(RulesetCompiler.version(strictDelivery()));
    }

    @Test
    void theSameFilesCheckedAgainAreNotCompiledAgain() {
        RulesetCheck fresh = RulesetCheck.withScenarios(Scenarios.LADDER);
        long before = RulesetCompiler.builds();

        RulesetCandidate first = fresh.check(strictDelivery());
        RulesetCandidate again = fresh.check(strictDelivery());
        RulesetCandidate other = fresh.check(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.9"));

        assertThat(RulesetCompiler.builds() - before).as("compilations").isEqualTo(2);
        assertThat(again.ruleset()).get().isSameAs(first.ruleset().orElseThrow());
        assertThat(other.report().version()).isNotEqualTo(first.report().version());
        assertThat(again.scenarioDiagnoses()).as("what the rules concluded on each scenario, for a preview")
                .hasSize(1);
    }

    @Test
    void aSyntaxErrorIsACompileProblemWithFileAndLine() {
        List<RuleFile> files = Rules.replacing(strictDelivery(), "3-delivery.drl",
                "    $d : DeliveryPerformance(period == $period, onTimeRate != null, onTimeRate < $onTime,",
                "    $d : DeliveryPerformance(period == $period,, onTimeRate != null, onTimeRate < $onTime,");

        RulesetCandidate candidate = check.check(files);

        assertThat(candidate.passed()).isFalse();
        assertThat(candidate.ruleset()).isEmpty();
        assertThat(candidate.report().scenariosRun()).isZero();
        assertThat(candidate.report().problems()).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CheckProblem.Kind.COMPILE);
            assertThat(p.file()).isEqualTo("3-delivery.drl");
            assertThat(p.line()).isEqualTo(Rules.lineOf(files, "3-delivery.drl", "period == $period,,"));
            assertThat(p.toString()).startsWith("3-delivery.drl:" + p.line() + ": ");
        });
    }

    @Test
    void aBadValueInTheTableIsACompileProblemAtItsRow() {
        List<RuleFile> files = Rules.withThreshold(strictDelivery(), "delivery.maxAverageDelayDays", "5 days");

        assertThat(check.check(files).report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CheckProblem.Kind.COMPILE);
            assertThat(p.file()).isEqualTo(THRESHOLDS);
            assertThat(p.line()).isEqualTo(Rules.lineOf(files, THRESHOLDS, "Threshold delivery.maxAverageDelayDays,"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"0,92\"", "92%", "0.9x2", "\"1.000,5\""})
    void aValueTypedAsASpreadsheetShowsItIsSaidInTheAnalystsWords(String value) {
        List<RuleFile> files = Rules.withThreshold(strictDelivery(), "delivery.onTimeTolerance", value);

        assertThat(check.check(files).report().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLDS);
            assertThat(p.line()).isEqualTo(Rules.lineOf(files, THRESHOLDS, "Threshold delivery.onTimeTolerance,"));
            assertThat(p.message()).isEqualTo("'" + value.replace("\"", "") + "' is not a number: write numbers with "
                    + "a decimal point and without a percent sign or thousands separator (0.92 for 92 %)");
        });
    }

    @Test
    void aRuleWithoutItsDescriptionIsRefusedAtTheRulesLine() {
        List<RuleFile> files = Rules.replacing(strictDelivery(), "3-delivery.drl",
                "    @description(\"The share of orders delivered on time is below the tolerance, on enough orders\")\n", "");

        assertThat(check.check(files).report().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("3-delivery.drl");
            assertThat(p.line()).isEqualTo(Rules.lineOf(files, "3-delivery.drl", "rule \"On-time deliveries below tolerance\""));
            assertThat(p.message()).contains("lacks metadata @description");
        });
    }

    @Test
    void anEditThatBreaksAScenarioIsRejectedNamingIt() {
        RulesetCandidate candidate = check.check(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.92"));

        assertThat(candidate.passed()).isFalse();
        assertThat(candidate.report().problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(CheckProblem.Kind.SCENARIO);
            assertThat(p.scenario()).isEqualTo(Scenarios.STRICT_DELIVERY_NAME);
        });
        assertThat(candidate.report().problems()).map(CheckProblem::toString).anySatisfy(line -> assertThat(line)
                .startsWith("scenario " + Scenarios.STRICT_DELIVERY_NAME + ": expected DELIVERY_DELAYS for north but"));
    }

    @Test
    void sanityProblemsAreReportedAloneWithoutTheScenariosTheyBreak() {
        // The bad edit: 95 typed as a percentage, and a misspelt placeholder in a sentence.
        List<RuleFile> files = Rules.replacing(Rules.withThreshold(strictDelivery(), "delivery.onTimeTolerance", "95"),
                "3-delivery.drl", "{onTimeTolerance,number,percent}", "{onTimeTolerence,number,percent}");

        RulesetCandidate candidate = check.check(files);

        assertThat(candidate.passed()).isFalse();
        assertThat(candidate.report().problems()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(CheckProblem.Kind.SANITY));
        assertThat(candidate.report().problems()).map(CheckProblem::message)
                .contains("threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1")
                .anySatisfy(m -> assertThat(m).contains("onTimeTolerence"));
        assertThat(candidate.report().scenariosRun()).as("scenarios wait for the root causes").isZero();
    }

    @Test
    void scenariosKeptBesideTheRulesRunToo(@TempDir Path dir) throws IOException {
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.92"),
                dir.resolve("ladder"));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Scenarios.STRICT_DELIVERY.resolve("on-time-93-is-late.json"),
                dir.resolve("scenarios").resolve("late.json"));

        CheckReport report = RulesetCheck.withScenarios().check(rules).report();

        assertThat(report.scenarioFolders()).containsExactly(dir.resolve("scenarios").toAbsolutePath().normalize().toString());
        assertThat(report.scenariosRun()).isEqualTo(1);
        assertThat(report.problems()).extracting(CheckProblem::scenario).contains(Scenarios.STRICT_DELIVERY_NAME);
    }

    @Test
    void theShippedSuiteGuardsAFolderWithoutScenariosAndGivesWayToTheFoldersOwn(@TempDir Path dir) throws IOException {
        // A tolerance of 0.92 breaks the shipped strict-delivery scenario; the analyst's own suite has no such case.
        Path rules = Rules.writeTo(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.92"),
                dir.resolve("ladder"));
        RulesetCheck shipped = RulesetCheck.withDefaultScenarios(new RulesetCompiler(),
                List.of(Scenarios.STRICT_DELIVERY));

        CheckReport alone = shipped.check(rules).report();
        assertThat(alone.passed()).isFalse();
        assertThat(alone.problems()).extracting(CheckProblem::scenario).contains(Scenarios.STRICT_DELIVERY_NAME);

        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Scenarios.LADDER.resolve("capability-gap-leads-to-coaching.json"),
                dir.resolve("scenarios").resolve("coaching.json"));
        CheckReport withItsOwn = shipped.check(rules).report();
        assertThat(withItsOwn.scenarioFolders()).containsExactly(dir.resolve("scenarios").toAbsolutePath().normalize().toString());
        assertThat(withItsOwn.scenariosRun()).isEqualTo(1);
        assertThat(withItsOwn.passed()).isTrue();
    }

    @Test
    void aMissingRulesFolderIsRejectedNotThrown(@TempDir Path dir) {
        CheckReport report = RulesetCheck.withScenarios().check(dir.resolve("nowhere")).report();

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).singleElement().extracting(CheckProblem::message).asString()
                .startsWith("cannot read the rules folder");
    }
}
