package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.invariants.CompanyGenerator;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder the build compiled gives what compiling the DRL gives: same rules, thresholds and bands, same
 * diagnoses. Every other engine test runs on the precompiled ladder ({@code DiagnosisEngine.withPackagedRules()}),
 * so this is what ties them to the DRL analysts edit.
 */
class PrecompiledRulesetTests {

    private static Ruleset precompiled;
    private static Ruleset compiled;
    private static long buildsForPrecompiled;

    @BeforeAll
    static void loadBoth() {
        long before = RulesetCompiler.builds();
        precompiled = new RulesetCompiler().compilePackaged();
        buildsForPrecompiled = RulesetCompiler.builds() - before;
        compiled = new RulesetCompiler().compile(Rules.packaged());
    }

    @Test
    void thePackagedLadderIsReadNotCompiled() {
        assertThat(buildsForPrecompiled).as("DRL compilations while loading the packaged ladder").isZero();
    }

    @Test
    void sameRulesThresholdsAndBandsAsTheDrl() {
        assertThat(precompiled.version()).isEqualTo(compiled.version());
        assertThat(precompiled.rules()).isEqualTo(compiled.rules());
        assertThat(precompiled.thresholds()).isEqualTo(compiled.thresholds());
        assertThat(precompiled.bands()).isEqualTo(compiled.bands());
        assertThat(precompiled.thresholdDefinitions()).isEqualTo(compiled.thresholdDefinitions());
        assertThat(precompiled.bandDefinitions()).isEqualTo(compiled.bandDefinitions());
    }

    @Test
    void sameDiagnosesAsTheDrlOnEveryScenarioAndGeneratedCompanies() {
        DiagnosisEngine fromBuild = new DiagnosisEngine(precompiled);
        DiagnosisEngine fromDrl = new DiagnosisEngine(compiled);
        List<CompanyFacts> companies = new ArrayList<>();
        ScenarioFiles.list(Path.of("..", "test-data", "scenarios"))
                .forEach(file -> companies.add(ScenarioFiles.read(file, ScenarioFigures.of(compiled)).facts()));
        for (long seed = 1; seed <= 300; seed++) {
            companies.add(CompanyGenerator.company(seed));
        }
        companies.add(CompanyGenerator.companyOfExactly(7, 10, 50));

        int conclusions = 0;
        for (CompanyFacts company : companies) {
            var expected = fromDrl.diagnose(company);
            assertThat(fromBuild.diagnose(company)).as(company.company().id()).isEqualTo(expected);
            conclusions += expected.findings().size() + expected.recommendations().size();
        }
        assertThat(conclusions).as("the companies exercise the ladder").isGreaterThan(5_000);
    }

    @Test
    void storedRulesOfAnotherVersionAreNotUsed() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        PrecompiledRuleset.write(compiled, stored);
        ClassLoader loader = getClass().getClassLoader();

        Optional<KieBase> same = PrecompiledRuleset.read(new ByteArrayInputStream(stored.toByteArray()),
                compiled.version(), loader);
        Optional<KieBase> edited = PrecompiledRuleset.read(new ByteArrayInputStream(stored.toByteArray()),
                RulesetCompiler.version(Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.5")),
                loader);

        assertThat(same).isPresent();
        assertThat(edited).isEmpty();
    }

    @Test
    void storedRulesCompiledAgainstOtherFactClassesAreNotUsed() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        PrecompiledRuleset.write(compiled, stored, "0123456789abcdef");

        Optional<KieBase> read = PrecompiledRuleset.read(new ByteArrayInputStream(stored.toByteArray()),
                compiled.version(), getClass().getClassLoader());

        assertThat(read).isEmpty();
    }

    @Test
    void theFactModelFingerprintIsStableAndCoversTheFacts() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ModelFingerprint.of(loader)).hasSize(16).isEqualTo(ModelFingerprint.of(loader));
        assertThat(ModelFingerprint.PACKAGES).extracting(Class::getPackageName)
                .containsExactly("com.salesdiag.engine.facts", "com.salesdiag.engine.derived");
    }
}
