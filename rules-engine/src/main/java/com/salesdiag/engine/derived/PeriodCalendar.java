package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.PeriodCoverage;

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

    /** The period under diagnosis of a company, in its calendar, covered as far as its facts say. */
    public static Period underDiagnosis(CompanyFacts facts) {
        return of(facts, facts.period());
    }

    /** The period {@code id} in the company's calendar; the one under diagnosis covered as far as the facts say. */
    public static Period of(CompanyFacts facts, String id) {
        boolean underDiagnosis = id.equals(facts.period());
        Period period = parse(id, underDiagnosis, facts.fiscalYearStart());
        PeriodCoverage coverage = facts.coverage();
        return underDiagnosis && coverage != null
                ? period.coveredThrough(coverage.dataThrough(), coverage.prorateGoals()) : period;
    }

    public static boolean isValid(String id) {
        return id != null && (MONTH.matcher(id).matches() || QUARTER.matcher(id).matches());
    }

    public static boolean sameKind(String a, String b) {
        return isQuarter(a) == isQuarter(b);
    }

    public static Period parse(String id, boolean underDiagnosis) {
        return parse(id, underDiagnosis, 1);
    }

    /**
     * The period {@code id} of a company whose fiscal year starts in {@code fiscalYearStartMonth} (1-12): its quarters
     * are fiscal quarters, the fiscal year named by the calendar year it ends in ({@code 2012-Q1} with July is July to
     * September 2011). Months are calendar months whatever the fiscal year.
     */
    public static Period parse(String id, boolean underDiagnosis, int fiscalYearStartMonth) {
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
            int startMonth = fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 ? 1 : fiscalYearStartMonth;
            LocalDate yearStart = startMonth == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year - 1, startMonth, 1);
            LocalDate start = yearStart.plusMonths((q - 1) * 3L);
            return new Period(id, year * 4 + q - 1, start, start.plusMonths(3).minusDays(1), underDiagnosis);
        }
        throw new IllegalArgumentException("period '" + id + "' is not YYYY-MM or YYYY-Qn");
    }

    private static boolean isQuarter(String id) {
        return id != null && QUARTER.matcher(id).matches();
    }
}
