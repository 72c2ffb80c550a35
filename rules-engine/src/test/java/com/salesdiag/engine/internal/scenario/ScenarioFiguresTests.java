package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A scenario figure stated against the decision table follows the table's values. */
class ScenarioFiguresTests {

    private static final ScenarioFigures TABLE = ScenarioFigures.of(
            List.of(new Threshold("delivery.onTimeTolerance", 0.95), new Threshold("feedback.minResponses", 10),
                    new Threshold("marketing.minLeadRatio", 0.83)),
            List.of(new Band("goal", "GOAL_MET", 0.95, 1.1),
                    new Band("goal", "GOAL_EXCEEDED", 1.1, Double.POSITIVE_INFINITY)));

    @Test
    void decimalArithmeticGivesWhatAnAnalystWouldWrite() {
        assertThat(TABLE.evaluate("delivery.onTimeTolerance - 0.01")).isEqualByComparingTo("0.94");
        assertThat(TABLE.evaluate("100000 * goal.GOAL_MET.from - 100")).isEqualByComparingTo("94900");
        assertThat(TABLE.evaluate("-(goal.GOAL_EXCEEDED.from - goal.GOAL_MET.from) / 2")).isEqualByComparingTo("-0.075");
        assertThat(TABLE.evaluate("round(120 * marketing.minLeadRatio) - 26")).isEqualByComparingTo("74");
        assertThat(TABLE.evaluate("floor(2.7) + ceil(2.1)")).isEqualByComparingTo("5");
    }

    @Test
    void wholeFiguresBecomeWholeNumbersAndOthersDecimals() {
        JsonNode facts = SCENARIO_MAPPER.readTree("""
                {"feedback": [{"responses": "=feedback.minResponses - 1", "satisfaction": "=delivery.onTimeTolerance - 0.01"}]}""");

        JsonNode feedback = TABLE.resolve(facts.get("feedback"), "facts.feedback");

        assertThat(feedback.get(0).get("responses").isIntegralNumber()).isTrue();
        assertThat(feedback.get(0).get("responses").asLong()).isEqualTo(9);
        assertThat(feedback.get(0).get("satisfaction").asDouble()).isEqualTo(0.94);
        assertThat(facts.get("feedback").get(0).get("responses").asString()).as("the original is left alone")
                .isEqualTo("=feedback.minResponses - 1");
    }

    @Test
    void aFormulaThatCannotBeReadSaysWhereAndWhy() {
        JsonNode facts = SCENARIO_MAPPER.readTree("""
                {"delivery": [{"onTimeRate": "=delivery.onTimeTolerence - 0.01"}]}""");

        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.resolve(facts, "facts"))
                .withMessageContaining("facts.delivery[0].onTimeRate")
                .withMessageContaining("unknown name delivery.onTimeTolerence");
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.evaluate("goal.GOAL_EXCEEDED.to + 1"))
                .withMessageContaining("unbounded");
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.evaluate("(1 + 2"))
                .withMessageContaining("never closed");
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.evaluate("1 +"))
                .withMessageContaining("missing");
    }

    @Test
    void aScenarioReadsItsFormulasWithTheRulesItRunsOn(@TempDir Path folder) throws IOException {
        Path original = Path.of("..", "test-data", "scenarios", "93-growing-product-is-a-success-pattern.json");
        Path file = Files.copy(original, folder.resolve("93.json"));
        ScenarioFigures stricter = ScenarioFigures.of(List.of(new Threshold("success.productGrowth", 0.25)), List.of());

        Scenario scenario = ScenarioFiles.read(file, stricter);

        assertThat(scenario.facts().productPerformance()).anySatisfy(p -> {
            assertThat(p.productId()).isEqualTo("alpha");
            assertThat(p.period()).isEqualTo("2026-Q3");
            assertThat(BigDecimal.valueOf(p.revenue())).isEqualByComparingTo("375000");
        });
        assertThatIllegalArgumentException().isThrownBy(() -> ScenarioFiles.read(file))
                .withMessageContaining("93.json has a formula that cannot be read at facts.productPerformance")
                .withMessageContaining("no rules were given");
    }

    private static final tools.jackson.databind.json.JsonMapper SCENARIO_MAPPER = ScenarioFiles.mapper();
}
