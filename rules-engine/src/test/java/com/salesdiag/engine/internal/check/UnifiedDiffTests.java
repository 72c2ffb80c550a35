package com.salesdiag.engine.internal.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The difference reads as diff -u prints it. */
class UnifiedDiffTests {

    @Test
    void equalTextsHaveNoDifference() {
        assertThat(UnifiedDiff.of("a.json", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void aMovedLineIsOneHunkWithThreeLinesOfContext() {
        String before = String.join("\n", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10") + "\n";
        String after = String.join("\n", "1", "2", "3", "5", "6", "7", "4", "8", "9", "10") + "\n";

        assertThat(UnifiedDiff.of("f", before, after)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,10 +1,10 @@
                 1
                 2
                 3
                -4
                 5
                 6
                 7
                +4
                 8
                 9
                 10
                """);
    }

    @Test
    void distantChangesAreSeparateHunks() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            before.append('L').append(i).append('\n');
        }
        String after = before.toString().replace("L2\n", "two\n").replace("L28\n", "twenty-eight\n");

        String diff = UnifiedDiff.of("f", before.toString(), after);

        assertThat(diff).contains("@@ -1,5 +1,5 @@\n L1\n-L2\n+two\n L3\n L4\n L5\n")
                .contains("@@ -25,6 +25,6 @@\n L25\n L26\n L27\n-L28\n+twenty-eight\n L29\n L30\n");
        assertThat(diff.split("@@ -").length - 1).as("hunks").isEqualTo(2);
    }
}
