package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.FigureChange;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamChangesTests {

    @Test
    void onTimeRateIsComparedOnlyWhereBothPeriodsSentIt() {
        List<DeliveryPerformance> delivery = List.of(
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q2", 0.96, 3.0, 10.0, 200),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", 0.78, null, 12.0, 190),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "south", "2026-Q3", 0.70, 3.0, 10.0, 190));
        List<FigureChange> changes = UpstreamChanges.of(facts(delivery, List.of(), List.of(), null));

        FigureChange onTime = find(changes, "north", "onTimeRate", ChangeBasis.PREVIOUS_PERIOD);
        assertThat(onTime.earlier()).isEqualTo(0.96);
        assertThat(onTime.current()).isEqualTo(0.78);
        assertThat(onTime.change()).isEqualTo(-0.18);
        assertThat(onTime.earlierObservations()).isEqualTo(200);
        assertThat(onTime.movedCode()).isEqualTo("FIGURE_MOVED_PREVIOUS_PERIOD");
        assertThat(changes).as("a delay not sent now, a department not sent before, a year not sent: nothing moved")
                .extracting(FigureChange::subjectId, FigureChange::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north", "backlogDays"),
                        org.assertj.core.groups.Tuple.tuple("north", "onTimeRate"));
    }

    @Test
    void twoFactsForOnePeriodAreAmbiguousAndCompareNothing() {
        List<DeliveryPerformance> delivery = List.of(
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q2", 0.96, null, null, null),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", 0.78, null, null, null),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", 0.90, null, null, null));

        assertThat(UpstreamChanges.of(facts(delivery, List.of(), List.of(), null))).isEmpty();
    }

    @Test
    void demandAgainstAYearEarlierCompoundsEveryQuarterBetweenAndNeedsThemAll() {
        List<MarketIndicator> demand = new ArrayList<>(List.of(new MarketIndicator(null, "2026-Q3", -0.10),
                new MarketIndicator(null, "2026-Q2", -0.10), new MarketIndicator(null, "2026-Q1", 0.0),
                new MarketIndicator(null, "2025-Q4", 0.0), new MarketIndicator("north", "2026-Q3", -0.02)));
        List<FigureChange> changes = UpstreamChanges.of(facts(List.of(), demand, List.of(), null));

        assertThat(find(changes, "acme", "demand", ChangeBasis.PREVIOUS_PERIOD).relativeChange()).isEqualTo(-0.1);
        assertThat(find(changes, "acme", "demand", ChangeBasis.YEAR_EARLIER).relativeChange()).isEqualTo(-0.19);
        assertThat(changes).as("north sent only the last quarter: its year is unknown")
                .filteredOn(c -> c.subjectId().equals("north")).extracting(FigureChange::basis)
                .containsExactly(ChangeBasis.PREVIOUS_PERIOD);
    }

    @Test
    void lossSharesRestOnTheLostDealsOfResultsThatCarryThem() {
        List<SalesResult> results = List.of(
                new SalesResult("ann", "2026-Q2", 1000, 10, 10, 1, 2, 0.1),
                new SalesResult("bob", "2026-Q2", 1000, 10, 10, 3, null, null),
                new SalesResult("ann", "2026-Q3", 900, 9, 10, 6, 2, 0.2),
                new SalesResult("bob", "2026-Q3", 900, 9, null, null, null, null));
        List<FigureChange> changes = UpstreamChanges.of(facts(List.of(), List.of(), results, null));

        FigureChange price = find(changes, "north", "priceLossShare", ChangeBasis.PREVIOUS_PERIOD);
        assertThat(price.earlier()).isEqualTo(0.2);
        assertThat(price.current()).isEqualTo(0.6);
        assertThat(price.earlierObservations()).isEqualTo(20);
        assertThat(price.currentObservations()).isEqualTo(10);
        assertThat(find(changes, "north", "dealsWon", ChangeBasis.PREVIOUS_PERIOD).change()).isEqualTo(-2);
    }

    @Test
    void partOfThePeriodIsComparedWithNothing() {
        List<DeliveryPerformance> delivery = List.of(
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q2", 0.96, null, null, null),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", 0.78, null, null, null));

        assertThat(UpstreamChanges.of(facts(delivery, List.of(), List.of(), LocalDate.of(2026, 8, 15)))).isEmpty();
    }

    @Test
    void theOrderOfTheFactsChangesNothing() {
        List<SalesResult> results = new ArrayList<>();
        List<DeliveryPerformance> delivery = new ArrayList<>();
        Random random = new Random(19);
        for (String period : List.of("2025-Q3", "2026-Q2", "2026-Q3")) {
            for (String person : List.of("ann", "bob")) {
                results.add(new SalesResult(person, period, 1000, 10, 10, random.nextInt(10), random.nextInt(10),
                        random.nextDouble() / 3));
            }
            delivery.add(new DeliveryPerformance(DeliveryScope.PRODUCT, "pump", period, random.nextDouble(), 2.0,
                    5.0, 100));
        }
        List<FigureChange> expected = UpstreamChanges.of(facts(delivery, List.of(), results, null));
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(results, random);
            Collections.shuffle(delivery, random);
            assertThat(UpstreamChanges.of(facts(delivery, List.of(), results, null))).isEqualTo(expected);
        }
        assertThat(expected).extracting(FigureChange::subjectType).contains(SubjectType.PRODUCT, SubjectType.DEPARTMENT);
    }

    private static FigureChange find(List<FigureChange> changes, String id, String figure, ChangeBasis basis) {
        return changes.stream().filter(c -> c.subjectId().equals(id) && c.figure().equals(figure)
                && c.basis() == basis).findFirst().orElseThrow(() -> new AssertionError(
                "no " + figure + " of " + id + " against " + basis + " in " + changes));
    }

    private static CompanyFacts facts(List<DeliveryPerformance> delivery, List<MarketIndicator> demand,
                                      List<SalesResult> results, LocalDate dataThrough) {
        return new CompanyFacts(new Company("acme", "Acme", null), "2026-Q3",
                List.of(new Department("north", "North")),
                List.of(new Salesperson("ann", "Ann", "north", null, List.of(), null),
                        new Salesperson("bob", "Bob", "north", null, List.of(), null)),
                List.of(), results, List.of(), null, delivery, List.of(), List.of(), demand, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, dataThrough, false);
    }
}
