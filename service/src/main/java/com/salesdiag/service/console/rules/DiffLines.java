package com.salesdiag.service.console.rules;

import java.util.List;

/**
 * A unified diff ({@code diff -u}) split into its lines for the page, each with its kind, so that the stylesheet can
 * tint them; the meaning is in the text itself (the {@code +}, {@code -} and {@code @@} every line keeps), never in
 * the colour alone.
 */
final class DiffLines {

    private DiffLines() {
    }

    /** One line: {@code kind} is added, removed, hunk (where in each file) or same (context). */
    record Line(String kind, String text) {
    }

    static List<Line> of(String unified) {
        if (unified == null || unified.isEmpty()) {
            return List.of();
        }
        return unified.lines().map(line -> new Line(kind(line), line)).toList();
    }

    private static String kind(String line) {
        if (line.startsWith("@@")) {
            return "hunk";
        }
        if (line.startsWith("+")) {
            return "added";
        }
        return line.startsWith("-") ? "removed" : "same";
    }
}
