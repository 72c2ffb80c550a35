package com.salesdiag.engine.derived;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

/** Rounding of aggregated figures: noise goes, large money totals stay what they are. */
class FiguresTests {

    @Test
    void aSumLandingOnAThresholdLandsOnIt() {
        assertThat(Figures.stable(0.1 + 0.05)).isEqualTo(0.15);
        assertThat(Figures.stable(0.7400000001)).isEqualTo(0.74);
    }

    @Test
    void largeMoneyTotalsAreNotClampedToWhatALongHolds() {
        assertThat(Figures.stable(9_696_000_000.0)).isEqualTo(9_696_000_000.0);
        assertThat(Figures.stable(-9_696_000_000.0)).isEqualTo(-9_696_000_000.0);
        assertThat(Figures.rounded(1e300, 1_000_000d)).isEqualTo(1e300);
        assertThat(Figures.rounded(12_345_678_901_234.5, 1)).isEqualTo(12_345_678_901_235.0);
    }

    @Test
    void roundsAsMathRoundWhereALongHoldsTheScaledValueAndNeverMovesFurtherThanOneStep() {
        qt().withExamples(20_000).forAll(doubles().any()).assuming(Double::isFinite).check(value -> {
            double rounded = Figures.stable(value);
            double step = 1e-9;
            boolean inLongRange = Math.abs(value * 1e9) < 0x1p52;
            boolean sameAsBefore = !inLongRange || rounded == Math.round(value * 1e9) / 1e9;
            // Half a step, plus the error of scaling by 1e9 in a double: within one step, or one ulp of the value.
            double allowed = Math.max(step, Math.ulp(value));
            return sameAsBefore && Math.abs(rounded - value) <= allowed && Math.signum(rounded) * Math.signum(value) >= 0;
        });
    }
}
