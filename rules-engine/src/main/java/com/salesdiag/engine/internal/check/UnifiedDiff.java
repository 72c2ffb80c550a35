package com.salesdiag.engine.internal.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a text file as {@code diff -u} prints it (three lines of context), so that
 * an analyst reads what a rewrite of their file changed the way any review tool shows it.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** Empty when the texts are equal. */
    public static String of(String name, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<int[]> edits = script(a, b); // each: {kind (0 same, -1 removed, 1 added), index in a, index in b}
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i)[0] != 0) {
                changes.add(i);
            }
        }
        StringBuilder out = new StringBuilder();
        int first = 0;
        while (first < changes.size()) {
            // Changes closer than twice the context share one hunk, as diff -u prints them.
            int last = first;
            while (last + 1 < changes.size() && changes.get(last + 1) - changes.get(last) <= 2 * CONTEXT) {
                last++;
            }
            int from = Math.max(0, changes.get(first) - CONTEXT);
            int to = Math.min(edits.size(), changes.get(last) + CONTEXT + 1);
            hunk(out, a, b, edits.subList(from, to));
            first = last + 1;
        }
        return out.isEmpty() ? "" : "--- a/" + name + "\n+++ b/" + name + "\n" + out;
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<int[]> edits) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        StringBuilder lines = new StringBuilder();
        for (int[] e : edits) {
            if (aStart < 0) {
                aStart = e[1];
                bStart = e[2];
            }
            if (e[0] == 0) {
                lines.append(' ').append(a.get(e[1])).append('\n');
                aCount++;
                bCount++;
            } else if (e[0] < 0) {
                lines.append('-').append(a.get(e[1])).append('\n');
                aCount++;
            } else {
                lines.append('+').append(b.get(e[2])).append('\n');
                bCount++;
            }
        }
        out.append("@@ -").append(aCount == 0 ? aStart : aStart + 1).append(',').append(aCount)
                .append(" +").append(bCount == 0 ? bStart : bStart + 1).append(',').append(bCount).append(" @@\n")
                .append(lines);
    }

    /** A shortest edit script by longest common subsequence; scenario files are a few hundred lines at most. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<int[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new int[]{0, i++, j++});
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new int[]{-1, i++, j});
            } else {
                edits.add(new int[]{1, i, j++});
            }
        }
        return edits;
    }
}
