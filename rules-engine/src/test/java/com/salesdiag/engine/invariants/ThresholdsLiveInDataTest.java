package com.salesdiag.engine.invariants;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md invariant 5: tolerances, bands and periods live in the decision table an analyst edits. The DRL may
 * only use 0 and 1 (structural: "more than none", "the previous period"); metadata and salience are not logic.
 * The engine's Java holds no decimal threshold either.
 */
class ThresholdsLiveInDataTest {

    private static final Path LADDER = Path.of("..", "rules", "ladder");
    private static final Path ENGINE_SOURCES = Path.of("src", "main", "java");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])\\d+\\.\\d+");

    @Test
    void drlRulesUseNoNumberButZeroAndOne() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(LADDER, ".drl")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = logicOf(lines.get(i));
                Matcher m = NUMBER.matcher(code);
                while (m.find()) {
                    if (!m.group().equals("0") && !m.group().equals("1")) {
                        literals.add(file.getFileName() + ":" + (i + 1) + ": " + m.group() + " in `" + lines.get(i).strip() + "`");
                    }
                }
            }
        }
        assertThat(literals).as("numbers in DRL belong in thresholds.drl.csv").isEmpty();
    }

    @Test
    void engineJavaHasNoDecimalThresholds() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(ENGINE_SOURCES, ".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                Matcher m = DECIMAL.matcher(stripStrings(line));
                while (m.find()) {
                    literals.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theScanWouldSeeAThresholdWrittenIntoARule() {
        assertThat(NUMBER.matcher(logicOf("    DeliveryPerformance(onTimeRate < 0.95)")).find()).isTrue();
        assertThat(NUMBER.matcher(logicOf("    @stage(\"delivery\") @step(3)")).find()).isFalse();
        assertThat(NUMBER.matcher(logicOf("    Threshold(key == \"delivery.onTimeTolerance\", $t : value)")).find()).isFalse();
    }

    /** The part of a DRL line that is logic: no comment, no string, no metadata, no salience. */
    private static String logicOf(String line) {
        String code = stripStrings(line);
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        return code.replaceAll("@\\w+\\([^)]*\\)", "").replaceAll("\\bsalience\\s+-?\\d+", "");
    }

    private static String stripStrings(String line) {
        return line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
