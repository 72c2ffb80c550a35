package com.salesdiag.engine.facts;

/**
 * The company under diagnosis.
 *
 * @param fiscalYearStartMonth the month (1-12) its fiscal year starts in, for quarters that are fiscal quarters:
 *                             with 7, {@code 2012-Q1} is July to September 2011 (a fiscal year is named by the
 *                             calendar year it ends in). Null or 1: calendar quarters. Months are always calendar months.
 */
public record Company(String id, String name, Integer fiscalYearStartMonth) {

    public Company(String id, String name) {
        this(id, name, null);
    }

    /** The month the fiscal year starts in; January when not said. */
    public int fiscalYearStart() {
        return fiscalYearStartMonth == null ? 1 : fiscalYearStartMonth;
    }
}
