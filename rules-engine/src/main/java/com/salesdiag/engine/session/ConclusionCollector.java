package com.salesdiag.engine.session;

import com.salesdiag.engine.DiagnosedFinding;
import com.salesdiag.engine.DiagnosedRecommendation;
import com.salesdiag.engine.Diagnosis;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.explain.SentenceTemplate;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.review.ReviewRecord;
import com.salesdiag.engine.review.ReviewRecordBuilder;
import com.salesdiag.engine.ruleset.RuleInfo;
import com.salesdiag.engine.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what the rules derived into a {@link Diagnosis}: merges conclusions that several rules reached about the
 * same subject, explains each in every language, attaches review records, and sorts so that the same facts
 * always give the same output whatever order the rules fired in.
 */
public final class ConclusionCollector {

    /** Actions that an HR partner reviews with the person's whole record. */
    private static final Set<String> REVIEWED_ACTIONS = Set.of("PERSONAL_COACHING", "HR_DISMISSAL_REVIEW");
    private static final List<String> LANGUAGES = List.of("en", "it");

    private final Ruleset ruleset;
    private final CompanyFacts facts;
    private final SubjectNames names;

    public ConclusionCollector(Ruleset ruleset, CompanyFacts facts) {
        this.ruleset = ruleset;
        this.facts = facts;
        this.names = new SubjectNames(facts);
    }

    public Diagnosis collect(SessionOutcome outcome) {
        List<DiagnosedFinding> findings = groupBy(outcome.findings(),
                f -> f.code() + '\u0000' + f.subjectType() + '\u0000' + f.subjectId())
                .values().stream().map(this::finding)
                .sorted(Comparator.comparingInt(DiagnosedFinding::priority)
                        .thenComparing(DiagnosedFinding::code)
                        .thenComparing(DiagnosedFinding::subjectType)
                        .thenComparing(DiagnosedFinding::subjectId))
                .toList();
        ReviewRecordBuilder reviews = new ReviewRecordBuilder(facts, outcome, missedUpperBound());
        List<DiagnosedRecommendation> recommendations = groupBy(outcome.recommendations(),
                r -> r.action() + '\u0000' + r.subjectType() + '\u0000' + r.subjectId() + '\u0000' + r.incentive())
                .values().stream().map(group -> recommendation(group, reviews, findings))
                .sorted(Comparator.comparingInt(DiagnosedRecommendation::priority)
                        .thenComparing(DiagnosedRecommendation::action)
                        .thenComparing(DiagnosedRecommendation::subjectType)
                        .thenComparing(DiagnosedRecommendation::subjectId)
                        .thenComparing(DiagnosedRecommendation::incentive))
                .toList();
        return new Diagnosis(facts.company() == null ? "" : facts.company().id(), facts.period(),
                ruleset.version(), findings, recommendations);
    }

    private DiagnosedFinding finding(List<Finding> group) {
        group.sort(Comparator.comparing(Finding::rule).thenComparing(f -> f.evidence().toString()));
        Finding first = group.get(0);
        String subjectName = names.nameOf(first.subjectType(), first.subjectId());
        List<String> rules = group.stream().map(Finding::rule).distinct().toList();
        return new DiagnosedFinding(first.code(), first.kind(), first.step(), first.subjectType(), first.subjectId(),
                subjectName, owner(rules), rules, mergedEvidence(group.stream().map(Finding::evidence).toList()),
                explain(group.stream().map(f -> new Explained(f.rule(), f.evidence())).toList(), subjectName));
    }

    private DiagnosedRecommendation recommendation(List<Recommendation> group, ReviewRecordBuilder reviews,
                                                   List<DiagnosedFinding> findings) {
        group.sort(Comparator.comparing(Recommendation::rule).thenComparing(r -> r.evidence().toString()));
        Recommendation first = group.get(0);
        String subjectName = names.nameOf(first.subjectType(), first.subjectId());
        List<String> rules = group.stream().map(Recommendation::rule).distinct().toList();
        List<String> basedOn = group.stream().flatMap(r -> r.basedOn().stream()).distinct().sorted().toList();
        ReviewRecord review = REVIEWED_ACTIONS.contains(first.action()) && first.subjectType() == SubjectType.SALESPERSON
                ? salesperson(first.subjectId()).map(reviews::build).orElse(null) : null;
        // A recommendation rests on the figures of the findings it follows from, as well as on its own.
        List<List<Evidence>> evidence = new ArrayList<>(group.stream().map(Recommendation::evidence).toList());
        findings.stream().filter(f -> basedOn.contains(f.code()) && f.subjectType() == first.subjectType()
                && f.subjectId().equals(first.subjectId())).forEach(f -> evidence.add(f.evidence()));
        return new DiagnosedRecommendation(first.action(), first.step(), first.subjectType(), first.subjectId(),
                subjectName, owner(rules), first.incentive(), basedOn, rules, mergedEvidence(evidence),
                explain(group.stream().map(r -> new Explained(r.rule(), r.evidence())).toList(), subjectName),
                review);
    }

    private record Explained(String rule, List<Evidence> evidence) {
    }

    private Map<String, String> explain(List<Explained> items, String subjectName) {
        Map<String, String> sentences = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Set<String> parts = new LinkedHashSet<>();
            for (Explained item : items) {
                RuleInfo info = ruleset.rule(item.rule()).orElse(null);
                String template = info == null ? item.rule()
                        : info.sentences().getOrDefault(language, info.description());
                parts.add(SentenceTemplate.render(template, Locale.forLanguageTag(language), subjectName, item.evidence()));
            }
            sentences.put(language, String.join(" ", parts));
        }
        return sentences;
    }

    private String owner(List<String> rules) {
        return rules.stream().map(ruleset::rule).flatMap(java.util.Optional::stream).map(RuleInfo::owner)
                .filter(o -> !o.isEmpty()).findFirst().orElse("SALES_MANAGER");
    }

    private static List<Evidence> mergedEvidence(List<List<Evidence>> lists) {
        List<Evidence> merged = new ArrayList<>();
        lists.forEach(list -> list.stream().filter(e -> !merged.contains(e)).forEach(merged::add));
        return List.copyOf(merged);
    }

    private java.util.Optional<Salesperson> salesperson(String id) {
        return facts.salespeople().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private double missedUpperBound() {
        return ruleset.bands("goal").stream().filter(b -> b.code().equals("GOAL_MISSED"))
                .mapToDouble(com.salesdiag.engine.derived.Band::upper).findFirst().orElse(Double.NaN);
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toCollection(ArrayList::new)));
    }
}
