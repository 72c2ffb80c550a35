package com.salesdiag.engine.derived;

/**
 * Rounding for figures the rules aggregate. Adding doubles in a different order changes the last bits of the
 * sum, and a sum that lands on a threshold (an average discount of exactly 0.15) would then fall on either side
 * depending on the order the facts arrived in. Rounding aggregates to nine decimals first makes the answer
 * depend on the facts only (DOMAIN.md, invariant 3).
 */
public final class Figures {

    private static final double SCALE = 1e9;

    private Figures() {
    }

    public static double stable(double value) {
        return Double.isFinite(value) ? Math.round(value * SCALE) / SCALE : value;
    }

    public static double stable(Number value) {
        return stable(value.doubleValue());
    }
}
