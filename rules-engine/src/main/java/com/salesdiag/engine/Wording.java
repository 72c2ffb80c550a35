package com.salesdiag.engine;

import com.salesdiag.engine.internal.explain.Percentages;
import com.salesdiag.engine.internal.explain.PeriodWords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Figures, periods and dates worded as the rules' sentences word them, for sentences written outside the rules
 * (the answer's summaries) that sit beside them and must not read differently.
 */
public final class Wording {

    private Wording() {
    }

    /** A ratio cut to whole percent (0.9496 is 0.94) for a {@code {n,number,percent}} placeholder. */
    public static BigDecimal percent(double ratio) {
        return Percentages.shown(ratio);
    }

    /** A period id ("2026-Q3") in words ("Q3 2026"), a fiscal quarter named as such with its months; anything else as it is. */
    public static String period(String id, Locale locale, int fiscalYearStartMonth) {
        return PeriodWords.period(id, locale, fiscalYearStartMonth);
    }

    public static String date(LocalDate date, Locale locale) {
        return PeriodWords.date(date, locale);
    }
}
