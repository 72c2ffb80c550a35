package com.salesdiag.service.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ShownFiguresTests {

    private final ShownFigures shown = new ShownFigures();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPercentageOnAPageIsTheOneTheSentencesWriteNotRoundedUpToTheGoalsBand() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(shown.percent(0.94626)).isEqualTo("94%");
        assertThat(shown.percent(12.5)).isEqualTo("1,250%");
        assertThat(shown.percent(null)).isNull();
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        assertThat(shown.percent(12.5)).isEqualTo("1.250%");
    }

    @Test
    void amountsKeepTheirCentsOnlyWhenTheyHaveSomeAndAChangeSaysItsSign() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(shown.amount(new java.math.BigDecimal("1025850.00"))).isEqualTo("1,025,850");
        assertThat(shown.amount(new java.math.BigDecimal("-26169.64"))).isEqualTo("-26,169.64");
        assertThat(shown.signedAmount(new java.math.BigDecimal("1150.0"))).isEqualTo("+1,150");
        assertThat(shown.signedAmount(new java.math.BigDecimal("-57400"))).isEqualTo("-57,400");
        assertThat(shown.signedAmount(java.math.BigDecimal.ZERO)).isEqualTo("0");
        assertThat(shown.signedPercent(-0.0548)).isEqualTo("-5.5%");
        assertThat(shown.share(new java.math.BigDecimal("0.3484"))).isEqualTo("34.8%");
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        assertThat(shown.signedAmount(new java.math.BigDecimal("787.44"))).isEqualTo("+787,44");
        assertThat(shown.signedPercent(0.0836)).isEqualTo("+8,4%");
        assertThat(shown.amount(null)).isNull();
    }
}
