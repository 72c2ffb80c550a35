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
 * docs/domain.md invariant 5: tolerances, bands and periods live in the decision table an analyst edits. The DRL may
 * only use 0 and 1: every check of a rules edit refuses other numbers (RuleTextCheck, RuleTextCheckTests). The
 * engine's Java holds no decimal threshold either.
 */
class ThresholdsLiveInDataTests {

    private static final Path ENGINE_SOURCES = Path.of("src", "main", "java");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])\\d+\\.\\d+");

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

    private static String stripStrings(String line) {
        return line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
