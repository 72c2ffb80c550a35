package com.salesdiag.engine.rules;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem the engine writes reads in English and in Italian: a code written in one file and not the other, a
 * placeholder lost in translation or an apostrophe that MessageFormat would swallow fails the build.
 */
class PhraseTextsTests {

    private static final ResourceBundle ENGLISH = Phrase.bundle(Locale.ENGLISH);
    private static final ResourceBundle ITALIAN = Phrase.bundle(Locale.ITALIAN);
    /** A string literal that looks like a code of a family the bundle holds: "threshold.outOfRange". */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"((?:problem|rules|compile|rule|table|threshold|"
            + "range|band|scale|goal|incentive|text|scenario|conclusion|change)\\.[a-zA-Z0-9]+)\"");

    @Test
    void everyCodeHasAnEnglishAndAnItalianTextWithTheSamePlaceholders() {
        assertThat(ITALIAN.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
        for (String code : ENGLISH.keySet()) {
            assertThat(placeholders(ITALIAN.getString(code))).as(code)
                    .isEqualTo(placeholders(ENGLISH.getString(code)));
        }
    }

    @Test
    void everyPlaceholderIsFilledAndNoApostropheIsSwallowed() {
        for (ResourceBundle bundle : List.of(ENGLISH, ITALIAN)) {
            for (String code : bundle.keySet()) {
                String pattern = bundle.getString(code);
                int count = placeholders(pattern).size();
                Object[] marks = IntStream.range(0, count).mapToObj(i -> "<" + i + ">").toArray();
                String written = new MessageFormat(pattern, bundle.getLocale()).format(marks);
                String where = bundle.getLocale() + " " + code + ": " + pattern;
                for (Object mark : marks) {
                    assertThat(written).as(where).contains(mark.toString());
                }
                // A lone apostrophe quotes what follows: "l'intervallo" must be written "l''intervallo".
                assertThat(pattern.replace("''", "")).as(where).doesNotContain("'");
            }
        }
    }

    @Test
    void everyCodeTheEngineWritesHasItsTexts() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = CODE_LITERAL.matcher(read(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
        }
        assertThat(used).contains("threshold.outOfRange", "compile.drools", "scenario.notConcluded");
        assertThat(ENGLISH.keySet()).containsAll(used);
    }

    @Test
    void aPhraseReadsInTheReadersLanguageAndInEnglishForAnyOther() {
        Phrase outOfRange = Phrase.of("threshold.outOfRange", "delivery.onTimeTolerance", "95",
                Phrase.of("range.above", "1"), "0 to 1");

        assertThat(outOfRange.english())
                .isEqualTo("threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1");
        assertThat(outOfRange.in(Locale.forLanguageTag("it-IT")))
                .isEqualTo("la soglia delivery.onTimeTolerance = 95 è maggiore di 1: l'intervallo ammesso è 0 to 1");
        assertThat(outOfRange.in(Locale.GERMAN)).isEqualTo(outOfRange.english());
    }

    @Test
    void aProblemStoredAsJsonReadsBackWithItsCodeAndNestedPhrases() {
        CheckProblem problem = CheckProblem.of(CheckProblem.Kind.SANITY, "thresholds.drl.csv", 19,
                Phrase.of("threshold.outOfRange", "delivery.onTimeTolerance", "95", Phrase.of("range.above", "1"),
                        "0 to 1"));
        JsonMapper json = JsonMapper.builder().build();

        List<CheckProblem> read = json.readValue(json.writeValueAsString(List.of(problem)), new TypeReference<>() {
        });

        assertThat(read).containsExactly(problem);
        assertThat(read.get(0).message(Locale.ITALIAN)).contains("è maggiore di 1");
    }

    @Test
    void aProblemStoredBeforeProblemsHadCodesReadsAsItWasWritten() {
        JsonMapper json = JsonMapper.builder().build();
        String stored = "[{\"kind\":\"SANITY\",\"file\":\"thresholds.drl.csv\",\"line\":19,\"scenario\":\"\","
                + "\"message\":\"threshold x = 95 is above 1: allowed range is 0 to 1\"}]";

        CheckProblem read = json.readValue(stored, new TypeReference<List<CheckProblem>>() {
        }).get(0);

        assertThat(read.code()).isEmpty();
        assertThat(read.message(Locale.ITALIAN)).isEqualTo("threshold x = 95 is above 1: allowed range is 0 to 1");
        assertThat(read.toString(Locale.ITALIAN)).isEqualTo("thresholds.drl.csv:19: " + read.message());
    }

    private static Set<Integer> placeholders(String pattern) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        Set<Integer> indexes = new TreeSet<>();
        // Formatting each index alone tells which ones the pattern uses (MessageFormat lists formats, not uses).
        int max = format.getFormatsByArgumentIndex().length;
        for (int i = 0; i < max; i++) {
            Object[] args = new Object[max];
            java.util.Arrays.fill(args, "");
            args[i] = "\u0001";
            if (format.format(args).contains("\u0001")) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
