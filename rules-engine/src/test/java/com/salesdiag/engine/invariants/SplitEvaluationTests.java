package com.salesdiag.engine.invariants;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.internal.session.CompanySessions.Splitting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A company diagnosed in parts (the company part, then units of whole departments in parallel) gives the same
 * answer as the whole company in one session, every conclusion, figure, sentence and order: on the invariants'
 * generator, on every scenario, and on large companies. Units here are as small as they can be (every department,
 * or group of departments sharing a peer group, on its own), and even a company of one department is cut (one unit
 * beside the company part), so that every company is; the product cuts only large companies.
 * <p>
 * Every other generated company has its peer groups redrawn across departments, which cuts it differently. 2,000
 * companies, not the 10,000 of {@link DomainInvariantsTests}: each is diagnosed twice (in parts and whole), ~21 ms
 * of CPU a company here, so 10,000 would add 3-4 minutes to every build on the 2-core machine (over ten at the
 * load average of ~24 it was measured at). {@code -Dsplit.companies=10000} runs the count.
 */
class SplitEvaluationTests {

    private static final int COMPANIES = Integer.getInteger("split.companies", 2_000);
    private static final long SEED = Long.getLong("invariants.seed", 20261126L);
    private static final Splitting EVERY_DEPARTMENT = new Splitting(true, 0, 1, 0);

    private static CompanySessions sessions;

    @BeforeAll
    static void compileRules() {
        sessions = new CompanySessions(DiagnosisEngine.withPackagedRules().ruleset(), EVERY_DEPARTMENT);
    }

