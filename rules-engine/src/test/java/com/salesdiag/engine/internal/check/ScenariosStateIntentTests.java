package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.RuleFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary scenarios state their figures against the decision table ("just below the on-time tolerance"), so a
 * change of policy that moves a threshold keeps the whole suite meaning what it meant, and passing, without editing
 * a scenario. Each value below failed some scenario while they pinned today's numbers. The healthy background of
 * every scenario (97 % on time, price index 1.02, satisfaction 86 % ...) is still written as numbers: a threshold
 * moved past it (an on-time tolerance of 0.98) makes the healthy departments a cause in every scenario, which is
 * what such a policy would mean.
 */
class ScenariosStateIntentTests {

    private static final RulesetCheck CHECK = RulesetCheck.withScenarios(Path.of("..", "test-data", "scenarios"));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "delivery.onTimeTolerance, 0.90",
            "delivery.onTimeTolerance, 0.75",
            "delivery.onTimeTolerance, 0.96",
            "delivery.maxAverageDelayDays, 8",
            "delivery.maxBacklogDays, 40",
            "delivery.minLateOrders, 20",
            "delivery.minLateOrdersBeyondTolerance, 2",
            "delivery.minLateOrdersBeyondTolerance, 10",
            "success.productGrowth, 0.05",
            "success.productGrowth, 0.25",
            "market.downturnDemandChange, -0.1",
            "market.downturnDemandChange, -0.02",
            "price.indexTolerance, 1.3",
            "price.discountCeiling, 0.25",
            "service.maxComplaintsPer100, 6",
            "service.minSatisfaction, 0.8",
            "service.maxUnresolvedFollowUpRate, 0.25",
            "marketing.minLeadRatio, 0.9",
            "marketing.minAudienceFit, 0.45",
            "feedback.minResponses, 50",
            "success.feedbackSatisfaction, 0.92",
            "goals.reviseUpAttainment, 1.5",
    })
    void movingAThresholdKeepsTheScenariosGreen(String key, String value) {
        assertPasses(Rules.withThreshold(Rules.packaged(), key, value));
    }

    /** Moves of the bands small enough to keep the peers of scenario 00 within the capability and top margins. */
    @ParameterizedTest(name = "goal met from {0}, exceeded from {1}")
    @CsvSource({"0.93, 1.1", "0.96, 1.12"})
    void movingTheGoalBandsKeepsTheScenariosGreen(String met, String exceeded) {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), Rules.THRESHOLDS,
                "Band goal GOAL_MISSED,goal,GOAL_MISSED,0,0.95", "Band goal GOAL_MISSED,goal,GOAL_MISSED,0," + met);
        files = Rules.replacing(files, Rules.THRESHOLDS, "Band goal GOAL_MET,goal,GOAL_MET,0.95,1.1",
                "Band goal GOAL_MET,goal,GOAL_MET," + met + "," + exceeded);
        files = Rules.replacing(files, Rules.THRESHOLDS, "Band goal GOAL_EXCEEDED,goal,GOAL_EXCEEDED,1.1,",
                "Band goal GOAL_EXCEEDED,goal,GOAL_EXCEEDED," + exceeded + ",");
        // Top performers' incentives start where the goal is exceeded (a sanity check of the table).
        files = Rules.replacing(files, Rules.THRESHOLDS, "Band incentive TIME_OFF,incentive,TIME_OFF,1.1,",
                "Band incentive TIME_OFF,incentive,TIME_OFF," + exceeded + ",");

        assertPasses(files);
    }

    private static void assertPasses(List<RuleFile> files) {
        CheckReport report = CHECK.check(files).report();

        assertThat(report.problems()).as("problems").isEmpty();
        assertThat(report.scenariosRun()).isGreaterThanOrEqualTo(50);
    }
}
