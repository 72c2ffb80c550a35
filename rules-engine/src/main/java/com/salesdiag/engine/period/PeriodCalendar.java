package com.salesdiag.engine.period;

import com.salesdiag.engine.derived.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads period ids: months ({@code 2026-09}) and quarters ({@code 2026-Q3}). The index orders periods of one
 * kind; months and quarters are not mixed within one company (see {@link #sameKind}).
 */
public final class PeriodCalendar {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private PeriodCalendar() {
    }

    public static boolean isValid(String id) {
        return id != null && (MONTH.matcher(id).matches() || QUARTER.matcher(id).matches());
    }

    public static boolean sameKind(String a, String b) {
        return isQuarter(a) == isQuarter(b);
    }

    public static Period parse(String id, boolean underDiagnosis) {
        if (id == null) {
            throw new IllegalArgumentException("period is missing; expected YYYY-MM or YYYY-Qn");
        }
        Matcher month = MONTH.matcher(id);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new Period(id, ym.getYear() * 12 + ym.getMonthValue() - 1, ym.atDay(1), ym.atEndOfMonth(),
                    underDiagnosis);
        }
        Matcher quarter = QUARTER.matcher(id);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int q = Integer.parseInt(quarter.group(2));
            LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new Period(id, year * 4 + q - 1, start, start.plusMonths(3).minusDays(1), underDiagnosis);
        }
        throw new IllegalArgumentException("period '" + id + "' is not YYYY-MM or YYYY-Qn");
    }

    private static boolean isQuarter(String id) {
        return id != null && QUARTER.matcher(id).matches();
    }
}