    @Test
    void generatedCompaniesGetTheSameAnswerInPartsAsWhole() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int cut = 0;
        for (int i = 0; i < COMPANIES; i++) {
            long seed = seeds.nextLong();
            CompanyFacts facts = CompanyGenerator.company(seed);
            boolean redrawn = i % 2 == 1;
            cut += sameAnswer(redrawn ? peersAcrossDepartments(facts, seed) : facts, "company of seed " + seed
                    + (redrawn ? " with peer groups across departments" : "")) ? 1 : 0;
        }
        assertThat(cut).as("companies diagnosed in parts").isEqualTo(COMPANIES);
    }

    static Stream<Path> scenarios() {
        return Stream.of(Path.of("..", "test-data", "scenarios"), Path.of("src", "test", "resources", "scenarios"))
                .flatMap(folder -> ScenarioFiles.list(folder).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioGetsTheSameAnswerInPartsAsWhole(Path file) {
        assertThat(sameAnswer(ScenarioFiles.read(file, ScenarioFigures.of(sessions.ruleset())).facts(), file.toString()))
                .as("%s diagnosed in parts", file).isTrue();
    }

    @Test
    void largeCompaniesGetTheSameAnswerInUnitsOfTheProductsSize() {
        CompanySessions standard = new CompanySessions(sessions.ruleset(),
                new Splitting(true, 0, Splitting.UNIT_SIZE, 0));
        for (CompanyFacts facts : List.of(CompanyGenerator.companyOfExactly(1L, 20, 50),
                CompanyGenerator.company(3L, 30, 40))) {
            Optional<Diagnosis> inParts = standard.diagnoseInParts(facts);
            assertThat(inParts).as("%d salespeople in %d departments", facts.salespeople().size(),
                    facts.departments().size()).isPresent();
            Diagnosis whole = standard.diagnoseWhole(facts);
            assertThat(differences(inParts.get(), whole)).isEmpty();
            assertThat(inParts.get()).isEqualTo(whole);
        }
    }

    @Test
    void aSalespersonOfAnUnknownDepartmentKeepsTheCompanyWhole() {
        CompanyFacts facts = CompanyGenerator.companyOfExactly(5L, 3, 4);
        List<Salesperson> people = new ArrayList<>(facts.salespeople());
        Salesperson first = people.get(0);
        people.set(0, new Salesperson(first.id(), first.name(), "nowhere", first.hireDate(), first.productIds(), null));

        assertThat(sessions.diagnoseInParts(withSalespeople(facts, people))).isEmpty();
        assertThat(sessions.diagnoseInParts(facts)).isPresent();
    }

    @Test
    void aRuleThatCountsAcrossDepartmentsForTheCompanyIsCaughtAndTheCompanyDiagnosedWhole(@TempDir Path dir) {
        // Said of the company through its revenue change, which every unit holds: each unit counts its own people.
        Ruleset crossing = withRule(dir, """
                rule "Salespeople counted across the company"
                    @stage("context") @step(0) @code("HEADCOUNT") @kind("outcome") @owner("SALES_MANAGER")
                    @description("How many salespeople the company has")
                    @en("{subject} has {salespeople} salespeople.")
                    @it("{subject} ha {salespeople} venditori.")
                when
                    RevenueChange(subjectType == SubjectType.COMPANY, basis == ChangeBasis.PREVIOUS_PERIOD, $company : subjectId)
                    accumulate( Salesperson(); $n : count(); $n > 0 )
                then
                    insertLogical(Derive.finding(drools.getRule(), SubjectType.COMPANY, $company,
                            Evidence.of("salespeople", $n)));
                end
                """);
        CompanyFacts facts = CompanyGenerator.companyOfExactly(11L, 4, 5);

        assertThatThrownBy(() -> new CompanySessions(crossing, EVERY_DEPARTMENT).diagnoseInParts(facts))
                .isInstanceOf(IllegalStateException.class);
        Diagnosis answered = new CompanySessions(crossing, EVERY_DEPARTMENT).diagnose(facts);
        assertThat(answered.findings()).as("the whole company's head count").anySatisfy(f ->
                assertThat(f.evidence()).anySatisfy(e -> assertThat(e.name() + "=" + e.value()).isEqualTo("salespeople=20")));
        assertThat(answered).isEqualTo(new CompanySessions(crossing, EVERY_DEPARTMENT).diagnoseWhole(facts));
    }

    @Test
    void aRuleThatReadsTheCompanyWithTheDepartmentsFactsIsCaughtByTheFirstVerification(@TempDir Path dir) {
        // A unit holds no Company fact and the company part no salesperson: neither part counts, the parts agree on
        // nothing said, and only the comparison with the whole sees it.
        Ruleset crossing = withRule(dir, """
                rule "Salespeople of the company counted"
                    @stage("context") @step(0) @code("HEADCOUNT") @kind("outcome") @owner("SALES_MANAGER")
                    @description("How many salespeople the company has")
                    @en("{subject} has {salespeople} salespeople.")
                    @it("{subject} ha {salespeople} venditori.")
                when
                    Company($company : id)
                    accumulate( Salesperson(); $n : count(); $n > 0 )
                then
                    insertLogical(Derive.finding(drools.getRule(), SubjectType.COMPANY, $company,
                            Evidence.of("salespeople", $n)));
                end
                """);
        CompanySessions verifyingOnce = new CompanySessions(crossing, new Splitting(true, 0, 1, 1));
        CompanyFacts first = CompanyGenerator.companyOfExactly(11L, 4, 5);
        CompanyFacts second = CompanyGenerator.companyOfExactly(13L, 5, 2);

        assertThat(verifyingOnce.diagnoseInParts(first)).isPresent().get()
                .isNotEqualTo(verifyingOnce.diagnoseWhole(first));
        Diagnosis answered = verifyingOnce.diagnose(first);
        assertThat(answered.findings()).as("the whole company's head count").anySatisfy(f ->
                assertThat(f.evidence()).anySatisfy(e -> assertThat(e.name() + "=" + e.value()).isEqualTo("salespeople=20")));
        assertThat(verifyingOnce.diagnose(second)).isEqualTo(verifyingOnce.diagnoseWhole(second));
    }

    @Test
    void aRuleThatComparesDepartmentsIsCaughtByTheFirstVerificationAndTheRulesetIsDiagnosedWholeFromThen(
            @TempDir Path dir) {
        Ruleset crossing = withRule(dir, """
                rule "Departments counted across the company"
                    @stage("context") @step(0) @code("DEPARTMENT_COUNTED") @kind("outcome") @owner("SALES_MANAGER")
                    @description("How many departments the company has, said of each")
                    @en("{subject} is one of {departments} departments.")
                    @it("{subject} è uno di {departments} reparti.")
                when
                    Department($dept : id)
                    accumulate( Department(); $n : count() )
                then
                    insertLogical(Derive.finding(drools.getRule(), SubjectType.DEPARTMENT, $dept,
                            Evidence.of("departments", $n)));
                end
                """);
        CompanySessions verifyingOnce = new CompanySessions(crossing, new Splitting(true, 0, 1, 1));
        CompanyFacts first = CompanyGenerator.companyOfExactly(12L, 3, 4);
        CompanyFacts second = CompanyGenerator.companyOfExactly(13L, 5, 2);

        assertThat(verifyingOnce.diagnoseInParts(first)).isPresent().get()
                .isNotEqualTo(verifyingOnce.diagnoseWhole(first));
        assertThat(verifyingOnce.diagnose(first)).isEqualTo(verifyingOnce.diagnoseWhole(first));
        assertThat(verifyingOnce.diagnose(second)).isEqualTo(verifyingOnce.diagnoseWhole(second));
    }

    private static Ruleset withRule(Path dir, String rule) {
        List<RuleFile> files = new ArrayList<>(Rules.packaged());
        files.add(new RuleFile("9-crossing.drl", ("package salesdiag.rules;\n"
                + "import com.salesdiag.engine.facts.*;\nimport com.salesdiag.engine.derived.*;\n" + rule)
                .getBytes(StandardCharsets.UTF_8)));
        return DiagnosisEngine.withRulesFrom(Rules.writeTo(files, dir.resolve("ladder"))).ruleset();
    }

    /** Whether the company was cut; fails when the parts' answer differs from the whole's or they disagreed. */
    private static boolean sameAnswer(CompanyFacts facts, String what) {
        Optional<Diagnosis> inParts = sessions.diagnoseInParts(facts);
        inParts.ifPresent(diagnosis -> {
            Diagnosis whole = sessions.diagnoseWhole(facts);
            assertThat(differences(diagnosis, whole)).as(what).isEmpty();
            assertThat(diagnosis).as(what).isEqualTo(whole);
        });
        return inParts.isPresent();
    }

    /** What one answer has and the other lacks, part by part, so that a failure says where they part. */
    static List<String> differences(Diagnosis inParts, Diagnosis whole) {
        List<String> differences = new ArrayList<>();
        compare("finding", inParts.findings(), whole.findings(), differences);
        compare("recommendation", inParts.recommendations(), whole.recommendations(), differences);
        compare("withheld", inParts.withheld(), whole.withheld(), differences);
        compare("unverified", inParts.unverified(), whole.unverified(), differences);
        compare("change", inParts.changes(), whole.changes(), differences);
        return differences;
    }

    private static void compare(String what, List<?> inParts, List<?> whole, List<String> differences) {
        inParts.stream().filter(x -> !whole.contains(x)).forEach(x -> differences.add("only in parts: " + what + " " + x));
        whole.stream().filter(x -> !inParts.contains(x)).forEach(x -> differences.add("only whole: " + what + " " + x));
    }

    /** The same company with a fifth of its salespeople moved into peer groups shared by several departments. */
    private static CompanyFacts peersAcrossDepartments(CompanyFacts facts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Salesperson> people = facts.salespeople().stream()
                .map(s -> random.nextDouble() < 0.2
                        ? new Salesperson(s.id(), s.name(), s.departmentId(), s.hireDate(), s.productIds(),
                                "shared-" + random.nextInt(2))
                        : s)
                .toList();
        return withSalespeople(facts, people);
    }

    private static CompanyFacts withSalespeople(CompanyFacts f, List<Salesperson> people) {
        return new CompanyFacts(f.company(), f.period(), f.departments(), people, f.goals(), f.results(),
                f.products(), f.productPerformance(), f.delivery(), f.customerService(), f.marketing(),
                f.marketIndicators(), f.trainings(), f.coachingPlans(), f.recognitions(), f.feedback(),
                f.techniques(), f.notSent(), f.dataThrough(), f.prorateGoals());
    }
}
