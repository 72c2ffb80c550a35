package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.rules.Phrase;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.NotComparable;
import com.salesdiag.engine.derived.PeopleChange;
import com.salesdiag.engine.derived.Presence;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeExpectationTests {

    private static final RevenueChange FALL = new RevenueChange(SubjectType.COMPANY, "acme", ChangeBasis.PREVIOUS_PERIOD,
            "2026-Q3", "2026-Q2", null, 10_000_000L, 9_000_000L, -1_000_000L, -0.1,
            List.of(new ChangeContribution(SubjectType.DEPARTMENT, "nord", Presence.BOTH, -1_500_000, 10_000),
                    new ChangeContribution(SubjectType.DEPARTMENT, "sud", Presence.BOTH, 500_000, 10_000)),
            new PeopleChange(3, -1_000_000, 0, 0, 0, 0), null, null);

    @Test
    void aChangeAsExpectedHasNoDifference() {
        ChangeExpectation e = new ChangeExpectation(null, null, ChangeBasis.PREVIOUS_PERIOD, "2026-Q2", "FELL", null,
                new BigDecimal("-10000"), "nord", 1.0, "sud", null, 0, 0, new BigDecimal("-10000.00"));

        assertThat(e.isAbout(FALL)).isTrue();
        assertThat(e.differences(FALL)).isEmpty();
    }

    @Test
    void eachFieldThatDiffersIsSaid() {
        ChangeExpectation e = new ChangeExpectation(SubjectType.COMPANY, "acme", ChangeBasis.PREVIOUS_PERIOD, null,
                "ROSE", null, new BigDecimal("-9000"), "sud", 0.5, null, null, 1, null, null);

        assertThat(e.differences(FALL)).extracting(Phrase::english).containsExactly("outcome FELL (-10000.00)",
                "change -10000.00 (expected -9000.00)", "mainFall nord (expected sud)",
                "mainFallShare 10000 (expected 5000)", "joined 0 (expected 1)");
        assertThat(e.differences(FALL)).extracting(d -> d.in(Locale.ITALIAN)).startsWith("esito FELL (-10000.00)",
                "change -10000.00 (atteso -9000.00)");
    }

    @Test
    void aComparisonNotMadeIsNotComparableWithItsReason() {
        RevenueChange none = RevenueChange.notComparable(SubjectType.COMPANY, "acme", ChangeBasis.YEAR_EARLIER,
                "2026-Q3", "2025-Q3", NotComparable.NO_RESULTS_FOR_EARLIER_PERIOD);
        ChangeExpectation e = new ChangeExpectation(null, null, ChangeBasis.YEAR_EARLIER, null, "NOT_COMPARABLE",
                NotComparable.RESULTS_NOT_SENT, null, null, null, null, null, null, null, null);

        assertThat(e.isAbout(FALL)).isFalse();
        assertThat(e.differences(none)).extracting(Phrase::english).containsExactly(
                "notComparable NO_RESULTS_FOR_EARLIER_PERIOD (expected RESULTS_NOT_SENT)");
    }

    @Test
    void anOutcomeOutsideTheListIsRefused() {
        assertThatThrownBy(() -> new ChangeExpectation(null, null, ChangeBasis.YEAR_EARLIER, null, "DOWN", null, null,
                null, null, null, null, null, null, null)).hasMessageContaining("FELL");
    }
}
