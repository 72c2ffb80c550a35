package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edited rule that recommends what docs/domain.md forbids does not reach the answer: here a rule sends everyone
 * with a result to an HR review. Only the person whose documented coaching proved ineffective keeps it.
 */
class InvariantGuardTests {

    private static final String EVERYONE_TO_HR = String.join("\n",
            "package salesdiag.rules;",
            "import com.salesdiag.engine.facts.*;",
            "import com.salesdiag.engine.derived.*;",
            "rule \"Everyone with a result goes to HR\"",
            "    @stage(\"hr-review\") @step(8) @code(\"HR_DISMISSAL_REVIEW\") @owner(\"HR\")",
            "    @description(\"A rule an analyst got wrong\")",
            "    @en(\"{subject} goes to HR.\") @it(\"{subject} va alle Risorse Umane.\")",
            "when",
            "    Period(underDiagnosis, $period : id)",
            "    SalesResult(period == $period, $id : salespersonId)",
            "then",
            "    insertLogical(Derive.recommendation(drools.getRule(), SubjectType.SALESPERSON, $id, \"\", Evidence.of()));",
            "end",
            "");

    private static List<RuleFile> edited;
    private static Diagnosis diagnosis;

    @BeforeAll
    static void diagnoseTheSampleWithTheEditedRules() {
        edited = new ArrayList<>(Rules.packaged());
        edited.add(new RuleFile("13-everyone-to-hr.drl", EVERYONE_TO_HR.getBytes(StandardCharsets.UTF_8)));
        diagnosis = new DiagnosisEngine(new RulesetCompiler().compile(edited)).diagnose(readSample());
    }

    private static CompanyFacts readSample() {
        return ScenarioFiles.mapper().readValue(Path.of("..", "test-data", "samples", "company.json").toFile(),
                CompanyFacts.class);
    }

    @Test
    void onPartOfThePeriodNobodyGoesToHrNotEvenWhomTheLadderWouldSend() {
        CompanyFacts f = readSample();
        CompanyFacts partial = new CompanyFacts(f.company(), f.period(), f.departments(), f.salespeople(), f.goals(),
                f.results(), f.products(), f.productPerformance(), f.delivery(), f.customerService(), f.marketing(),
                f.marketIndicators(), f.trainings(), f.coachingPlans(), f.recognitions(), f.feedback(), f.techniques(),
                f.notSent(), java.time.LocalDate.parse("2026-09-09"), true);

        Diagnosis onPart = new DiagnosisEngine(new RulesetCompiler().compile(edited)).diagnose(partial);

        assertThat(onPart.recommendations()).noneMatch(r -> r.action().equals("HR_DISMISSAL_REVIEW"));
        assertThat(onPart.withheld()).extracting(WithheldAction::subjectId).contains("giorgio");
        assertThat(onPart.withheld()).filteredOn(w -> w.subjectId().equals("giorgio")).singleElement()
                .satisfies(w -> assertThat(w.reason()).isEqualTo("PARTIAL_PERIOD"));
    }

    @Test
    void onlyTheReviewTheLadderJustifiesIsAnswered() {
        assertThat(diagnosis.recommendations()).filteredOn(r -> r.action().equals("HR_DISMISSAL_REVIEW"))
                .extracting(DiagnosedRecommendation::subjectId).containsExactly("giorgio");
    }

