package com.salesdiag.engine;

import com.salesdiag.engine.rules.LoadAttempt;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.ruleset.RulesetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.salesdiag.engine.fixtures.Rules.THRESHOLDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveRulesetTests {

    private static final List<RuleFile> TOLERANCE_95 =
            Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.95");
    private static final List<RuleFile> TOLERANCE_92 =
            Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.92");

    private static Ruleset strict;

    private LiveRuleset live;
    private String startVersion;
    private Diagnosis startAnswer;

    @BeforeAll
    static void compileTheStrictTolerance() {
        strict = LiveRuleset.start(RulesetCheck.withScenarios(Scenarios.LADDER), TOLERANCE_95, "startup").active();
    }

    @BeforeEach
    void serveTheStrictTolerance() {
        live = new LiveRuleset(RulesetCheck.withScenarios(Scenarios.LADDER), strict, "startup");
        startVersion = live.activeVersion();
        startAnswer = live.diagnose(Scenarios.northOnTime93());
    }

    private static List<String> codesFor(Diagnosis diagnosis, String subject) {
        return diagnosis.findingsFor(subject).stream().map(DiagnosedFinding::code).toList();
    }

    @Test
    void aSyntaxErrorIsRejectedWithFileAndLineAndTheOldVersionKeepsServing() {
        List<RuleFile> broken = Rules.replacing(TOLERANCE_95, "3-delivery.drl", "rule \"Deliveries on time\"",
                "rule \"Deliveries on time\" oops");

        LoadAttempt attempt = live.reload(broken, "analyst");

        assertThat(attempt.outcome()).isEqualTo(LoadAttempt.Outcome.REJECTED);
        assertThat(attempt.who()).isEqualTo("analyst");
        assertThat(attempt.version()).isEqualTo(RulesetCompiler.version(broken)).isNotEqualTo(startVersion);
        assertThat(attempt.problems()).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CheckProblem.Kind.COMPILE);
            assertThat(p.file()).isEqualTo("3-delivery.drl");
            assertThat(p.line()).isEqualTo(Rules.lineOf(broken, "3-delivery.drl", "oops"));
        });
        assertThat(attempt.activeVersion()).isEqualTo(startVersion);
        assertThat(live.activeVersion()).isEqualTo(startVersion);
        assertThat(live.diagnose(Scenarios.northOnTime93())).isEqualTo(startAnswer);
    }

    @Test
    void aGapBetweenBandsIsRejectedWithThePreciseMessage() {
        LoadAttempt attempt = live.reload(Rules.replacing(TOLERANCE_95, THRESHOLDS,
                "Band goal GOAL_MET,goal,GOAL_MET,0.95,", "Band goal GOAL_MET,goal,GOAL_MET,0.96,"), "analyst");

        assertThat(attempt.accepted()).isFalse();
        assertThat(attempt.problems()).filteredOn(p -> p.kind() == CheckProblem.Kind.SANITY)
                .map(CheckProblem::toString).singleElement().asString()
                .matches("thresholds\\.drl\\.csv:\\d+: band goal GOAL_MET starts at 0\\.96 but GOAL_MISSED ends at 0\\.95: gap");
        assertThat(live.activeVersion()).isEqualTo(startVersion);
    }

    @Test
    void aRateOutOfRangeIsRejectedWithThePreciseMessage() {
        LoadAttempt attempt = live.reload(Rules.withThreshold(TOLERANCE_95, "service.maxUnresolvedFollowUpRate", "10"), "analyst");

        assertThat(attempt.accepted()).isFalse();
        assertThat(attempt.problems()).filteredOn(p -> p.kind() == CheckProblem.Kind.SANITY)
                .map(CheckProblem::message).containsExactly(
                        "threshold service.maxUnresolvedFollowUpRate = 10 is above 1: allowed range is 0 to 1");
        assertThat(live.activeVersion()).isEqualTo(startVersion);
    }

    @Test
    void anEditThatBreaksAScenarioIsRejectedNamingTheScenario() {
        LiveRuleset strict = new LiveRuleset(RulesetCheck.withScenarios(Scenarios.STRICT_DELIVERY), live.active(), "startup");

        LoadAttempt attempt = strict.reload(TOLERANCE_92, "analyst");

        assertThat(attempt.accepted()).isFalse();
        assertThat(attempt.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(CheckProblem.Kind.SCENARIO);
            assertThat(p.scenario()).isEqualTo(Scenarios.STRICT_DELIVERY_NAME);
        });
        assertThat(strict.activeVersion()).isEqualTo(startVersion);
    }

    @Test
    void aGoodEditChangesTheAnswerRightAfterReload() {
        assertThat(codesFor(startAnswer, "north")).contains("DELIVERY_DELAYS");
        assertThat(startAnswer.rulesetVersion()).isEqualTo(startVersion);

        LoadAttempt attempt = live.reload(TOLERANCE_92, "analyst");
        Diagnosis after = live.diagnose(Scenarios.northOnTime93());

        assertThat(attempt.accepted()).isTrue();
        assertThat(attempt.version()).isEqualTo(RulesetCompiler.version(TOLERANCE_92)).isEqualTo(live.activeVersion());
        assertThat(after.rulesetVersion()).isEqualTo(attempt.version());
        assertThat(codesFor(after, "north")).doesNotContain("DELIVERY_DELAYS");
        assertThat(after.recommendationsFor("dario")).extracting(r -> r.action()).contains("PERSONAL_COACHING");
        assertThat(live.active().threshold("delivery.onTimeTolerance")).contains(0.92);
    }

    @Test
    void anEngineTakenBeforeAReloadFinishesOnItsOwnVersion() {
        var inFlight = live.engine();

        live.reload(TOLERANCE_92, "analyst");

        assertThat(inFlight.diagnose(Scenarios.northOnTime93())).isEqualTo(startAnswer);
        assertThat(live.diagnose(Scenarios.northOnTime93()).rulesetVersion()).isNotEqualTo(startVersion);
    }

    @Test
    void historyRecordsEveryAttemptNewestFirst() {
        live.reload(Rules.withThreshold(TOLERANCE_95, "service.maxUnresolvedFollowUpRate", "10"), "bob");
        live.reload(TOLERANCE_92, "alice");

        assertThat(live.history()).extracting(LoadAttempt::sequence, LoadAttempt::who, LoadAttempt::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "alice", LoadAttempt.Outcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(2L, "bob", LoadAttempt.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(1L, "startup", LoadAttempt.Outcome.ACCEPTED));
        assertThat(live.history().get(1).problemCount()).isEqualTo(1);
        assertThat(live.history().get(0).activeVersion()).isEqualTo(live.activeVersion());
        assertThat(live.history().get(1).activeVersion()).isEqualTo(startVersion);
    }

    @Test
    void historyKeepsOnlyTheMostRecentAttempts() {
        LiveRuleset small = new LiveRuleset(RulesetCheck.withScenarios(), live.active(), "startup",
                java.time.Clock.systemUTC(), 2);

        small.reload(List.of(), "a");
        small.reload(List.of(), "b");
        small.reload(List.of(), "c");

        assertThat(small.history()).extracting(LoadAttempt::who).containsExactly("c", "b");
    }

    @Test
    void startingOnRulesThatFailTheirChecksThrowsEveryProblem() {
        assertThatThrownBy(() -> LiveRuleset.start(RulesetCheck.withScenarios(),
                Rules.withThreshold(TOLERANCE_95, "service.maxUnresolvedFollowUpRate", "10"), "startup"))
                .isInstanceOfSatisfying(RulesetException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(p -> p.message()).asString().contains("service.maxUnresolvedFollowUpRate = 10"));
    }

    @Test
    void theCatalogueDescribesEveryRuleThresholdAndBandInForce() {
        var catalogue = live.catalogue();

        assertThat(catalogue.version()).isEqualTo(startVersion);
        assertThat(catalogue.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.stage()).isNotBlank();
            assertThat(rule.owner()).isNotBlank();
            assertThat(rule.description()).isNotBlank();
        });
        assertThat(catalogue.rules()).anySatisfy(rule -> {
            assertThat(rule.name()).isEqualTo("On-time deliveries below tolerance");
            assertThat(rule.file()).isEqualTo("3-delivery.drl");
            assertThat(rule.step()).isEqualTo(3);
            assertThat(rule.code()).isEqualTo("DELIVERY_DELAYS");
            assertThat(rule.kind()).isEqualTo("cause");
        });
        assertThat(catalogue.thresholds()).hasSameSizeAs(live.active().thresholds()).allSatisfy(t -> {
            assertThat(t.description()).isNotBlank();
            assertThat(t.allowedRange()).isNotBlank();
            assertThat(t.file()).isEqualTo(THRESHOLDS);
            assertThat(t.line()).isPositive();
        });
        assertThat(catalogue.thresholds()).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("delivery.onTimeTolerance");
            assertThat(t.value()).isEqualTo(0.95);
            assertThat(t.description()).isEqualTo("Lowest acceptable on-time delivery rate");
            assertThat(t.allowedRange()).isEqualTo("0 to 1");
            assertThat(t.line()).isEqualTo(Rules.lineOf(TOLERANCE_95, THRESHOLDS, "Threshold delivery.onTimeTolerance,"));
        });
        assertThat(catalogue.bands()).extracting(b -> b.scale() + " " + b.code()).contains(
                "goal GOAL_MISSED", "goal GOAL_MET", "goal GOAL_EXCEEDED", "incentive TIME_OFF", "incentive BIGGER_OFFICE");
    }
}
