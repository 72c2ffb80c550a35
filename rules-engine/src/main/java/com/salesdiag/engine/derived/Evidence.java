package com.salesdiag.engine.derived;

import java.util.ArrayList;
import java.util.List;

/** One figure a conclusion rests on, e.g. onTimeRate = 0.74. */
public record Evidence(String name, Object value) {

    /**
     * {@code of("onTimeRate", 0.74, "tolerance", 0.95)}: pairs of name and value, order kept. A pair whose value is
     * null is left out: a figure that was not sent is no evidence of anything.
     */
    public static List<Evidence> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Evidence needs name/value pairs, got " + namesAndValues.length + " items");
        }
        List<Evidence> items = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            items.add(new Evidence(String.valueOf(namesAndValues[i]), normalise(namesAndValues[i + 1])));
        }
        return List.copyOf(items);
    }

    /**
     * The text a record would print ({@code Evidence[name=share, value=0.4]}), written directly: JDK 17 builds a
     * record's text with {@code String.format}, and the collector orders a subject's conclusions by this text.
     */
    @Override
    public String toString() {
        return "Evidence[name=" + name + ", value=" + value + "]";
    }

    private static Object normalise(Object value) {
        if (value instanceof Float || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            if (Double.isInfinite(d)) {
                return d > 0 ? "unbounded" : "-unbounded";
            }
            // Round away floating-point noise (0.7400000001) so that equal facts print equal evidence.
            return Figures.rounded(d, 1_000_000d);
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
