package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15: a department's lost deals are added up in 64 bits. Two salespeople at 2,147,483,647 lost deals each
 * were added in 32 bits: North "lost 4 of 14 deals on price" and the price finding was gone.
 */
class LargeCountsTests {

    private static final Path PRICE = Path.of("..", "test-data", "scenarios", "21-department-loses-deals-on-price.json");
    private static DiagnosisEngine engine;

    @BeforeAll
    static void engine() {
        engine = DiagnosisEngine.withPackagedRules();
    }

    @Test
    void lostDealsOfADepartmentAddUpBeyond32Bits() {
        int max = Integer.MAX_VALUE;
        CompanyFacts facts = withResults(ScenarioFiles.read(PRICE, ScenarioFigures.of(engine.ruleset())).facts(), r ->
                r.period().equals("2026-Q3") && (r.salespersonId().equals("anna") || r.salespersonId().equals("bruno"))
                        ? new SalesResult(r.salespersonId(), r.period(), r.revenue(), r.dealsWon(), max, max, 0, r.averageDiscount())
                        : r);
        Diagnosis diagnosis = engine.diagnose(facts);

        DiagnosedFinding price = diagnosis.findingsFor("north").stream()
                .filter(f -> f.code().equals("PRICE_NOT_COMPETITIVE") && f.evidence().stream().anyMatch(e -> e.name().equals("lost")))
                .findFirst().orElseThrow(() -> new AssertionError("no price finding for north: " + diagnosis.findingsFor("north")));
        assertThat(value(price, "lost")).isEqualTo(2L * max + 16);
        assertThat(value(price, "lostOnPrice")).isEqualTo(2L * max + 6);
        assertThat(price.explanation().get("en")).contains("4,294,967,300 of 4,294,967,310");
    }

    private static long value(DiagnosedFinding f, String name) {
        return f.evidence().stream().filter(e -> e.name().equals(name)).map(Evidence::value)
                .map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
    }

    private static CompanyFacts withResults(CompanyFacts f, java.util.function.UnaryOperator<SalesResult> change) {
        List<SalesResult> results = f.results().stream().map(change).toList();
        return new CompanyFacts(f.company(), f.period(), f.departments(), f.salespeople(), f.goals(), results,
                f.products(), f.productPerformance(), f.delivery(), f.customerService(), f.marketing(),
                f.marketIndicators(), f.trainings(), f.coachingPlans(), f.recognitions(), f.feedback(),
                f.techniques(), f.notSent());
    }
}
