package com.salesdiag.engine.internal.scenario;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the {@code expect} of a scenario file as text, moving expectations between {@code mustContain} and
 * {@code mustNotContain} and leaving everything else of the file as the analyst wrote it: each expectation keeps
 * its own text, so the difference shows only the lines that moved.
 */
public final class ExpectationRewriter {

    private ExpectationRewriter() {
    }

    /**
     * @param fromMustContain    indices in {@code mustContain} of the expectations to move to {@code mustNotContain}
     * @param fromMustNotContain indices in {@code mustNotContain} of those to move to {@code mustContain}
     */
    public static String rewrite(String text, Set<Integer> fromMustContain, Set<Integer> fromMustNotContain) {
        Spans spans = spans(text);
        // Kept ones first, in their order, then the moved ones: the difference reads as lines that moved.
        List<String> must = new ArrayList<>();
        List<String> mustNot = new ArrayList<>();
        List<String> toMustNot = new ArrayList<>();
        List<String> toMust = new ArrayList<>();
        for (int i = 0; i < spans.mustContain.size(); i++) {
            (fromMustContain.contains(i) ? toMustNot : must).add(spans.mustContain.get(i));
        }
        for (int i = 0; i < spans.mustNotContain.size(); i++) {
            (fromMustNotContain.contains(i) ? toMust : mustNot).add(spans.mustNotContain.get(i));
        }
        must.addAll(toMust);
        mustNot.addAll(toMustNot);
        String indent = indentOfLine(text, spans.start);
        String block = "{\n" + list(indent + "  ", "mustContain", must) + ",\n"
                + list(indent + "  ", "mustNotContain", mustNot) + "\n" + indent + "}";
        return text.substring(0, spans.start) + block + text.substring(spans.end);
    }

    private static String list(String indent, String name, List<String> items) {
        if (items.isEmpty()) {
            return indent + "\"" + name + "\": []";
        }
        StringBuilder text = new StringBuilder(indent + "\"" + name + "\": [\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(indent).append("  ").append(items.get(i)).append(i < items.size() - 1 ? ",\n" : "\n");
        }
        return text.append(indent).append("]").toString();
    }

    private static String indentOfLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int end = lineStart;
        while (end < at && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** Where the {@code expect} object lies in the text, and the text of each expectation of its two lists. */
    private record Spans(int start, int end, List<String> mustContain, List<String> mustNotContain) {
    }

    private static Spans spans(String text) {
        try (JsonParser parser = ScenarioFiles.mapper().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if (property.equals("expect") && value == JsonToken.START_OBJECT) {
                    return expect(parser, text);
                }
                parser.skipChildren();
            }
            throw new IllegalArgumentException("no \"expect\" object");
        }
    }

    private static Spans expect(JsonParser parser, String text) {
        int start = offset(parser);
        List<String> must = new ArrayList<>();
        List<String> mustNot = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String list = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int itemStart = offset(parser);
                parser.skipChildren();
                String item = text.substring(itemStart, offset(parser) + 1);
                (list.equals("mustContain") ? must : mustNot).add(item);
            }
        }
        return new Spans(start, offset(parser) + 1, must, mustNot);
    }

    private static int offset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }
}
