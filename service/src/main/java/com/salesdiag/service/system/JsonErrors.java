package com.salesdiag.service.system;

import tools.jackson.core.JacksonException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Jackson failure as one input error: the field it is in, and a message code with its arguments. */
final class JsonErrors {

    record Failure(boolean syntax, String field, String code, Object[] args) {
    }

    /** Jackson's advice to its own users ({@code enable `JsonReadFeature.X` to allow}), not to ours. */
    private static final Pattern LIBRARY_ADVICE = Pattern.compile(
            ":? ?(enable|disable) `[^`]*`( to allow)?|,? ?from `[^`]*`|`[A-Za-z]+(\\.[A-Za-z_]+)+(\\(\\))?`");

    /** Most characters of Jackson's own message passed on: it may quote the input. */
    private static final int MESSAGE = 300;

    /** Jackson's words for a key given twice in one object. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"(.*)\"");

    private JsonErrors() {
    }

    static Failure of(JacksonException e) {
        String field = path(e.getPath());
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.lookingAt()) {
            // Valid syntax, but which of the two values was meant? Refused, naming the key (STRICT_DUPLICATE_DETECTION).
            String key = duplicate.group(1);
            return new Failure(false, field.isEmpty() ? key : field + "." + key, "salesdiag.json.duplicateKey",
                    new Object[]{Excerpt.of(key)});
        }
        if (e instanceof InputCoercionException outOfRange) {
            // Valid JSON: a number too large for its field (3000000000 deals won).
            return new Failure(false, field, "salesdiag.json.outOfRange",
                    new Object[]{typeName(outOfRange.getTargetType())});
        }
        if (e instanceof StreamReadException) {
            TokenStreamLocation at = e.getLocation();
            return new Failure(true, field.isEmpty() ? null : field, "salesdiag.json.malformed",
                    new Object[]{at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                            Excerpt.of(withoutLibraryAdvice(e.getOriginalMessage()), MESSAGE)});
        }
        if (e instanceof PropertyBindingException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new Failure(false, field, "salesdiag.json.unknownField",
                    new Object[]{Excerpt.of(unknown.getPropertyName()), String.join(", ", known)});
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new Failure(false, field, "salesdiag.unknownCode",
                    new Object[]{Excerpt.of(invalid.getValue()), allowed(invalid.getTargetType())});
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            return new Failure(false, field, value == null ? "salesdiag.json.wrongType" : "salesdiag.json.wrongValue",
                    new Object[]{typeName(mismatch.getTargetType()), Excerpt.of(value)});
        }
        return new Failure(false, field, "salesdiag.json.unreadable",
                new Object[]{Excerpt.of(withoutLibraryAdvice(e.getOriginalMessage()), MESSAGE)});
    }

    static String withoutLibraryAdvice(String message) {
        return message == null ? "" : LIBRARY_ADVICE.matcher(message).replaceAll("").strip();
    }

    /** {@code salespeople[3].hireDate} from Jackson's reference chain. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String allowed(Class<?> enumType) {
        return String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    /** What a reader of the API calls the type (a number, a date, a list), in the reader's language. */
    private static DefaultMessageSourceResolvable typeName(Class<?> type) {
        return new DefaultMessageSourceResolvable("salesdiag.type." + typeKey(type));
    }

    private static String typeKey(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return type == Integer.class || type == int.class ? "integer" : "number";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }
}
