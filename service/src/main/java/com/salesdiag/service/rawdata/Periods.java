package com.salesdiag.service.rawdata;

import java.time.LocalDate;

/**
 * The company's period a date falls in: a calendar month, or a quarter of its fiscal year (named by the calendar
 * year it ends in, as everywhere in the product: with a year starting in July, 2012-Q1 is July to September 2011).
 */
record Periods(boolean quarters, int fiscalYearStart, java.util.Map<Integer, String> names) {

    Periods(boolean quarters, int fiscalYearStart) {
        this(quarters, fiscalYearStart, new java.util.HashMap<>());
    }

    /** The period's name, computed once per month met (a million lines fall in a few dozen months). */
    String of(LocalDate date) {
        return names.computeIfAbsent(date.getYear() * 12 + date.getMonthValue() - 1, k -> name(date));
    }

    private String name(LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        if (!quarters) {
            return String.format("%04d-%02d", year, month);
        }
        int quarter = Math.floorMod(month - fiscalYearStart, 12) / 3 + 1;
        int fiscalYear = fiscalYearStart == 1 || month < fiscalYearStart ? year : year + 1;
        return String.format("%04d-Q%d", fiscalYear, quarter);
    }

    /** Periods of one kind compare as their names do: 2025-Q4 before 2026-Q1, 2026-09 before 2026-10. */
    static boolean after(String period, String other) {
        return period.compareTo(other) > 0;
    }
}
