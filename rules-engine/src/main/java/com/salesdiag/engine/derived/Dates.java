package com.salesdiag.engine.derived;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for rule constraints, where a threshold is a double read from the decision table. */
public final class Dates {

    private Dates() {
    }

    /** Whole months from {@code from} to {@code to}; negative when {@code from} is later. */
    public static long monthsBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from, to);
    }

    public static LocalDate plusDays(LocalDate date, double days) {
        return date.plusDays((long) days);
    }

    /** True when {@code date} lies in the {@code months} months up to and including {@code end}. */
    public static boolean within(LocalDate date, double months, LocalDate end) {
        return date != null && !date.isAfter(end) && !date.isBefore(end.minusMonths((long) months));
    }
}
