package com.salesdiag.bench.baseline;

import com.salesdiag.bench.Companies;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.invariants.CompanyGenerator;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plain-Java baseline is only a fair yardstick if it does the same job: on thousands of generated companies,
 * on every scenario and on a few large companies, it must reach the same findings and recommendations (code,
 * subject, incentive) as the rules - and, since it feeds the engine's own collector, the same Diagnosis down to
 * the evidence, sentences and review records. A rule that changes behaviour fails here until the baseline follows.
 */
class PlainLadderEquivalenceTests {

    private static final int COMPANIES = Integer.getInteger("equivalence.companies", 3_000);
    private static final long SEED = Long.getLong("equivalence.seed", 20260606L);

    private static DiagnosisEngine engine;
    private static PlainLadder baseline;

    @BeforeAll
    static void compileRules() {
        engine = DiagnosisEngine.withPackagedRules();
        baseline = new PlainLadder(engine.ruleset());
    }

    @Test
    void sameConclusionsOnGeneratedCompanies() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int i = 0; i < COMPANIES; i++) {
            long seed = seeds.nextLong();
            assertSameDiagnosis("company generated from seed " + seed, CompanyGenerator.company(seed));
        }
    }

    @Test
    void sameConclusionsOnLargeCompanies() {
        assertSameDiagnosis("1,000 salespeople", Companies.of(1_000, 7L));
        assertSameDiagnosis("departments of up to 40", CompanyGenerator.company(11L, 8, 40));
    }

    @Test
    void sameConclusionsOnEveryScenario() {
        List<Path> files = ScenarioFiles.list(Path.of("..", "test-data", "scenarios"));
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertSameDiagnosis(file.getFileName().toString(), ScenarioFiles.read(file, ScenarioFigures.of(engine.ruleset())).facts());
        }
    }

    /** A ladder with a rule the baseline does not restate is not measured against an older ladder in silence. */
    @Test
    void refusesALadderWithARuleItDoesNotRestate(@TempDir Path folder) throws IOException {
        try (var files = Files.list(Path.of("..", "rules", "ladder"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("9-extra.drl"), """
                package salesdiag.rules;

                import com.salesdiag.engine.facts.*;
                import com.salesdiag.engine.derived.*;

                rule "Every department is asked about its leads"
                    @stage("marketing") @step(5) @code("REVIEW_MARKETING_TARGETING") @owner("MARKETING")
                    @description("An analyst's new rule")
                    @en("Ask marketing about {subject}.")
                    @it("Chiedere al marketing di {subject}.")
                when
                    Department($dept : id)
                then
                    insertLogical(Derive.recommendation(drools.getRule(), SubjectType.DEPARTMENT, $dept, "", Evidence.of()));
                end
                """);
        DiagnosisEngine edited = DiagnosisEngine.withRulesFrom(folder);
        assertThatThrownBy(() -> new PlainLadder(edited.ruleset()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Every department is asked about its leads");
    }

    private static void assertSameDiagnosis(String what, CompanyFacts facts) {
        Diagnosis rules = engine.diagnose(facts);
        Diagnosis plain = baseline.diagnose(facts);
        assertThat(keys(plain)).as(what + ": findings and recommendations").isEqualTo(keys(rules));
        assertThat(plain).as(what + ": the whole diagnosis").isEqualTo(rules);
    }

    /** (code, subject type, subject id, incentive) of every finding and recommendation, sorted for a readable diff. */
    static TreeSet<String> keys(Diagnosis d) {
        TreeSet<String> keys = new TreeSet<>();
        d.findings().forEach(f -> keys.add("finding " + f.code() + " " + f.subjectType() + " " + f.subjectId()));
        d.recommendations().forEach(r -> keys.add("recommendation " + r.action() + " " + r.subjectType() + " "
                + r.subjectId() + (r.incentive().isEmpty() ? "" : " " + r.incentive())));
        return keys;
    }
}
