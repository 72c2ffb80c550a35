package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.console.diagnoses.BridgeChart.Kind;
import com.salesdiag.service.console.diagnoses.BridgeChart.Step;
import com.salesdiag.service.diagnosis.ChangeView;
import com.salesdiag.service.diagnosis.ContributionView;
import com.salesdiag.service.diagnosis.DiagnosisResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeChartTests {

    @Test
    void theStepsGoFromTheEarlierRevenueToThisOneAddingUpToTheCent() {
        BridgeChart chart = BridgeChart.of("b", compared("1025850.00", "969600.00",
                part("north-west", "-57400.00", "1"), part("centre-south", "1150.00", "1")), "2026-Q3");

        assertThat(chart.steps()).extracting(Step::kind)
                .containsExactly(Kind.EARLIER, Kind.FALL, Kind.RISE, Kind.CURRENT);
        assertChained(chart, 102585000, 96960000);
        assertThat(chart.steps().get(1).after()).isEqualByComparingTo("968450.00");
    }

    @Test
    void fallsComeFirstLargestFirstThenRisesNeverNettedAgainstEachOther() {
        // a department whose people rose and fell by the same amount: the change is nil, the parts are not
        BridgeChart chart = BridgeChart.of("b", compared("300.00", "300.00", part("a", "50.00", "0.5"),
                part("b", "-20.00", "0.2"), part("c", "-80.00", "0.8"), part("d", "50.00", "0.5")), "2026-Q3");

        List<Step> parts = chart.steps().subList(1, chart.steps().size() - 1);
        assertThat(parts).extracting(Step::name).containsExactly("c", "b", "a", "d");
        assertThat(parts).extracting(Step::fall).containsExactly(true, true, false, false);
        assertThat(parts).extracting(Step::changeCents).containsExactly(-8000L, -2000L, 5000L, 5000L);
        assertChained(chart, 30000, 30000);
        // the running revenue dips before it comes back: the axis holds the lowest point
        assertThat(chart.axisFromCents()).isLessThanOrEqualTo(20000);
    }

    @Test
    void pastTheLargestFewEachSideIsOneStepSoAThousandSalespeopleStillReadInADozenRows() {
        Random random = new Random(19);
        List<ContributionView> people = new ArrayList<>();
        long earlier = 0;
        long change = 0;
        for (int i = 0; i < 1000; i++) {
            long cents = (random.nextInt(2_000_000) - 1_200_000);
            if (cents == 0) {
                continue;
            }
            people.add(part("p" + i, BigDecimal.valueOf(cents, 2).toPlainString(), "0.001"));
            change += cents;
            earlier += 5_000_000;
        }
        BridgeChart chart = BridgeChart.of("b", compared(BigDecimal.valueOf(earlier, 2).toPlainString(),
                BigDecimal.valueOf(earlier + change, 2).toPlainString(), people.toArray(ContributionView[]::new)),
                "2026-Q3");

        assertThat(chart.steps()).hasSize(2 + 2 * (BridgeChart.SHOWN_PER_SIDE + 1));
        assertThat(chart.steps()).extracting(Step::kind).containsSubsequence(Kind.FALL, Kind.OTHER_FALLS, Kind.RISE,
                Kind.OTHER_RISES);
        long falls = people.stream().filter(p -> p.change().signum() < 0).count();
        Step otherFalls = chart.steps().stream().filter(s -> s.kind() == Kind.OTHER_FALLS).findFirst().orElseThrow();
        assertThat(otherFalls.count()).isEqualTo(falls - BridgeChart.SHOWN_PER_SIDE);
        assertThat(otherFalls.changeCents()).isNegative();
        assertThat(otherFalls.share()).isEqualByComparingTo(
                BigDecimal.valueOf(falls - BridgeChart.SHOWN_PER_SIDE).multiply(new BigDecimal("0.001")));
        // the largest falls are shown by name, and each is at least as large as any in "others"
        long smallestShown = chart.steps().stream().filter(s -> s.kind() == Kind.FALL)
                .mapToLong(Step::changeCents).max().orElseThrow();
        assertThat(people.stream().filter(p -> p.change().signum() < 0).filter(p -> chart.steps().stream()
                .noneMatch(s -> p.subjectId().equals(s.name()))).mapToLong(p -> BridgeChart.cents(p.change())))
                .allMatch(c -> c >= smallestShown);
        assertChained(chart, earlier, earlier + change);
        assertThat(chart.height()).isLessThan(500);
    }

    @Test
    void oneLeftOverIsShownByNameRatherThanAsOneOther() {
        ContributionView[] six = new ContributionView[BridgeChart.SHOWN_PER_SIDE + 1];
        for (int i = 0; i < six.length; i++) {
            six[i] = part("p" + i, "-" + (10 + i) + ".00", "0.1");
        }
        BridgeChart chart = BridgeChart.of("b", compared("1000.00", "925.00", six), "2026-Q3");
        assertThat(chart.steps()).extracting(Step::kind).doesNotContain(Kind.OTHER_FALLS);
        assertThat(chart.steps()).hasSize(2 + six.length);
        assertChained(chart, 100000, 92500);
    }

    @Test
    void whatTheContributorsLeaveOfTheChangeIsAStepOfItsOwnNotHidden() {
        BridgeChart chart = BridgeChart.of("b", compared("1000.00", "900.00", part("a", "-60.00", "1")), "2026-Q3");
        assertThat(chart.steps()).extracting(Step::kind)
                .containsExactly(Kind.EARLIER, Kind.FALL, Kind.NOT_SPLIT, Kind.CURRENT);
        assertThat(chart.steps().get(2).changeCents()).isEqualTo(-4000);
        assertThat(chart.steps().get(2).fall()).isTrue();
        assertChained(chart, 100000, 90000);
    }

    @Test
    void aComparisonThatCouldNotBeMadeHasNoBridge() {
        ChangeView impossible = new ChangeView("YEAR_EARLIER", "2025-Q3", "NO_RESULTS_FOR_EARLIER_PERIOD",
                "nobody has a result for 2025-Q3", null, null, null, null, List.of(), null, null, null);
        assertThat(BridgeChart.of("b", impossible, "2026-Q3")).isNull();
        assertThat(BridgeChart.of("b", null, "2026-Q3")).isNull();
    }

    @Test
    void aScopeTheAnswerDoesNotSplitHasNoBridgeOfOneStep() {
        // a salesperson's change: the figures and the split by deals say it all
        assertThat(BridgeChart.of("b", compared("100000.00", "96000.00"), "2026-Q3")).isNull();
    }

    @Test
    void theAxisStartsAtZeroUnlessThePartsWouldBeSlivers() {
        BridgeChart large = BridgeChart.of("b", compared("1000.00", "400.00", part("a", "-600.00", "1")), "2026-Q3");
        assertThat(large.axisFromCents()).isZero();
        assertThat(large.axisCut()).isFalse();

        BridgeChart small = BridgeChart.of("b", compared("1025850.00", "969600.00",
                part("a", "-57400.00", "1"), part("b", "1150.00", "1")), "2026-Q3");
        assertThat(small.axisCut()).isTrue();
        assertThat(small.axisFromCents()).isLessThan(96845000);
        // the fall fills a good part of the plot, and every bar stays in it
        Step fall = small.steps().get(1);
        assertThat(fall.width()).isGreaterThan(BridgeChart.PLOT_WIDTH / 4);
        assertThat(small.steps()).allSatisfy(s -> {
            assertThat(s.x()).isGreaterThanOrEqualTo(BridgeChart.LABEL_WIDTH);
            assertThat(s.x() + s.width()).isLessThanOrEqualTo(BridgeChart.LABEL_WIDTH + BridgeChart.PLOT_WIDTH);
        });
        // the fall drawn from where the earlier total ends, down to where the rise starts
        assertThat(fall.x() + fall.width()).isEqualTo(small.steps().get(0).x() + small.steps().get(0).width());
        assertThat(small.steps().get(2).x()).isEqualTo(fall.x());
    }

    @Test
    void theSampleCompanysAnswerDrawsABridgePerComparisonThatAddsUpToItsChange() throws Exception {
        DiagnosisResponse answer = JsonMapper.builder().build().readValue(
                Path.of("..", "docs", "examples", "sample-diagnosis.en.json").toFile(), DiagnosisResponse.class);
        List<AnswerPages.ChangeScope> scopes = AnswerPages.changes(answer,
                c -> "COMPANY".equals(c.subjectType()) || "DEPARTMENT".equals(c.subjectType()), b -> List.of());
        assertThat(scopes).extracting(s -> s.change().subjectId())
                .containsExactly("padana", "centre-south", "north-west");
        for (AnswerPages.ChangeScope scope : scopes) {
            for (AnswerPages.Comparison c : scope.comparisons()) {
                assertChained(c.bridge(), BridgeChart.cents(c.view().earlier()), BridgeChart.cents(c.view().current()));
            }
        }
        AnswerPages.ChangeScope company = scopes.get(0);
        assertThat(company.change().subjectType()).isEqualTo("COMPANY");
        assertThat(company.comparisons()).extracting(c -> c.view().against())
                .containsExactly("PREVIOUS_PERIOD", "YEAR_EARLIER");
        assertThat(company.comparisons().get(0).bridge().steps()).extracting(Step::name)
                .containsExactly(null, "Nord-Ovest", "Centro-Sud", null);

        // a salesperson's comparison that could not be made: no bridge, and the answer's reason to show
        AnswerPages.ChangeScope luca = AnswerPages.changes(answer, c -> "luca".equals(c.subjectId()), b -> List.of())
                .get(0);
        AnswerPages.Comparison yearEarlier = luca.comparisons().get(1);
        assertThat(yearEarlier.view().notComparable()).isEqualTo("NO_RESULT_EARLIER");
        assertThat(yearEarlier.bridge()).isNull();
        assertThat(yearEarlier.view().reason()).contains("joined");
    }

    @Test
    void eachStepIsWrittenInThePagesLanguageWithItsSignAndOnlyRisesAreHatched() {
        org.springframework.context.support.ReloadableResourceBundleMessageSource messages =
                new org.springframework.context.support.ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages-console");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        ContributionView[] parts = new ContributionView[8];
        for (int i = 0; i < 7; i++) {
            parts[i] = part("p" + i, "-" + (100 + i) + ".00", "0.1");
        }
        parts[7] = new ContributionView("SALESPERSON", "luca", "Luca Moretti", "ONLY_CURRENT",
                new BigDecimal("48000.50"), new BigDecimal("1"));
        BridgeChart chart = BridgeChart.of("b", compared("100000.00", "147279.50", parts), "2026-Q3");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ITALIAN);
        try {
            List<BridgeRow> rows = BridgeRow.of(chart, messages, java.util.Locale.ITALIAN,
                    new com.salesdiag.service.console.ShownFigures());
            assertThat(rows).extracting(BridgeRow::rowLabel).containsExactly("Ricavi in 2026-Q2", "p6", "p5", "p4",
                    "p3", "p2", "altri 2 cali", "Luca Moretti", "Ricavi in 2026-Q3");
            assertThat(rows.get(6).change()).isEqualTo("-201");
            assertThat(rows.get(6).share()).isEqualTo("20,0% dei cali");
            assertThat(rows.get(7).figure()).isEqualTo("+48.000,50");
            assertThat(rows.get(7).presence()).startsWith("(un risultato solo ora");
            assertThat(rows.get(8).figure()).isEqualTo("147.279,50");
            assertThat(rows).filteredOn(r -> r.fill() != null).extracting(BridgeRow::label)
                    .containsExactly("Luca Moretti");
            assertThat(rows.get(6).barClass()).isEqualTo("step fall grouped");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(BridgeRow.of(null, messages, java.util.Locale.ENGLISH,
                new com.salesdiag.service.console.ShownFigures())).isEmpty();
    }

    /** Each step starts where the last ended, the parts add up to the change, and the last total is the revenue. */
    private static void assertChained(BridgeChart chart, long earlier, long current) {
        List<Step> steps = chart.steps();
        assertThat(steps.get(0).kind()).isEqualTo(Kind.EARLIER);
        assertThat(steps.get(0).changeCents()).isEqualTo(earlier);
        assertThat(steps.get(steps.size() - 1).kind()).isEqualTo(Kind.CURRENT);
        assertThat(steps.get(steps.size() - 1).changeCents()).isEqualTo(current);
        long running = earlier;
        for (Step s : steps.subList(1, steps.size() - 1)) {
            assertThat(s.fromCents()).isEqualTo(running);
            running += s.changeCents();
            assertThat(s.toCents()).isEqualTo(running);
            assertThat(s.changeCents()).isNotZero();
        }
        assertThat(running).isEqualTo(current);
    }

    private static ChangeView compared(String earlier, String current, ContributionView... parts) {
        BigDecimal before = new BigDecimal(earlier);
        BigDecimal after = new BigDecimal(current);
        return new ChangeView("PREVIOUS_PERIOD", "2026-Q2", null, null, before, after, after.subtract(before),
                before.signum() == 0 ? null : after.subtract(before).doubleValue() / before.doubleValue(),
                List.of(parts), null, null, null);
    }

    private static ContributionView part(String id, String change, String share) {
        return new ContributionView("SALESPERSON", id, id, "BOTH", new BigDecimal(change), new BigDecimal(share));
    }
}
