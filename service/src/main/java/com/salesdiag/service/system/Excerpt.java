package com.salesdiag.service.system;

/**
 * What a problem detail may quote of a bad value: its start, with control characters written out
 * ({@code U+0000}), and how long it was when cut. A 10 MB cell quoted whole made a 20 MB problem detail.
 */
public final class Excerpt {

    /** Characters quoted of a value in a message. */
    public static final int VALUE = 40;

    private Excerpt() {
    }

    /** A text value cut to {@link #VALUE} characters; anything else as it is. */
    public static Object of(Object value) {
        return value instanceof String text ? of(text, VALUE) : value;
    }

    public static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        boolean cut = text.length() > max && text.codePointCount(0, text.length()) > max;
        String kept = cut ? text.substring(0, text.offsetByCodePoints(0, max)) : text;
        StringBuilder out = new StringBuilder(kept.length() + 16);
        kept.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (cut) {
            out.append("… (").append(text.codePointCount(0, text.length())).append(')');
        }
        return out.toString();
    }
}
