package com.salesdiag.service.console.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as the reader writes dates and times ({@code ${when.of(at)}}). */
record Moments(Locale locale) {

    public String of(Instant instant) {
        return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }
}
