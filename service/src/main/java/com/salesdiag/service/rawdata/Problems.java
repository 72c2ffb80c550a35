package com.salesdiag.service.rawdata;

import com.salesdiag.service.system.InputError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in the raw files, each with its file, row and column, in the reader's language. A date
 * format or a discount written another way is wrong on every line: the first {@link #SHOWN_ALIKE} of one kind (file,
 * column, problem) are listed, then one line says how many more rows have it and the last of them, instead of a
 * thousand copies. Past {@link #LIMIT} different problems the reading stops, and says so, so that a bad file costs
 * no more memory than a good one.
 */
final class Problems {

    static final int LIMIT = 1000;
    static final int SHOWN_ALIKE = 3;

    private final MessageSource messages;
    private final List<InputError> errors = new ArrayList<>();
    private Map<List<Object>, Alike> alike = new LinkedHashMap<>();
    private Map<List<Object>, Alike> marked = Map.of();

    /** How often one kind of problem was met, and the last row it was met at. */
    private record Alike(String file, String column, int count, Integer lastRow) {
    }

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    void add(String file, Integer row, String column, String code, Object... args) {
        Alike seen = alike.merge(Arrays.asList(file, column, code), new Alike(file, column, 1, row),
                (before, now) -> new Alike(file, column, before.count() + 1, row));
        if (seen.count() <= SHOWN_ALIKE && errors.size() < LIMIT) {
            errors.add(InputError.inFile(file, row, column, message(code, args)));
        }
    }

    /** A problem about one subject (a salesperson not listed...): each is listed, however many there are. */
    void addEach(String file, Integer row, String column, String code, Object... args) {
        if (errors.size() < LIMIT) {
            errors.add(InputError.inFile(file, row, column, message(code, args)));
        }
    }

    /** How many problems there are now, to forget those found after it ({@link #forgetAfter}). */
    int mark() {
        marked = new LinkedHashMap<>(alike);
        return errors.size();
    }

    /** A file read again from its start (in another encoding) reports its problems once, not twice. */
    void forgetAfter(int mark) {
        errors.subList(mark, errors.size()).clear();
        alike = new LinkedHashMap<>(marked);
    }

    boolean full() {
        return errors.size() >= LIMIT;
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** The problems listed, then for each kind met more often than listed, how many more rows have it. */
    List<InputError> list() {
        List<InputError> all = new ArrayList<>(errors);
        alike.values().stream().filter(a -> a.count() > SHOWN_ALIKE).forEach(a -> all.add(InputError.inFile(a.file(),
                a.lastRow(), a.column(), message("salesdiag.raw.moreAlike", a.count() - SHOWN_ALIKE, a.column()))));
        return all;
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
