package com.salesdiag.service.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

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

    @Test
    void italianElidesTheArticleBeforeAPercentageReadWithAVowel() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        assertThat(figures(0.81)).endsWith("(obiettivo raggiunto all'81%).");
        assertThat(figures(0.89)).endsWith("(obiettivo raggiunto all'89%).");
        assertThat(figures(0.79)).endsWith("(obiettivo raggiunto al 79%).");
        assertThat(figures(1.0)).endsWith("(obiettivo raggiunto al 100%).");
        assertThat(figures(0.08)).endsWith("(obiettivo raggiunto all'8%).");
        assertThat(java.util.stream.LongStream.of(1, 8, 11, 80, 85, 89, 800, 899, 8000, 11_000, 1_000_000))
                .allMatch(ShownFigures::startsWithVowel);
        assertThat(java.util.stream.LongStream.of(0, 2, 10, 12, 18, 79, 90, 100, 101, 111, 180, 1000, 1800, 2_000_000))
                .noneMatch(ShownFigures::startsWithVowel);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures(0.81)).endsWith("(81% of the goal reached).");
    }

    private String figures(double attainment) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages-console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("console.answer.figures", new Object[]{"100", "81", "19",
                shown.percent(attainment), shown.readWithVowel(attainment)}, locale);
    }
}
