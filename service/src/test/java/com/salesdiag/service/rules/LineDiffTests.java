package com.salesdiag.service.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

    private static List<String> lines(int count) {
        return new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList());
    }

    @Test
    void oneChangedLineIsOneHunkWithThreeLinesOfContextAsDiffUShowsIt() {
        List<String> before = lines(10);
        List<String> after = lines(10);
        after.set(4, "line five");

        LineDiff.Result diff = LineDiff.of(before, after);

        assertThat(diff.added()).isOne();
        assertThat(diff.removed()).isOne();
        assertThat(diff.unified()).isEqualTo("""
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """);
    }

    @Test
    void changesFarApartAreTwoHunksAndCloseOnesOne() {
        List<String> before = lines(30);
        List<String> after = lines(30);
        after.set(1, "second");
        after.set(25, "twenty-sixth");
        assertThat(LineDiff.of(before, after).unified().lines().filter(l -> l.startsWith("@@")))
                .containsExactly("@@ -1,5 +1,5 @@", "@@ -23,7 +23,7 @@");

        List<String> near = lines(30);
        near.set(1, "second");
        near.set(7, "eighth");
        assertThat(LineDiff.of(before, near).unified().lines().filter(l -> l.startsWith("@@")))
                .containsExactly("@@ -1,11 +1,11 @@");
    }

    @Test
    void addedAndRemovedLinesAreCountedAndAnEmptySideNamesTheLineBefore() {
        List<String> after = lines(5);
        after.add(2, "inserted");
        LineDiff.Result added = LineDiff.of(lines(5), after);
        assertThat(added.added()).isOne();
        assertThat(added.removed()).isZero();
        assertThat(added.unified()).startsWith("@@ -1,5 +1,6 @@\n line 1\n line 2\n+inserted\n line 3\n");

        LineDiff.Result created = LineDiff.of(List.of(), List.of("a", "b"));
        assertThat(created.unified()).isEqualTo("@@ -0,0 +1,2 @@\n+a\n+b\n");
        LineDiff.Result deleted = LineDiff.of(List.of("a", "b"), List.of());
        assertThat(deleted.unified()).isEqualTo("@@ -1,2 +0,0 @@\n-a\n-b\n");
    }

    @Test
    void equalTextsHaveNoHunks() {
        assertThat(LineDiff.of(lines(50), lines(50))).isEqualTo(new LineDiff.Result(0, 0, ""));
    }
}
