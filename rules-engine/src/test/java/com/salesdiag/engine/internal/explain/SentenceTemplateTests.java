package com.salesdiag.engine.internal.explain;

import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * A cached template writes exactly what a {@link MessageFormat} built afresh for the sentence writes, for every
 * sentence of the packaged rules in both languages and any evidence: the cache and its shortcut for plain numbers
 * change the cost, never the words.
 */
class SentenceTemplateTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)([,}])");
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.ITALIAN);
    private static List<String> templates;

    @BeforeAll
    static void sentencesOfThePackagedRules() {
        templates = new RulesetCompiler().compilePackaged().rules().values().stream()
                .flatMap(rule -> rule.sentences().values().stream())
                .distinct().sorted().toList();
        assertThat(templates).hasSizeGreaterThan(50);
    }

    @Test
    void rendersWhatMessageFormatRendersForAnyEvidence() {
        qt().withFixedSeed(20261127L).withExamples(3_000)
                .forAll(integers().between(0, templates.size() - 1), integers().between(0, 1), values(), values())
                .checkAssert((t, l, first, other) -> {
                    String template = templates.get(t);
                    Locale locale = LOCALES.get(l);
                    List<Evidence> evidence = evidenceFor(template, first, other);
                    assertThat(SentenceTemplate.render(template, locale, "Anna Rossi", evidence))
                            .as("%s in %s with %s", template, locale, evidence)
                            .isEqualTo(freshMessageFormat(template, locale, "Anna Rossi", evidence));
                });
    }

    @Test
    void aNumberWithoutFormatFollowsTheLanguage() {
        List<Evidence> evidence = Evidence.of("lost", 12345.5);
        assertThat(SentenceTemplate.render("{lost} lost", Locale.ENGLISH, "x", evidence)).isEqualTo("12,345.5 lost");
        assertThat(SentenceTemplate.render("{lost} persi", Locale.ITALIAN, "x", evidence)).isEqualTo("12.345,5 persi");
        assertThat(SentenceTemplate.render("{lost} persi", Locale.ITALIAN, "x", Evidence.of("lost", "molti")))
                .isEqualTo("molti persi");
    }

    @Test
    void aPercentageIsTruncatedSoThatAFigureShortOfAThresholdNeverReadsAsReachingIt() {
        String template = "{a,number,percent} of the goal";
        assertThat(SentenceTemplate.render(template, Locale.ENGLISH, "x", Evidence.of("a", 0.9496))).isEqualTo("94% of the goal");
        assertThat(SentenceTemplate.render(template, Locale.ENGLISH, "x", Evidence.of("a", 0.95))).isEqualTo("95% of the goal");
        assertThat(SentenceTemplate.render(template, Locale.ENGLISH, "x", Evidence.of("a", 1.0999))).isEqualTo("109% of the goal");
        assertThat(SentenceTemplate.render(template, Locale.ENGLISH, "x", Evidence.of("a", 0.29))).isEqualTo("29% of the goal");
        assertThat(SentenceTemplate.render(template, Locale.ITALIAN, "x", Evidence.of("a", -0.046))).isEqualTo("-4% of the goal");
        assertThat(SentenceTemplate.render("{a,number,#.#%}", Locale.ITALIAN, "x", Evidence.of("a", 0.15049))).isEqualTo("15%");
        assertThat(SentenceTemplate.render("{a,number,#.#%}", Locale.ITALIAN, "x", Evidence.of("a", 0.1519))).isEqualTo("15,1%");
    }

    @Test
    void textWhereANumberGoesIsWrittenAsItIs() {
        assertThat(SentenceTemplate.render("peers averaged {avg,number,percent}; {n,number,#,##0} deals", Locale.ENGLISH,
                "x", Evidence.of("avg", Double.POSITIVE_INFINITY, "n", 1234)))
                .isEqualTo("peers averaged unbounded; 1,234 deals");
    }

    @Test
    void aTemplateThatIsNotAFormatIsShownAsWritten() {
        assertThat(SentenceTemplate.render("{share,fraction} of deals", Locale.ENGLISH, "x",
                Evidence.of("share", 0.4))).isEqualTo("{share,fraction} of deals");
    }

    /** The first placeholder gets one generated value, every other placeholder another; "subject" is the subject. */
    private static List<Evidence> evidenceFor(String template, Object first, Object other) {
        List<Object> pairs = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("subject")) {
                pairs.add(m.group(1));
                pairs.add(pairs.size() == 1 ? first : other);
            }
        }
        return Evidence.of(pairs.toArray());
    }

    private static Gen<Object> values() {
        Gen<Object> decimals = doubles().between(-1e7, 1e7).map(d -> (Object) d);
        Gen<Object> fractions = doubles().between(0, 1).map(d -> (Object) d);
        Gen<Object> whole = integers().between(-1_000_000, 1_000_000).map(i -> (Object) i);
        Gen<Object> large = longs().all().map(l -> (Object) l);
        Gen<Object> words = strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(s -> (Object) s);
        Gen<Object> dates = integers().between(0, 20_000).map(d -> (Object) LocalDate.ofEpochDay(d));
        return decimals.mix(fractions, 30).mix(whole, 20).mix(large, 10).mix(words, 20).mix(dates, 10);
    }

    /** The reference: what MessageFormat itself writes, with the same placeholder numbering and quoting. */
    private static String freshMessageFormat(String template, Locale locale, String subject, List<Evidence> evidence) {
        List<Object> args = new ArrayList<>();
        StringBuilder indexed = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template.replace("'", "''"));
        while (m.find()) {
            String name = m.group(1);
            args.add(name.equals("subject") ? subject : evidence.stream().filter(e -> e.name().equals(name))
                    .map(e -> e.value() instanceof LocalDate d ? d.toString() : e.value()).findFirst().orElse("?"));
            m.appendReplacement(indexed, Matcher.quoteReplacement("{" + (args.size() - 1) + m.group(2)));
        }
        m.appendTail(indexed);
        try {
            MessageFormat format = new MessageFormat(indexed.toString(), locale);
            // The two rules of SentenceTemplate beyond MessageFormat: text where a number goes is written as it
            // is, and a percentage is the exact decimal truncated.
            Format[] formats = format.getFormatsByArgumentIndex();
            for (int i = 0; i < formats.length && i < args.size(); i++) {
                if (formats[i] instanceof NumberFormat && !(args.get(i) instanceof Number)) {
                    format.setFormatByArgumentIndex(i, null);
                } else if (formats[i] instanceof DecimalFormat decimal && decimal.getMultiplier() == 100) {
                    decimal.setRoundingMode(RoundingMode.DOWN);
                    format.setFormatByArgumentIndex(i, decimal);
                    args.set(i, new BigDecimal(args.get(i).toString()));
                }
            }
            return format.format(args.toArray());
        } catch (IllegalArgumentException e) {
            return template;
        }
    }
}