    @Test
    void whatIsHeldBackIsReportedWithTheInvariantItWouldBreak() {
        assertThat(diagnosis.withheld()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.action()).isEqualTo("HR_DISMISSAL_REVIEW");
            assertThat(w.rule()).isEqualTo("Everyone with a result goes to HR");
        });
        assertThat(diagnosis.withheld()).extracting(WithheldAction::reason)
                .contains("UPSTREAM_CAUSE_STANDS", "NO_INEFFECTIVE_COACHING");
        assertThat(diagnosis.withheld()).filteredOn(w -> w.subjectId().equals("marco")).singleElement()
                .satisfies(w -> assertThat(w.basedOn()).contains("DELIVERY_DELAYS", "PRICE_NOT_COMPETITIVE"));
    }

    @Test
    void nobodyIsCorrectedAndRecognisedAtOnce() {
        CompanyFacts sample = readSample();
        Recommendation recognise = new Recommendation("RECOGNIZE", 9, SubjectType.SALESPERSON, "fabio", "TRIP",
                List.of(), "Recognise", List.of());
        Recommendation coach = new Recommendation("PERSONAL_COACHING", 7, SubjectType.SALESPERSON, "fabio", "",
                List.of(), "Coach", List.of());
        Attainment missed = new Attainment(GoalLevel.SALESPERSON, "fabio", "centre-south", "centre-south", "2026-Q3", 0,
                LocalDate.of(2026, 7, 1), true, 80_000, 100_000, 0.8);
        InvariantGuard.Guarded guarded = new InvariantGuard(sample, 0.95, 2, new SubjectNames(sample)).apply(
                new SessionOutcome(List.of(), List.of(recognise, coach), List.of(missed), List.of(), List.of()));
        assertThat(guarded.outcome().recommendations()).containsExactly(recognise);
        assertThat(guarded.withheld()).singleElement().extracting(WithheldAction::reason).isEqualTo("ALSO_RECOGNISED");
    }

    @Test
    void aTopPerformerAnEditedRuleWouldCoachIsRecognisedStill() {
        Diagnosis answer = diagnoseWith(rule("Top performers get coaching", "PERSONAL_COACHING", "capability", 7,
                "Finding(code == \"TOP_PERFORMER\", subjectType == SubjectType.SALESPERSON, $id : subjectId)"));
        List<String> stars = packagedAnswer().recommendations().stream().filter(r -> r.action().equals("RECOGNIZE"))
                .map(DiagnosedRecommendation::subjectId).toList();
        assertThat(stars).isNotEmpty();
        assertThat(answer.recommendations()).filteredOn(r -> r.action().equals("RECOGNIZE"))
                .extracting(DiagnosedRecommendation::subjectId).containsExactlyInAnyOrderElementsOf(stars);
        assertThat(answer.recommendations()).filteredOn(r -> r.action().equals("PERSONAL_COACHING"))
                .extracting(DiagnosedRecommendation::subjectId).doesNotContainAnyElementsOf(stars);
        assertThat(answer.withheld()).filteredOn(w -> stars.contains(w.subjectId()))
                .extracting(WithheldAction::reason).containsOnly("NO_SHORTFALL");
    }

    @Test
    void whatTheLadderRecommendsStandsWhenAnEditedRuleIsHeldBack() {
        Diagnosis answer = diagnoseWith(rule("Capability gaps go straight to HR", "HR_DISMISSAL_REVIEW", "hr-review", 8,
                "Finding(code == \"CAPABILITY_GAP\", subjectType == SubjectType.SALESPERSON, $id : subjectId)"));
        assertThat(answer.withheld()).extracting(WithheldAction::subjectId).contains("ilaria");
        assertThat(answer.recommendationsFor("ilaria")).extracting(DiagnosedRecommendation::action)
                .as("the coaching the ladder recommends without the edited rule").contains("PERSONAL_COACHING")
                .doesNotContain("HR_DISMISSAL_REVIEW");
        assertThat(answer.recommendations()).filteredOn(r -> r.action().equals("HR_DISMISSAL_REVIEW"))
                .extracting(DiagnosedRecommendation::subjectId).containsExactly("giorgio");
    }

    private static String rule(String name, String action, String stage, int step, String condition) {
        return String.join("\n",
                "package salesdiag.rules;",
                "import com.salesdiag.engine.facts.*;",
                "import com.salesdiag.engine.derived.*;",
                "rule \"" + name + "\"",
                "    @stage(\"" + stage + "\") @step(" + step + ") @code(\"" + action + "\") @owner(\"HR\")",
                "    @description(\"A rule an analyst got wrong\")",
                "    @en(\"{subject}: " + action + ".\") @it(\"{subject}: " + action + ".\")",
                "when",
                "    " + condition,
                "then",
                "    insertLogical(Derive.recommendation(drools.getRule(), SubjectType.SALESPERSON, $id, \"\", Evidence.of()));",
                "end",
                "");
    }

    private static Diagnosis diagnoseWith(String drl) {
        List<RuleFile> files = new ArrayList<>(Rules.packaged());
        files.add(new RuleFile("13-edited.drl", drl.getBytes(StandardCharsets.UTF_8)));
        return new DiagnosisEngine(new RulesetCompiler().compile(files)).diagnose(readSample());
    }

    private static Diagnosis packagedAnswer() {
        return DiagnosisEngine.withPackagedRules().diagnose(readSample());
    }

    @Test
    void aCheckOfTheEditRejectsItThroughAnyScenario() {
        var report = RulesetCheck.withScenarios(Path.of("..", "test-data", "scenarios")).check(edited).report();
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("the rules recommended HR_DISMISSAL_REVIEW for").contains("the engine withheld it"));
    }
}
