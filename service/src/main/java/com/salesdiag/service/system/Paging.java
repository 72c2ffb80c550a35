package com.salesdiag.service.system;

import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The paging parameters every list takes (history, review cases): {@code limit} 1 to 500, {@code offset} 0 up. */
public final class Paging {

    public static final int MAX_LIMIT = 500;

    private Paging() {
    }

    /** What is wrong with {@code limit} and {@code offset}, each naming its parameter, in the reader's language. */
    public static List<InputError> errors(int limit, int offset, MessageSource messages, Locale locale) {
        List<InputError> errors = new ArrayList<>();
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(InputError.atParameter("limit", text(messages, locale, "salesdiag.query.limit", limit, MAX_LIMIT)));
        }
        if (offset < 0) {
            errors.add(InputError.atParameter("offset", text(messages, locale, "salesdiag.query.offset", offset)));
        }
        return errors;
    }

    private static String text(MessageSource messages, Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
