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
}
