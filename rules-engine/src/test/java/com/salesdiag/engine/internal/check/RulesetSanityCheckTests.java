package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.salesdiag.engine.fixtures.Rules.THRESHOLDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RulesetSanityCheckTests {

    private static final String GOAL_MET_ROW = "Band goal GOAL_MET,goal,GOAL_MET,0.95,1.1";

    private final RulesetCompiler compiler = new RulesetCompiler();
    private final RulesetSanityCheck sanity = new RulesetSanityCheck();

    private List<RuleProblem> problemsOf(List<RuleFile> files) {
        return sanity.check(compiler.compile(files), files);
    }

    @Test
    void thePackagedThresholdsAreSane() {
        assertThat(problemsOf(Rules.packaged())).isEmpty();
    }

    @Test
    void aGapBetweenGoalBandsIsReportedAtItsRow() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS, GOAL_MET_ROW,
                "Band goal GOAL_MET,goal,GOAL_MET,0.96,1.1");

        assertThat(problemsOf(files)).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message).containsExactly(tuple(THRESHOLDS,
                Rules.lineOf(files, THRESHOLDS, "Band goal GOAL_MET,"),
                "band goal GOAL_MET starts at 0.96 but GOAL_MISSED ends at 0.95: gap"));
    }

    @Test
    void anOverlapBetweenGoalBandsIsReported() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS, GOAL_MET_ROW,
                "Band goal GOAL_MET,goal,GOAL_MET,0.9,1.1");

        assertThat(problemsOf(files)).extracting(RuleProblem::message)
                .containsExactly("band goal GOAL_MET starts at 0.9 but GOAL_MISSED ends at 0.95: overlap");
    }

    @Test
    void aRateWrittenAsAPercentageIsOutOfRange() {
        List<RuleFile> files = Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "95");

        assertThat(problemsOf(files)).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message).containsExactly(tuple(THRESHOLDS,
                Rules.lineOf(files, THRESHOLDS, "Threshold delivery.onTimeTolerance,"),
                "threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1"));
    }

    @Test
    void aRateWrittenAsAPercentageIsSaidInItalianWithAStableCode() {
        List<RuleFile> files = Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "95");

        RuleProblem problem = problemsOf(files).get(0);
        assertThat(problem.phrase().code()).isEqualTo("threshold.outOfRange");
        assertThat(problem.phrase().in(java.util.Locale.ITALIAN))
                .isEqualTo("la soglia delivery.onTimeTolerance = 95 è maggiore di 1: l'intervallo ammesso è 0 to 1");
    }

    @Test
    void aCountMustBeAWholeNumber() {
        List<RuleFile> files = Rules.withThreshold(Rules.packaged(), "coaching.sustainedPeriods", "1.5");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).containsExactly(
                "threshold coaching.sustainedPeriods = 1.5 is not a whole number: allowed range is whole number, at least 1");
    }

    @Test
    void aDownturnMustBeAFall() {
        List<RuleFile> files = Rules.withThreshold(Rules.packaged(), "market.downturnDemandChange", "0.05");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).containsExactly(
                "threshold market.downturnDemandChange = 0.05 is above 0: allowed range is -1 to 0");
    }

    @Test
    void aThresholdTheRulesReadButTheTableLacksIsReportedWhereItIsRead() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), "3-delivery.drl",
                "Threshold(key == \"delivery.maxBacklogDays\", $maxBacklog : value)\n    $d : DeliveryPerformance(period == $period, backlogDays",
                "Threshold(key == \"delivery.maxBacklog\", $maxBacklog : value)\n    $d : DeliveryPerformance(period == $period, backlogDays");

        assertThat(problemsOf(files)).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message).containsExactly(tuple("3-delivery.drl",
                Rules.lineOf(files, "3-delivery.drl", "\"delivery.maxBacklog\""),
                "threshold \"delivery.maxBacklog\" is not defined in the thresholds table, so rules reading it never fire"));
    }

    @Test
    void aThresholdDefinedTwiceIsReported() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS,
                "Threshold delivery.maxBacklogDays,", "Threshold delivery.maxBacklogDays again,\"again\",delivery.maxBacklogDays,30,at least 0\nThreshold delivery.maxBacklogDays,");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).singleElement().asString()
                .startsWith("threshold delivery.maxBacklogDays is defined 2 times");
    }

    @Test
    void aThresholdWithoutAllowedRangeIsReported() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS,
                "delivery.maxBacklogDays,20,at least 0", "delivery.maxBacklogDays,20,");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).singleElement().asString()
                .startsWith("threshold delivery.maxBacklogDays has no allowed range");
    }

    @Test
    void anUnknownIncentiveIsReported() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS,
                "Band incentive TRIP,incentive,TRIP,", "Band incentive TRIP,incentive,COMPANY_CAR,");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).containsExactly(
                "band incentive COMPANY_CAR is not an incentive: use one of [BIGGER_OFFICE, CASH_BONUS, TIME_OFF, TRIP]");
    }

    @Test
    void incentivesMustStartWhereTheGoalIsExceeded() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS,
                "Band incentive TIME_OFF,incentive,TIME_OFF,1.1,1.3", "Band incentive TIME_OFF,incentive,TIME_OFF,1.2,1.3");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).containsExactly(
                "band incentive TIME_OFF starts at 1.2 but GOAL_EXCEEDED starts at 1.1: top performers from 1.1 to 1.2 would get no incentive");
    }

    @Test
    void goalBandsMustCoverEveryAttainmentAndHaveTheThreeCodes() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), THRESHOLDS,
                "Band goal GOAL_EXCEEDED,goal,GOAL_EXCEEDED,1.1,Double.POSITIVE_INFINITY\n", "");

        assertThat(problemsOf(files)).extracting(RuleProblem::message).contains(
                "scale goal has no band GOAL_EXCEEDED: it needs exactly GOAL_MISSED, GOAL_MET, GOAL_EXCEEDED",
                "band goal GOAL_MET ends at 1.1, not +infinity (Double.POSITIVE_INFINITY): attainments from 1.1 up fall in no band");
    }
}
