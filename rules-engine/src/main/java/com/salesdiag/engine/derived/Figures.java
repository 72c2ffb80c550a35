package com.salesdiag.engine.derived;

/**
 * Rounding for figures the rules aggregate. Adding doubles in a different order changes the last bits of the
 * sum, and a sum that lands on a threshold (an average discount of exactly 0.15) would then fall on either side
 * depending on the order the facts arrived in. Rounding aggregates to nine decimals first makes the answer
 * depend on the facts only (docs/domain.md, invariant 3).
 */
public final class Figures {

    private static final double SCALE = 1e9;

    /** From 2^52 on, every double is a whole number: there is nothing left to round. */
    private static final double EXACT_FROM = 0x1p52;

    private Figures() {
    }

    public static double stable(double value) {
        return rounded(value, SCALE);
    }

    /**
     * {@code value} rounded to {@code 1 / scale} (half up, as {@link Math#round}). A value too large for that
     * precision in a double is already a whole multiple of it and is returned as it is: {@code Math.round} alone
     * would clamp it to {@code Long.MAX_VALUE / scale} (9.2 billion at nine decimals), turning large money totals
     * into a wrong, smaller figure.
     */
    public static double rounded(double value, double scale) {
        double scaled = value * scale;
        return Math.abs(scaled) < EXACT_FROM ? Math.round(scaled) / scale : value;
    }

    public static double stable(Number value) {
        return stable(value.doubleValue());
    }
}
