package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.DiagnosisEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario in {@code test-data/scenarios}: an analyst adds a case by adding a JSON file, no Java.
 */
class ScenarioSuiteTests {

    static final Path SCENARIOS = Path.of("..", "test-data", "scenarios");

    private static DiagnosisEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = DiagnosisEngine.withPackagedRules();
    }

    static List<Path> scenarios() {
        return ScenarioFiles.list(SCENARIOS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsItsExpectations(Path file) {
        ScenarioResult result = new ScenarioRunner(engine::diagnose, ScenarioFigures.of(engine.ruleset())).run(file);

        assertThat(result.differences()).as(result.name()).isEmpty();
    }

    @Test
    void theSuiteIsLargeEnoughToSpecifyTheLadder() {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(30);
    }
}
