package com.salesdiag.engine.internal.explain;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Incentive;
import com.salesdiag.engine.facts.PlanKind;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.TrainingTopic;
import com.salesdiag.engine.invariants.CompanyGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentences a manager reads write the fact model's codes in words of their language and products by name:
 * "with an incentive: premio in denaro", not "CASH_BONUS"; "sells Thermo heater", not "sells thermo".
 */
class SentencesReadAsProseTests {

    private static final List<String> CODES = Stream.of(Incentive.values(), PlanKind.values(), TrainingTopic.values())
            .flatMap(Arrays::stream).map(Enum::name).toList();

    @Test
    void noSentenceWritesACodeOrAProductIdInEitherLanguage() {
        DiagnosisEngine engine = DiagnosisEngine.withPackagedRules();
        int sentences = 0;
        List<String> wordsSeen = new ArrayList<>();
        for (long seed = 1; seed <= 150; seed++) {
            CompanyFacts company = CompanyGenerator.company(seed);
            List<String> productIds = company.products().stream().map(Product::id).toList();
            Diagnosis diagnosis = engine.diagnose(company);
            List<Map<String, String>> explanations = new ArrayList<>();
            diagnosis.findings().stream().map(DiagnosedFinding::explanation).forEach(explanations::add);
            diagnosis.recommendations().stream().map(DiagnosedRecommendation::explanation).forEach(explanations::add);
            for (Map<String, String> explanation : explanations) {
                for (String sentence : explanation.values()) {
                    sentences++;
                    for (String code : CODES) {
                        assertThat(sentence).as("seed %d", seed).doesNotContainPattern("\\b" + code + "\\b");
                    }
                    for (String id : productIds) {
                        assertThat(sentence).as("seed %d", seed).doesNotContain("sells " + id + " ", "vende " + id + " ");
                    }
                }
                String italian = explanation.getOrDefault("it", "");
                assertThat(italian).doesNotContain("never");
                if (italian.contains("premio in denaro") || italian.contains("conoscenza del prodotto")
                        || italian.contains("piano di coaching") || italian.contains("formazione aggiuntiva")) {
                    wordsSeen.add(italian);
                }
            }
        }
        assertThat(sentences).isGreaterThan(10_000);
        assertThat(wordsSeen).as("the companies exercise the coded sentences").hasSizeGreaterThan(50);
    }

    @Test
    void wordsOfTheReadersLanguageAndProductNames() {
        Words italian = Words.of(Locale.ITALIAN, id -> id.equals("thermo") ? "Thermo heater" : id);
        assertThat(italian.write("incentive", "CASH_BONUS")).isEqualTo("premio in denaro");
        assertThat(italian.write("discussedOn", "never")).isEqualTo("mai");
        assertThat(italian.write("product", "thermo")).isEqualTo("Thermo heater");
        assertThat(italian.write("plan", "plan-7")).isEqualTo("plan-7");
        assertThat(italian.write("lost", 12)).isEqualTo(12);
        assertThat(Words.of(Locale.ENGLISH, id -> id).write("topic", "SALES_STRATEGY")).isEqualTo("sales strategy");
        assertThat(Words.of(Locale.GERMAN, id -> id).write("topic", "SALES_STRATEGY")).isEqualTo("SALES_STRATEGY");
    }
}
