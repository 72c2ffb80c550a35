package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeBasis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a change is measured against. Period ids name fiscal quarters as the company counts them, so the
 * previous quarter of {@code 2026-Q1} is {@code 2025-Q4} and the same quarter a year earlier {@code 2025-Q1} whatever
 * month the fiscal year starts in; months are calendar months.
 */
final class EarlierPeriods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private EarlierPeriods() {
    }

    static String of(String period, ChangeBasis basis) {
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            int index = Integer.parseInt(quarter.group(1)) * 4 + Integer.parseInt(quarter.group(2)) - 1
                    - (basis == ChangeBasis.PREVIOUS_PERIOD ? 1 : 4);
            return String.format("%04d-Q%d", index / 4, index % 4 + 1);
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            int index = Integer.parseInt(month.group(1)) * 12 + Integer.parseInt(month.group(2)) - 1
                    - (basis == ChangeBasis.PREVIOUS_PERIOD ? 1 : 12);
            return String.format("%04d-%02d", index / 12, index % 12 + 1);
        }
        throw new IllegalArgumentException("period '" + period + "' is not YYYY-MM or YYYY-Qn");
    }
}
