package com.salesdiag.service.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference of two texts line by line, in the unified format of {@code diff -u} and {@code git diff} (three
 * lines of context), from a longest common subsequence of the lines. Rule files are a few hundred lines: the
 * quadratic table is small once the common start and end are set aside; beyond a bound the text counts as replaced
 * whole rather than cost seconds.
 */
final class LineDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** How many lines were added and removed, and the hunks ({@code @@ -a,b +c,d @@} ...); empty when equal. */
    record Result(int added, int removed, String unified) {
    }

    private enum Op { SAME, REMOVED, ADDED }

    private record Edit(Op op, String line) {
    }

    static Result of(List<String> before, List<String> after) {
        List<Edit> edits = edits(before, after);
        int added = (int) edits.stream().filter(e -> e.op() == Op.ADDED).count();
        int removed = (int) edits.stream().filter(e -> e.op() == Op.REMOVED).count();
        return new Result(added, removed, unified(edits));
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            edits.add(new Edit(Op.SAME, a.get(i)));
        }
        edits.addAll(middle(a.subList(start, endA), b.subList(start, endB)));
        for (int i = endA; i < a.size(); i++) {
            edits.add(new Edit(Op.SAME, a.get(i)));
        }
        return edits;
    }

    private static List<Edit> middle(List<String> a, List<String> b) {
        List<Edit> edits = new ArrayList<>();
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_CELLS) {
            a.forEach(line -> edits.add(new Edit(Op.REMOVED, line)));
            b.forEach(line -> edits.add(new Edit(Op.ADDED, line)));
            return edits;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Op.SAME, a.get(i++)));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                edits.add(new Edit(Op.ADDED, b.get(j++)));
            } else {
                edits.add(new Edit(Op.REMOVED, a.get(i++)));
            }
        }
        // Removals before additions within a run of changes, as diff -u shows them.
        return ordered(edits);
    }

    private static List<Edit> ordered(List<Edit> edits) {
        List<Edit> out = new ArrayList<>();
        List<Edit> added = new ArrayList<>();
        for (Edit edit : edits) {
            switch (edit.op()) {
                case REMOVED -> out.add(edit);
                case ADDED -> added.add(edit);
                case SAME -> {
                    out.addAll(added);
                    added.clear();
                    out.add(edit);
                }
            }
        }
        out.addAll(added);
        return out;
    }

    private static String unified(List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k).op() == Op.SAME) {
                k++;
                continue;
            }
            // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that is at most
            // 2 * CONTEXT unchanged lines from the next.
            int first = Math.max(0, k - CONTEXT);
            int last = k;
            int scan = k;
            while (scan < edits.size()) {
                if (edits.get(scan).op() != Op.SAME) {
                    last = scan;
                    scan++;
                } else if (scan - last <= 2 * CONTEXT) {
                    scan++;
                } else {
                    break;
                }
            }
            int end = Math.min(edits.size(), last + CONTEXT + 1);
            hunk(edits, first, end, out);
            k = end;
        }
        return out.toString();
    }

    private static void hunk(List<Edit> edits, int first, int end, StringBuilder out) {
        int lineA = 1;
        int lineB = 1;
        for (int i = 0; i < first; i++) {
            lineA += edits.get(i).op() != Op.ADDED ? 1 : 0;
            lineB += edits.get(i).op() != Op.REMOVED ? 1 : 0;
        }
        int countA = 0;
        int countB = 0;
        StringBuilder lines = new StringBuilder();
        for (int i = first; i < end; i++) {
            Edit edit = edits.get(i);
            countA += edit.op() != Op.ADDED ? 1 : 0;
            countB += edit.op() != Op.REMOVED ? 1 : 0;
            lines.append(switch (edit.op()) {
                case SAME -> ' ';
                case REMOVED -> '-';
                case ADDED -> '+';
            }).append(edit.line()).append('\n');
        }
        out.append("@@ -").append(range(lineA, countA)).append(" +").append(range(lineB, countB)).append(" @@\n")
                .append(lines);
    }

    /** {@code start,count}; an empty side names the line before it, as diff -u does. */
    private static String range(int start, int count) {
        return (count == 0 ? start - 1 : start) + "," + count;
    }
}
