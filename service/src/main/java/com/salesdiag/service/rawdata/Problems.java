package com.salesdiag.service.rawdata;

import com.salesdiag.service.system.InputError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in the raw files, each with its file, row and column, in the reader's language. A file
 * wrong on every line would give a million of them: past {@link #LIMIT} the reading stops, and says so, so that
 * a bad file costs no more memory than a good one.
 */
final class Problems {

    static final int LIMIT = 1000;

    private final MessageSource messages;
    private final List<InputError> errors = new ArrayList<>();

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    void add(String file, Integer row, String column, String code, Object... args) {
        if (errors.size() < LIMIT) {
            errors.add(InputError.inFile(file, row, column, message(code, args)));
        }
    }

    /** How many problems there are now, to forget those found after it ({@link #forgetAfter}). */
    int mark() {
        return errors.size();
    }

    /** A file read again from its start (in another encoding) reports its problems once, not twice. */
    void forgetAfter(int mark) {
        errors.subList(mark, errors.size()).clear();
    }

    boolean full() {
        return errors.size() >= LIMIT;
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<InputError> list() {
        return errors;
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
