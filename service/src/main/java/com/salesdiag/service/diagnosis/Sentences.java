package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.Wording;
import org.springframework.context.MessageSource;

import java.util.Locale;

/** The service's own sentences in one language, from the message bundles ({@code messages_*.properties}). */
final class Sentences {

    private final MessageSource messages;
    private final Locale locale;
    private final int fiscalYearStartMonth;

    Sentences(MessageSource messages, Locale locale) {
        this(messages, locale, 1);
    }

    /** Sentences for a company whose fiscal year starts in {@code fiscalYearStartMonth}: its quarters read as fiscal. */
    Sentences(MessageSource messages, Locale locale, int fiscalYearStartMonth) {
        this.messages = messages;
        this.locale = locale;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A code's name for people ("delivery delays"); the code itself when the bundle has none. */
    String label(String code) {
        return messages.getMessage("salesdiag.code." + code, null, code, locale);
    }

    /** A period id in words: "Q3 2026", "terzo trimestre 2026". */
    String period(String id) {
        return Wording.period(id, locale, fiscalYearStartMonth);
    }

    String date(java.time.LocalDate date) {
        return Wording.date(date, locale);
    }

    String owner(String owner) {
        return messages.getMessage("salesdiag.owner." + owner, null, owner, locale);
    }
}
