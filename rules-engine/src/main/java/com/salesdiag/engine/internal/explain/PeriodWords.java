package com.salesdiag.engine.internal.explain;

import com.salesdiag.engine.derived.PeriodCalendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Periods and dates as people write them: {@code 2026-Q3} is "Q3 2026" in English and "terzo trimestre 2026" in
 * Italian, {@code 2026-09} "September 2026" and "settembre 2026", a date "7 August 2026" and "7 agosto 2026".
 * Without an article, so that a sentence can put the period after any preposition.
 */
public final class PeriodWords {

    private static final String[] ITALIAN_QUARTERS = {"primo", "secondo", "terzo", "quarto"};

    private PeriodWords() {
    }

    /** The period id in words; anything that is not a period id, as it is. */
    public static String period(String id, Locale locale) {
        return period(id, locale, 1);
    }

    /**
     * The period id in words for a company whose fiscal year starts in {@code fiscalYearStartMonth}: a fiscal quarter
     * says so and which months it is, "fiscal Q2 2027 (October-December 2026)", "secondo trimestre dell'esercizio
     * 2027 (ottobre-dicembre 2026)".
     */
    public static String period(String id, Locale locale, int fiscalYearStartMonth) {
        if (!PeriodCalendar.isValid(id)) {
            return id;
        }
        if (fiscalYearStartMonth > 1 && fiscalYearStartMonth <= 12 && id.charAt(5) == 'Q') {
            return fiscalQuarter(id, locale, fiscalYearStartMonth);
        }
        String year = id.substring(0, 4);
        boolean italian = "it".equals(locale.getLanguage());
        if (id.charAt(5) == 'Q') {
            int quarter = id.charAt(6) - '0';
            return italian ? ITALIAN_QUARTERS[quarter - 1] + " trimestre " + year : "Q" + quarter + " " + year;
        }
        Month month = Month.of(Integer.parseInt(id.substring(5)));
        return month.getDisplayName(TextStyle.FULL_STANDALONE, italian ? Locale.ITALIAN : Locale.ENGLISH) + " " + year;
    }

    private static String fiscalQuarter(String id, Locale locale, int fiscalYearStartMonth) {
        boolean italian = "it".equals(locale.getLanguage());
        Locale language = italian ? Locale.ITALIAN : Locale.ENGLISH;
        com.salesdiag.engine.derived.Period period = PeriodCalendar.parse(id, false, fiscalYearStartMonth);
        String months = monthName(period.start(), language) + "\u2013" + monthName(period.end(), language) + " "
                + period.end().getYear();
        if (period.start().getYear() != period.end().getYear()) {
            months = monthName(period.start(), language) + " " + period.start().getYear() + "\u2013" + months;
        }
        int quarter = id.charAt(6) - '0';
        String year = id.substring(0, 4);
        return italian ? ITALIAN_QUARTERS[quarter - 1] + " trimestre dell'esercizio " + year + " (" + months + ")"
                : "fiscal Q" + quarter + " " + year + " (" + months + ")";
    }

    private static String monthName(LocalDate date, Locale language) {
        return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language);
    }

    /** A day in words: "7 August 2026", "7 agosto 2026". */
    public static String date(LocalDate date, Locale locale) {
        Locale language = "it".equals(locale.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", language));
    }
}
