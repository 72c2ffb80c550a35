package com.salesdiag.engine.derived;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodCalendarTests {

    @Test
    void calendarQuartersByDefault() {
        Period q3 = PeriodCalendar.parse("2026-Q3", true);
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PeriodCalendar.parse("2026-Q3", true, 1)).isEqualTo(q3);
    }

    @Test
    void fiscalQuartersAreNamedByTheYearTheFiscalYearEndsIn() {
        Period first = PeriodCalendar.parse("2012-Q1", false, 7);
        assertThat(first.start()).isEqualTo(LocalDate.of(2011, 7, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2011, 9, 30));
        Period last = PeriodCalendar.parse("2012-Q4", false, 7);
        assertThat(last.start()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(last.end()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(PeriodCalendar.parse("2027-Q1", false, 4).start()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void fiscalQuartersKeepTheirOrderAcrossYears() {
        assertThat(PeriodCalendar.parse("2011-Q4", false, 7).index())
                .isEqualTo(PeriodCalendar.parse("2012-Q1", false, 7).index() - 1);
        assertThat(PeriodCalendar.parse("2011-Q4", false, 7).end().plusDays(1))
                .isEqualTo(PeriodCalendar.parse("2012-Q1", false, 7).start());
    }

    @Test
    void monthsAreCalendarMonthsWhateverTheFiscalYear() {
        assertThat(PeriodCalendar.parse("2026-09", false, 7).start()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void partOfAPeriodCountsItsDaysFromTheStart() {
        Period part = PeriodCalendar.parse("2026-Q3", true).coveredThrough(LocalDate.of(2026, 8, 7), true);
        assertThat(part.getDaysCovered()).isEqualTo(38);
        assertThat(part.getDays()).isEqualTo(92);
        assertThat(part.goal(92_000)).isEqualTo(38_000);
        assertThat(PeriodCalendar.parse("2026-Q3", true).coveredThrough(LocalDate.of(2026, 9, 30), true).isComplete())
                .isTrue();
    }

    @Test
    void fiscalQuartersSayWhichMonthsTheyAre() {
        java.util.Locale it = java.util.Locale.ITALIAN;
        assertThat(com.salesdiag.engine.internal.explain.PeriodWords.period("2027-Q2", java.util.Locale.ENGLISH, 7))
                .isEqualTo("fiscal Q2 2027 (October\u2013December 2026)");
        assertThat(com.salesdiag.engine.internal.explain.PeriodWords.period("2027-Q3", it, 7))
                .isEqualTo("terzo trimestre dell'esercizio 2027 (gennaio\u2013marzo 2027)");
        assertThat(com.salesdiag.engine.internal.explain.PeriodWords.period("2026-Q3", it, 1)).isEqualTo("terzo trimestre 2026");
        assertThat(com.salesdiag.engine.internal.explain.PeriodWords.period("2026-09", it, 7)).isEqualTo("settembre 2026");
    }
}
