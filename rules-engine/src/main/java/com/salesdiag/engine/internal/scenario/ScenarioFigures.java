package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.Threshold;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Figures of a scenario written against the decision table, so that a scenario states its intent ("just below the
 * on-time tolerance") rather than today's number: a text starting with {@code =} where a figure goes is a formula
 * of numbers, threshold keys ({@code delivery.onTimeTolerance}) and band edges ({@code goal.GOAL_MET.from},
 * {@code goal.GOAL_MET.to}), with {@code + - * /}, parentheses and {@code round}, {@code floor}, {@code ceil} (to whole
 * numbers, for counts):
 * <pre>"onTimeRate": "=delivery.onTimeTolerance - 0.01"     "revenue": "=100000 * goal.GOAL_MET.from"</pre>
 * Each ruleset reads the scenario with its own values, so moving a threshold moves the figures that were stated
 * relative to it. Arithmetic is decimal: {@code 0.95 - 0.01} is exactly 0.94, as an analyst would write it.
 */
public final class ScenarioFigures {

    /** For readers with no ruleset at hand: any formula is an error that says so. */
    public static final ScenarioFigures NONE = new ScenarioFigures(Map.of(), "no rules were given to read it against");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Counts must stay whole: {@code round(120 * marketing.minLeadRatio) - 26}. */
    private static final Map<String, RoundingMode> FUNCTIONS = Map.of("round", RoundingMode.HALF_UP,
            "floor", RoundingMode.FLOOR, "ceil", RoundingMode.CEILING);

    private final Map<String, BigDecimal> names;
    private final String missing;

    private ScenarioFigures(Map<String, BigDecimal> names, String missing) {
        this.names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names)); // an open edge is null
        this.missing = missing;
    }

    /** The thresholds and band edges of {@code ruleset}. */
    public static ScenarioFigures of(Ruleset ruleset) {
        return of(ruleset.thresholds(), ruleset.bands());
    }

    public static ScenarioFigures of(List<Threshold> thresholds, List<Band> bands) {
        Map<String, BigDecimal> names = new LinkedHashMap<>();
        for (Threshold t : thresholds) {
            names.put(t.key(), BigDecimal.valueOf(t.value()));
        }
        for (Band b : bands) {
            names.put(b.scale() + "." + b.code() + ".from", decimal(b.lower()));
            names.put(b.scale() + "." + b.code() + ".to", decimal(b.upper()));
        }
        return new ScenarioFigures(names, "the decision table has no such threshold or band edge");
    }

    private static BigDecimal decimal(double value) {
        return Double.isInfinite(value) ? null : BigDecimal.valueOf(value);
    }

    /** Whether a JSON value is a formula. */
    public static boolean isFormula(JsonNode node) {
        return node != null && node.isString() && node.asString().startsWith("=");
    }

    /** Whether any value under {@code node} is a formula: the scenario states some figure relative to the table. */
    public static boolean hasFormula(JsonNode node) {
        if (isFormula(node)) {
            return true;
        }
        if (node != null && node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (hasFormula(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A copy of {@code node} with every formula replaced by its figure. Throws {@link IllegalArgumentException}
     * naming where ({@code facts.delivery[0].onTimeRate}) and why, for a formula that cannot be read.
     */
    public JsonNode resolve(JsonNode node, String at) {
        if (isFormula(node)) {
            try {
                return number(evaluate(node.asString().substring(1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + " = \"" + node.asString() + "\": " + e.getMessage(), e);
            }
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue(), at + "." + e.getKey())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                copy.add(resolve(array.get(i), at + "[" + i + "]"));
            }
            return copy;
        }
        return node;
    }

    /** The value of a formula (without its leading {@code =}). */
    public BigDecimal evaluate(String formula) {
        Parser parser = new Parser(formula);
        BigDecimal value = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("unexpected \"" + formula.substring(parser.at) + "\"");
        }
        return value;
    }

    /** The threshold keys and band edges a formula may name. */
    public Set<String> names() {
        return new TreeSet<>(names.keySet());
    }

    private BigDecimal value(String name) {
        if (!names.containsKey(name)) {
            throw new IllegalArgumentException("unknown name " + name + ": " + missing);
        }
        BigDecimal value = names.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is unbounded");
        }
        return value;
    }

    /** Whole figures as whole numbers (counts must stay counts), others as the nearest double. */
    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return NODES.numberNode(plain.longValueExact());
        }
        return NODES.numberNode(value.doubleValue());
    }

    /** Recursive descent: sum of products of factors; a factor is a number, a name, a signed factor or (sum). */
    private final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        BigDecimal sum() {
            BigDecimal value = product();
            while (true) {
                skipSpaces();
                if (take('+')) {
                    value = value.add(product());
                } else if (take('-')) {
                    value = value.subtract(product());
                } else {
                    return value;
                }
            }
        }

        BigDecimal product() {
            BigDecimal value = factor();
            while (true) {
                skipSpaces();
                if (take('*')) {
                    value = value.multiply(factor());
                } else if (take('/')) {
                    BigDecimal divisor = factor();
                    if (divisor.signum() == 0) {
                        throw new IllegalArgumentException("division by zero");
                    }
                    value = value.divide(divisor, MathContext.DECIMAL64);
                } else {
                    return value;
                }
            }
        }

        BigDecimal factor() {
            skipSpaces();
            if (take('-')) {
                return factor().negate();
            }
            if (take('(')) {
                BigDecimal value = sum();
                skipSpaces();
                if (!take(')')) {
                    throw new IllegalArgumentException("a \"(\" is never closed");
                }
                return value;
            }
            int start = at;
            if (!atEnd() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                while (!atEnd() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                try {
                    return new BigDecimal(text.substring(start, at));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + text.substring(start, at) + "\" is not a number");
                }
            }
            if (!atEnd() && Character.isLetter(text.charAt(at))) {
                while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                        || text.charAt(at) == '.')) {
                    at++;
                }
                String name = text.substring(start, at);
                skipSpaces();
                if (FUNCTIONS.containsKey(name) && take('(')) {
                    BigDecimal argument = sum();
                    skipSpaces();
                    if (!take(')')) {
                        throw new IllegalArgumentException("a \"(\" is never closed");
                    }
                    return argument.setScale(0, FUNCTIONS.get(name));
                }
                return value(name);
            }
            throw new IllegalArgumentException(atEnd() ? "a figure is missing at the end"
                    : "unexpected \"" + text.substring(at) + "\"");
        }

        boolean take(char c) {
            if (!atEnd() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }
    }
}
