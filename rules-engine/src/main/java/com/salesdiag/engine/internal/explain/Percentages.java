package com.salesdiag.engine.internal.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A ratio as a sentence shows it in whole percent, truncated as {@link SentenceTemplate} truncates. */
public final class Percentages {

    private Percentages() {
    }

    /**
     * {@code ratio} cut to whole percent (0.9496 is 0.94), exactly, for a {@code {n,number,percent}} placeholder:
     * a goal missed at 94.96 % must not read "95 %" when 95 % is where it counts as met.
     */
    public static BigDecimal shown(double ratio) {
        return Double.isFinite(ratio) ? BigDecimal.valueOf(ratio).setScale(2, RoundingMode.DOWN) : BigDecimal.ZERO;
    }
}
