package com.salesdiag.service.diagnosis;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The service's own sentences in one language, from the message bundles ({@code messages_*.properties}). */
final class Sentences {

    private final MessageSource messages;
    private final Locale locale;

    Sentences(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
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

    String owner(String owner) {
        return messages.getMessage("salesdiag.owner." + owner, null, owner, locale);
    }
}
