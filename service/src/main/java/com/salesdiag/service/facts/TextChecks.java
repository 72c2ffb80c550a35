package com.salesdiag.service.facts;

import com.salesdiag.service.system.SalesDiagProperties;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text and every list of the facts against the limits of {@link SalesDiagProperties}: a 10 MB name came
 * back in a 157 MB answer and went into the decision log. And no control characters in ids and names (a NUL
 * cannot be stored in PostgreSQL, and none belongs in a name shown to people); free text may hold tabs and line
 * breaks. Unpaired surrogates (half a character, not text) are refused everywhere.
 */
final class TextChecks {

    /** An error before its message is resolved in the reader's language. */
    record Problem(String field, String code, Object[] args) {
    }

    private enum Kind { ID, NAME, TEXT }

    /** Names and free text by component name; every other text is an id (or a period, or a peer group). */
    private static final Set<String> NAMES = Set.of("name", "technique");
    private static final Set<String> TEXTS = Set.of("documentation");
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final SalesDiagProperties limits;
    private final List<Problem> problems = new ArrayList<>();

    TextChecks(SalesDiagProperties limits) {
        this.limits = limits;
    }

    List<Problem> run(FactsInput input) {
        walk("", input, true);
        return problems;
    }

    private void walk(String at, Record record, boolean top) {
        for (RecordComponent component : components(record.getClass())) {
            String name = component.getName();
            String field = at.isEmpty() ? name : at + "." + name;
            Object value = read(component, record);
            if (value instanceof String text) {
                text(field, text, NAMES.contains(name) ? Kind.NAME : TEXTS.contains(name) ? Kind.TEXT : Kind.ID);
            } else if (value instanceof List<?> list) {
                boolean products = name.equals("productIds");
                int max = products ? limits.maxProductsPerSalesperson() : limits.maxListSize();
                if (list.size() > max) {
                    add(field, "salesdiag.facts.listTooLong", list.size(), max,
                            products ? "salesdiag.max-products-per-salesperson" : "salesdiag.max-list-size");
                    continue; // one error for the list, not one per record in it
                }
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String text) {
                        text(field + "[" + i + "]", text, Kind.ID);
                    } else if (item instanceof Record inner) {
                        walk(field + "[" + i + "]", inner, false);
                    }
                }
            } else if (value instanceof Record inner) {
                walk(field, inner, false);
            }
        }
    }

    private void text(String field, String text, Kind kind) {
        int max = switch (kind) {
            case ID -> limits.maxIdLength();
            case NAME -> limits.maxNameLength();
            case TEXT -> limits.maxTextLength();
        };
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            add(field, "salesdiag.facts.textTooLong", text.codePointCount(0, text.length()), max, switch (kind) {
                case ID -> "salesdiag.max-id-length";
                case NAME -> "salesdiag.max-name-length";
                case TEXT -> "salesdiag.max-text-length";
            });
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL
                    && !(kind == Kind.TEXT && (c == '\t' || c == '\n' || c == '\r'));
            boolean halfCharacter = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || halfCharacter) {
                add(field, kind == Kind.TEXT ? "salesdiag.facts.controlCharacterInText" : "salesdiag.facts.controlCharacter",
                        String.format("U+%04X", (int) c), text.codePointCount(0, i) + 1);
                return;
            }
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private void add(String field, String code, Object... args) {
        problems.add(new Problem(field, code, args));
    }
}
