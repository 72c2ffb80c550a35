package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.NotComparable;
import com.salesdiag.engine.derived.Presence;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.derived.VolumeValue;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueChangesTests {

    @Test
    void earlierPeriodsRollOverYears() {
        assertThat(EarlierPeriods.of("2026-Q1", ChangeBasis.PREVIOUS_PERIOD)).isEqualTo("2025-Q4");
        assertThat(EarlierPeriods.of("2026-Q1", ChangeBasis.YEAR_EARLIER)).isEqualTo("2025-Q1");
        assertThat(EarlierPeriods.of("2026-01", ChangeBasis.PREVIOUS_PERIOD)).isEqualTo("2025-12");
        assertThat(EarlierPeriods.of("2026-01", ChangeBasis.YEAR_EARLIER)).isEqualTo("2025-01");
    }

    @Test
    void fewerDealsAtAHigherAverageSplitIntoVolumeValueAndInteraction() {
        VolumeValue v = RevenueChanges.volumeValue(10, 8, 100_000, 88_000);
        assertThat(v.averageEarlierCents()).isEqualTo(10_000);
        assertThat(v.averageCurrentCents()).isEqualTo(11_000);
        assertThat(v.volumeCents()).isEqualTo(-20_000);
        assertThat(v.valueCents()).isEqualTo(10_000);
        assertThat(v.interactionCents()).isEqualTo(-2_000);
    }

    @Test
    void aPersonWithoutAnEarlierResultJoinedOnlyWhenOthersHaveOne() {
        CompanyFacts facts = facts("2026-Q2", List.of(
                new SalesResult("ann", "2026-Q2", 900, 9, null, null, null, null),
                new SalesResult("bob", "2026-Q2", 500, 5, null, null, null, null),
                new SalesResult("ann", "2026-Q1", 1000, 10, null, null, null, null)), null);
        List<RevenueChange> changes = RevenueChanges.of(facts);
        RevenueChange company = find(changes, SubjectType.COMPANY, "acme", ChangeBasis.PREVIOUS_PERIOD);
        assertThat(company.changeCents()).isEqualTo(40_000);
        assertThat(company.people().joinedCents()).isEqualTo(50_000);
        assertThat(company.people().continuingCents()).isEqualTo(-10_000);
        RevenueChange bob = find(changes, SubjectType.SALESPERSON, "bob", ChangeBasis.PREVIOUS_PERIOD);
        assertThat(bob.notComparable()).isEqualTo(NotComparable.NO_RESULT_EARLIER);
        RevenueChange north = find(changes, SubjectType.DEPARTMENT, "north", ChangeBasis.PREVIOUS_PERIOD);
        assertThat(north.contributors()).extracting(ChangeContribution::subjectId, ChangeContribution::presence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", Presence.BOTH),
                        org.assertj.core.groups.Tuple.tuple("bob", Presence.ONLY_CURRENT));
        RevenueChange yearAgo = find(changes, SubjectType.COMPANY, "acme", ChangeBasis.YEAR_EARLIER);
        assertThat(yearAgo.notComparable()).as("nobody's results for 2025-Q2: nobody joined, it is unknown")
                .isEqualTo(NotComparable.NO_RESULTS_FOR_EARLIER_PERIOD);
        assertThat(yearAgo.changeCents()).isNull();
    }

    @Test
    void partOfAPeriodIsNotComparedWithAWholeOne() {
        CompanyFacts facts = facts("2026-Q2", List.of(
                new SalesResult("ann", "2026-Q2", 300, 3, null, null, null, null),
                new SalesResult("ann", "2026-Q1", 1000, 10, null, null, null, null)), LocalDate.of(2026, 5, 1));
        assertThat(RevenueChanges.of(facts)).allMatch(c -> c.notComparable() == NotComparable.PERIOD_PARTLY_COVERED);
    }

    @Test
    void resultsNotSentCompareNothing() {
        CompanyFacts facts = facts("2026-Q2", null, null);
        assertThat(RevenueChanges.of(facts)).allMatch(c -> c.notComparable() == NotComparable.RESULTS_NOT_SENT
                || c.notComparable() == NotComparable.PRODUCT_PERFORMANCE_NOT_SENT);
    }

    private static RevenueChange find(List<RevenueChange> changes, SubjectType type, String id, ChangeBasis basis) {
        return changes.stream().filter(c -> c.subjectType() == type && c.subjectId().equals(id) && c.basis() == basis)
                .findFirst().orElseThrow();
    }

    private static CompanyFacts facts(String period, List<SalesResult> results, LocalDate dataThrough) {
        return new CompanyFacts(new Company("acme", "Acme", null), period, List.of(new Department("north", "North")),
                List.of(new Salesperson("ann", "Ann", "north", null, List.of(), null),
                        new Salesperson("bob", "Bob", "north", null, List.of(), null)),
                List.of(), results, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, dataThrough, false);
    }
}
