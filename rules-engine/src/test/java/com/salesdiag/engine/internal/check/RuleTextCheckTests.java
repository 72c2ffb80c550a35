package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.salesdiag.engine.fixtures.Rules.THRESHOLDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Edits the DRL compiler accepts but the product could not serve are refused before they serve, naming file and
 * line: each of these was loaded live by the service before (analysts' review of 2026-11-27).
 */
class RuleTextCheckTests {

    private static final String DELIVERY = "3-delivery.drl";
    /** The header of the first delivery rule alone: the other delivery rules share its @code, @kind and @owner. */
    private static final String ON_TIME_HEADER = "@code(\"DELIVERY_DELAYS\") @kind(\"cause\") @owner(\"PRODUCTION\")\n    @description(\"The share of orders";
    private static final String DELAYS_RULE = "rule \"On-time deliveries below tolerance\"";

    private final RuleTextCheck check = new RuleTextCheck();
    private final RulesetCheck rulesetCheck = RulesetCheck.withScenarios(Scenarios.LADDER);

    @Test
    void thePackagedLadderHasNoProblem() {
        assertThat(check.check(Rules.packaged())).isEmpty();
    }

    @Test
    void aNumberWrittenIntoARuleIsRefusedAtItsLine() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, "onTimeRate < $onTime,", "onTimeRate < 0.9,");
        assertThat(check.check(files)).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message).containsExactly(tuple(DELIVERY,
                Rules.lineOf(files, DELIVERY, "onTimeRate < 0.9"), "the number 0.9 is written into a rule: thresholds "
                + "live in the decision table (add a row, then read it with Threshold(key == \"...\", $t : value))"));
        assertThat(RuleTextCheck.numbersInLogic("    @stage(\"delivery\") @step(3) // 95 % on time")).isEmpty();
        assertThat(RuleTextCheck.numbersInLogic("    Threshold(key == \"delivery.onTimeTolerance\", $t : value)")).isEmpty();
    }

    @Test
    void everyWayOfWritingANumberIsSeenAndZeroAndOneAreNot() {
        for (String literal : List.of(".95", "5L", "0x5", "95e-2", "0.95B", "0.95d", "2")) {
            assertThat(RuleTextCheck.numbersInLogic("    DeliveryPerformance(onTimeRate < " + literal + ")"))
                    .as(literal).containsExactly(literal);
        }
        for (String structural : List.of("0", "1", "1L", "0x1", "1.0", "0.0d")) {
            assertThat(RuleTextCheck.numbersInLogic("    Period(index == $index - " + structural + ")")).as(structural).isEmpty();
        }
        assertThat(RuleTextCheck.numbersInLogic("    onTimeRate < $onTime || /* was 0.95 */ x")).isEmpty();
        assertThat(RuleTextCheck.numbersInLogic("    $d1 : DeliveryPerformance(x2 > $t)")).isEmpty();
    }

    @Test
    void aSentenceFormatIsANumberFormatOrNone() {
        assertThat(RuleTextCheck.unsupportedFormat("{subject}: {a,number,percent}, {b,number,#.##}, {c}, {d,number,#,##0}")).isNull();
        assertThat(RuleTextCheck.unsupportedFormat("{subject} {onTimeRate,date}")).isEqualTo("{onTimeRate,date}");
        assertThat(RuleTextCheck.unsupportedFormat("{a,number,percentuale}")).isEqualTo("{a,number,percentuale}");
        assertThat(RuleTextCheck.unsupportedFormat("{subject,number,percent}")).isEqualTo("{subject,number,percent}");
    }

    @Test
    void aConclusionWithoutItsCodeOrASentenceIsRefusedAtTheRule() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, ON_TIME_HEADER,
                "@owner(\"PRODUCTION\")\n    @description(\"The share of orders");
        files = Rules.replacing(files, DELIVERY, "    @it(\"Consegne per {subject}", "    // @it(\"Consegne per {subject}");
        List<RuleProblem> problems = check.check(files);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(Rules.lineOf(files, DELIVERY, DELAYS_RULE));
        assertThat(problems.get(0).message()).startsWith("rule \"On-time deliveries below tolerance\" concludes something "
                + "but lacks @code, @it, @kind");
    }

    @Test
    void evidenceTheAnswerEstimatesACauseFromMustStillBeGiven() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, "\"onTimeTolerance\", $onTime, \"orders\"",
                "\"tolerance\", $onTime, \"orders\"");
        // the finding's sentences only: the exclusion "Deliveries on time" keeps its own evidence and sentences
        files = Rules.replacing(files, DELIVERY, "at least {onTimeTolerance,number,percent} required",
                "at least {tolerance,number,percent} required");
        files = Rules.replacing(files, DELIVERY, "minimo richiesto {onTimeTolerance,number,percent}",
                "minimo richiesto {tolerance,number,percent}");

        List<RuleProblem> problems = check.check(files);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(DELIVERY);
        assertThat(problems.get(0).line()).isEqualTo(Rules.lineOf(files, DELIVERY, DELAYS_RULE));
        assertThat(problems.get(0).message()).startsWith("no rule that finds DELIVERY_DELAYS gives the evidence "
                + "onTimeTolerance, which the answer reads to estimate");
    }

    @Test
    void aKindOrOwnerOutsideTheVocabularyIsRefused() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, ON_TIME_HEADER,
                "@code(\"DELIVERY_DELAYS\") @kind(\"causes\") @owner(\"FINANCE\")\n    @description(\"The share of orders");
        assertThat(check.check(files)).extracting(RuleProblem::message).containsExactly(
                "rule \"On-time deliveries below tolerance\" has @kind(\"causes\"); the kinds are outcome, cause, personal, positive, risk, unverified, change",
                "rule \"On-time deliveries below tolerance\" has @owner(\"FINANCE\"); the owners are SALES_MANAGER, PRODUCTION, "
                        + "CUSTOMER_SERVICE, MARKETING, HR");
    }

    @Test
    void aSentenceThatCannotBeReadOrNamesNoEvidenceIsRefused() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, "Deliveries for {subject}: {onTimeRate,number,percent}",
                "Deliveries for {subject}: {onTimeRat,number,percent}");
        files = Rules.replacing(files, DELIVERY, "Consegne per {subject}: puntualità {onTimeRate,number,percent}",
                "Consegne per {subject}: puntualità {onTimeRate,numero,percentuale}");
        List<String> messages = new ArrayList<>(check.check(files).stream().map(RuleProblem::message).toList());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("the @en sentence of rule \"On-time deliveries below tolerance\" names "
                + "{onTimeRat}, which the rule never gives as evidence; it gives: {subject}, {onTimeRate}, {onTimeTolerance}, {orders}");
        assertThat(messages.get(1)).startsWith("the @it sentence of rule \"On-time deliveries below tolerance\" has "
                + "{onTimeRate,numero,percentuale}: a placeholder is {name}");
    }

    @Test
    void theLiveCheckRefusesThemBeforeAnyScenarioCouldMissThem() {
        List<RuleFile> files = Rules.replacing(Rules.packaged(), DELIVERY, "@code(\"DELIVERY_DELAYS\") @kind(\"cause\")", "");
        RulesetCandidate candidate = rulesetCheck.check(files);
        assertThat(candidate.passed()).isFalse();
        assertThat(candidate.report().problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(DELIVERY);
            assertThat(p.message()).contains("lacks @code");
        });
    }

    @Test
    void aDecisionTableSavedWithSemicolonsIsAProblemOfThatFileNotAFailure() {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : Rules.packaged()) {
            files.add(file.path().equals(THRESHOLDS)
                    ? new RuleFile(THRESHOLDS, file.text().replace(',', ';').getBytes(StandardCharsets.UTF_8)) : file);
        }
        RulesetCandidate candidate = rulesetCheck.check(files);
        assertThat(candidate.passed()).isFalse();
        assertThat(candidate.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLDS);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("separated by semicolons");
        });
    }
}
