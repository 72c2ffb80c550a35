package com.salesdiag.engine.internal.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AllowedRangeTests {

    @Test
    void aRateRangeIncludesBothEnds() {
        AllowedRange rate = AllowedRange.parse("0 to 1");

        assertThat(rate.contains(0)).isTrue();
        assertThat(rate.contains(1)).isTrue();
        assertThat(rate.contains(0.95)).isTrue();
        assertThat(rate.contains(95)).isFalse();
        assertThat(rate.whyNot(95)).isEqualTo("is above 1");
        assertThat(rate.contains(-0.01)).isFalse();
    }

    @Test
    void moreThanExcludesItsBound() {
        AllowedRange positive = AllowedRange.parse("more than 0");

        assertThat(positive.contains(0)).isFalse();
        assertThat(positive.whyNot(0)).isEqualTo("is not above 0");
        assertThat(positive.contains(1.1)).isTrue();
    }

    @Test
    void aWholeNumberRangeRejectsFractions() {
        AllowedRange count = AllowedRange.parse("whole number, at least 1");

        assertThat(count.contains(3)).isTrue();
        assertThat(count.contains(2.5)).isFalse();
        assertThat(count.whyNot(2.5)).isEqualTo("is not a whole number");
        assertThat(count.contains(0)).isFalse();
        assertThat(count.whyNot(0)).isEqualTo("is below 1");
    }

    @Test
    void clausesJoinedWithAndAllHold() {
        AllowedRange range = AllowedRange.parse("more than 0 and at most 1");

        assertThat(range.contains(0)).isFalse();
        assertThat(range.contains(1)).isTrue();
        assertThat(range.contains(1.01)).isFalse();
    }

    @Test
    void negativeRangesAndAnyAreUnderstood() {
        assertThat(AllowedRange.parse("-1 to 0").contains(-0.05)).isTrue();
        assertThat(AllowedRange.parse("-1 to 0").contains(0.05)).isFalse();
        assertThat(AllowedRange.parse("Any").contains(-1e9)).isTrue();
    }

    @Test
    void notANumberIsNeverAllowed() {
        assertThat(AllowedRange.parse("any").contains(Double.NaN)).isFalse();
    }

    @Test
    void unreadableOrEmptyRangesAreRefusedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> AllowedRange.parse("between 0 and 1"))
                .withMessageContaining("\"between 0\" is not understood");
        assertThatIllegalArgumentException().isThrownBy(() -> AllowedRange.parse("1 to 0"))
                .withMessage("no value can satisfy it");
        assertThatIllegalArgumentException().isThrownBy(() -> AllowedRange.parse(" "));
    }

    @Test
    void boundsPrintAsAnAnalystWritesThem() {
        assertThat(AllowedRange.format(0.95)).isEqualTo("0.95");
        assertThat(AllowedRange.format(3.0)).isEqualTo("3");
        assertThat(AllowedRange.format(Double.POSITIVE_INFINITY)).isEqualTo("+infinity");
    }
}
