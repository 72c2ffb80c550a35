package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.ExcludedCause;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.internal.explain.SentenceTemplate;
import com.salesdiag.engine.internal.explain.Words;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.answer.ReviewRecord;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.engine.internal.ruleset.Ruleset;

import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.internal.change.RevenueChanges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns what the rules derived into a {@link Diagnosis}: merges conclusions that several rules reached about the
 * same subject, explains each in every language, attaches review records, and sorts so that the same facts
 * always give the same output whatever order the rules fired in.
 * <p>
 * Explaining is most of the work for a large company (a sentence per conclusion and language), and each
 * conclusion is explained on its own: past {@link #PARALLEL_FROM} conclusions they are explained in parallel.
 */
public final class ConclusionCollector {

    /** Actions that an HR partner reviews with the person's whole record. */
    private static final Set<String> REVIEWED_ACTIONS = InvariantGuard.CORRECTIVE;
    private static final List<String> LANGUAGES = RuleVocabulary.LANGUAGES;
    private static final List<Locale> LOCALES = LANGUAGES.stream().map(Locale::forLanguageTag).toList();
    /** Below this many conclusions, handing work to other threads costs more than it saves. */
    static final int PARALLEL_FROM = 2_000;
    // The output's order, written out rather than chained from Comparator.comparing: sorting a large company's
    // conclusions calls it tens of thousands of times, and each link of a chain is a call and a key extraction.
    private static final Comparator<DiagnosedFinding> FINDING_ORDER = (a, b) -> {
        int c = Integer.compare(a.priority(), b.priority());
        if (c == 0) {
            c = a.code().compareTo(b.code());
        }
        if (c == 0) {
            c = a.subjectType().compareTo(b.subjectType());
        }
        return c != 0 ? c : a.subjectId().compareTo(b.subjectId());
    };
    private static final Comparator<DiagnosedRecommendation> RECOMMENDATION_ORDER = (a, b) -> {
        int c = Integer.compare(a.priority(), b.priority());
        if (c == 0) {
            c = a.action().compareTo(b.action());
        }
        if (c == 0) {
            c = a.subjectType().compareTo(b.subjectType());
        }
        if (c == 0) {
            c = a.subjectId().compareTo(b.subjectId());
        }
        return c != 0 ? c : a.incentive().compareTo(b.incentive());
    };
    private static final Comparator<Finding> FINDINGS_OF_A_GROUP =
            Comparator.comparing(Finding::rule).thenComparing(f -> f.evidence().toString());
    private static final Comparator<Recommendation> RECOMMENDATIONS_OF_A_GROUP =
            Comparator.comparing(Recommendation::rule).thenComparing(r -> r.evidence().toString());

    private final Ruleset ruleset;
    private final CompanyFacts facts;
    private final SubjectNames names;
    /** Per language: how sentences write codes and product ids. */
    private final Map<String, Words> words;
    private final Map<String, Salesperson> salespeople = new HashMap<>();
    private final List<RevenueChange> changes;

    public ConclusionCollector(Ruleset ruleset, CompanyFacts facts) {
        this(ruleset, facts, RevenueChanges.of(facts));
    }

    /** With the changes of revenue already computed for the session ({@link FactLoader}). */
    public ConclusionCollector(Ruleset ruleset, CompanyFacts facts, List<RevenueChange> changes) {
        this.changes = changes;
        this.ruleset = ruleset;
        this.facts = facts;
        this.names = new SubjectNames(facts);
        Map<String, Words> wordsOf = new HashMap<>(4);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            wordsOf.put(LANGUAGES.get(i), Words.of(LOCALES.get(i), id -> names.nameOf(SubjectType.PRODUCT, id),
                    facts.fiscalYearStart()));
        }
        this.words = wordsOf;
        facts.salespeople().forEach(s -> salespeople.putIfAbsent(s.id(), s));
    }

    private record Subject(String code, SubjectType type, String id, String incentive) {
    }

    /** A diagnosis of what the rules concluded, without what the invariants forbid (the plain-Java baseline). */
    public Diagnosis collect(SessionOutcome rulesConcluded) {
        return collect(guard().apply(rulesConcluded));
    }

    /** A diagnosis of what a session settled on ({@link SessionSettling}): it only reads. */
    public Diagnosis collect(SessionSettling.Settled settled) {
        return collect(new InvariantGuard.Guarded(settled.outcome(), settled.withheld(), List.of()));
    }

    private Diagnosis collect(InvariantGuard.Guarded guarded) {
        List<WithheldAction> withheld = guarded.withheld();
        SessionOutcome outcome = guarded.outcome();
        List<DiagnosedFinding> findings = stream(groupBy(outcome.findings(),
                f -> new Subject(f.code(), f.subjectType(), f.subjectId(), "")))
                .map(this::finding)
                .sorted(FINDING_ORDER)
                .toList();
        Map<Subject, DiagnosedFinding> findingsBySubject = new HashMap<>();
        findings.forEach(f -> findingsBySubject.put(new Subject(f.code(), f.subjectType(), f.subjectId(), ""), f));
        ReviewRecordBuilder reviews = new ReviewRecordBuilder(facts, outcome, missedUpperBound(), this::excluded,
                id -> names.nameOf(SubjectType.DEPARTMENT, id));
        List<DiagnosedRecommendation> recommendations = stream(groupBy(outcome.recommendations(),
                r -> new Subject(r.action(), r.subjectType(), r.subjectId(), r.incentive())))
                .map(group -> recommendation(group, reviews, findingsBySubject))
                .sorted(RECOMMENDATION_ORDER)
                .toList();
        return new Diagnosis(facts.company() == null ? "" : facts.company().id(), facts.period(),
                ruleset.version(), findings, recommendations, List.copyOf(withheld),
                UnverifiedChecks.of(facts, outcome), changes);
    }

    private InvariantGuard guard() {
        return InvariantGuard.of(ruleset, facts, names);
    }

    private DiagnosedFinding finding(List<Finding> group) {
        if (group.size() > 1) {
            group.sort(FINDINGS_OF_A_GROUP);
        }
        Finding first = group.get(0);
        String subjectName = names.nameOf(first.subjectType(), first.subjectId());
        List<String> rules = distinctRules(group, Finding::rule);
        List<List<Evidence>> evidence = new ArrayList<>(group.size());
        List<Explained> explained = new ArrayList<>(group.size());
        for (Finding f : group) {
            evidence.add(f.evidence());
            explained.add(new Explained(f.rule(), f.evidence()));
        }
        return new DiagnosedFinding(first.code(), first.kind(), first.step(), first.subjectType(), first.subjectId(),
                subjectName, owner(rules), rules, mergedEvidence(evidence), explain(explained, subjectName));
    }

    private DiagnosedRecommendation recommendation(List<Recommendation> group, ReviewRecordBuilder reviews,
                                                   Map<Subject, DiagnosedFinding> findings) {
        if (group.size() > 1) {
            group.sort(RECOMMENDATIONS_OF_A_GROUP);
        }
        Recommendation first = group.get(0);
        String subjectName = names.nameOf(first.subjectType(), first.subjectId());
        List<String> rules = distinctRules(group, Recommendation::rule);
        TreeSet<String> codes = new TreeSet<>();
        group.forEach(r -> codes.addAll(r.basedOn()));
        List<String> basedOn = List.copyOf(codes);
        Salesperson person = REVIEWED_ACTIONS.contains(first.action()) && first.subjectType() == SubjectType.SALESPERSON
                ? salespeople.get(first.subjectId()) : null;
        ReviewRecord review = person == null ? null : reviews.build(person);
        // A recommendation rests on the figures of the findings it follows from, as well as on its own.
        List<List<Evidence>> evidence = new ArrayList<>(group.size() + basedOn.size());
        List<Explained> explained = new ArrayList<>(group.size());
        for (Recommendation r : group) {
            evidence.add(r.evidence());
            explained.add(new Explained(r.rule(), r.evidence()));
        }
        List<DiagnosedFinding> reasons = new ArrayList<>(basedOn.size());
        for (String code : basedOn) {
            DiagnosedFinding reason = findings.get(new Subject(code, first.subjectType(), first.subjectId(), ""));
            if (reason != null) {
                reasons.add(reason);
            }
        }
        reasons.sort(FINDING_ORDER);
        reasons.forEach(f -> evidence.add(f.evidence()));
        return new DiagnosedRecommendation(first.action(), first.step(), first.subjectType(), first.subjectId(),
                subjectName, owner(rules), first.incentive(), basedOn, rules, mergedEvidence(evidence),
                explain(explained, subjectName), review);
    }

    private record Explained(String rule, List<Evidence> evidence) {
    }

    /**
     * An exclusion as HR reads it: its subject by name, and the rule's sentence in each language it has one (a rule
     * without sentences, as an analyst may have written it before exclusions had them, explains nothing here).
     */
    private ExcludedCause excluded(CauseExcluded c) {
        String subjectName = names.nameOf(c.subjectType(), c.subjectId());
        RuleInfo info = ruleset.rules().get(c.rule());
        Map<String, String> sentences = new LinkedHashMap<>(4);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String template = info == null ? null : info.sentences().get(LANGUAGES.get(i));
            if (template != null && !template.isBlank()) {
                sentences.put(LANGUAGES.get(i), SentenceTemplate.of(template, LOCALES.get(i))
                        .render(subjectName, c.evidence(), words.get(LANGUAGES.get(i))));
            }
        }
        return new ExcludedCause(c.stage(), c.code(), c.subjectType(), c.subjectId(), subjectName, c.rule(),
                c.evidence(), java.util.Collections.unmodifiableMap(sentences));
    }

    private Map<String, String> explain(List<Explained> items, String subjectName) {
        Map<String, String> sentences = new LinkedHashMap<>(4);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            if (items.size() == 1) {
                sentences.put(language, sentence(items.get(0), language, LOCALES.get(i), subjectName));
                continue;
            }
            List<String> parts = new ArrayList<>(items.size());
            for (Explained item : items) {
                String part = sentence(item, language, LOCALES.get(i), subjectName);
                if (!parts.contains(part)) {
                    parts.add(part);
                }
            }
            sentences.put(language, String.join(" ", parts));
        }
        return sentences;
    }

    private String sentence(Explained item, String language, Locale locale, String subjectName) {
        RuleInfo info = ruleset.rules().get(item.rule());
        String template = info == null ? item.rule() : info.sentences().getOrDefault(language, info.description());
        return SentenceTemplate.of(template, locale).render(subjectName, item.evidence(), words.get(language));
    }

    private String owner(List<String> rules) {
        for (String rule : rules) {
            RuleInfo info = ruleset.rules().get(rule);
            if (info != null && !info.owner().isEmpty()) {
                return info.owner();
            }
        }
        return "SALES_MANAGER";
    }

    private static <T> List<String> distinctRules(List<T> group, Function<T, String> rule) {
        if (group.size() == 1) {
            return List.of(rule.apply(group.get(0)));
        }
        List<String> rules = new ArrayList<>(group.size());
        for (T item : group) {
            String name = rule.apply(item);
            if (!rules.contains(name)) {
                rules.add(name);
            }
        }
        return List.copyOf(rules);
    }

    private static List<Evidence> mergedEvidence(List<List<Evidence>> lists) {
        List<Evidence> merged = new ArrayList<>();
        for (List<Evidence> list : lists) {
            for (Evidence e : list) {
                if (!merged.contains(e)) {
                    merged.add(e);
                }
            }
        }
        return List.copyOf(merged);
    }

    private double missedUpperBound() {
        return InvariantGuard.missedUpperBound(ruleset);
    }

    private static <T> Collection<List<T>> groupBy(List<T> items, Function<T, Subject> key) {
        Map<Subject, List<T>> groups = new HashMap<>(items.size() * 2);
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>(2)).add(item);
        }
        return groups.values();
    }

    private static <T> Stream<T> stream(Collection<T> items) {
        return items.size() >= PARALLEL_FROM ? items.parallelStream() : items.stream();
    }
}
