package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.Wording;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.service.diagnosis.SalespersonStatus.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Gives each salesperson a status from what the engine found and recommended (see {@link Status}). */
final class StatusResolver {

    private final Diagnosis diagnosis;
    private final Sentences sentences;
    private final CompanyFigures figures;
    /**
     * Each person's findings and recommendations, and the positions of the causes by subject, indexed once:
     * scanning every conclusion for every person took a minute for a 10,000-salesperson company.
     */
    private final Map<String, List<DiagnosedFinding>> findingsByPerson = new HashMap<>();
    private final Map<String, List<DiagnosedRecommendation>> actionsByPerson = new HashMap<>();
    private final Map<String, List<Integer>> causesBySubject = new HashMap<>();
    /** The checks not made, by subject ("" for the company), for the same reason. */
    private final Map<String, List<UnverifiedCheck>> uncheckedBySubject = new HashMap<>();

    /** Null when the facts cover the whole period. */
    private final CoverageView coverage;

    StatusResolver(Diagnosis diagnosis, Sentences sentences, CompanyFigures figures, CoverageView coverage) {
        this.coverage = coverage;
        this.diagnosis = diagnosis;
        this.sentences = sentences;
        this.figures = figures;
        List<DiagnosedFinding> findings = diagnosis.findings();
        for (int i = 0; i < findings.size(); i++) {
            DiagnosedFinding f = findings.get(i);
            if (f.subjectType() == SubjectType.SALESPERSON) {
                findingsByPerson.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f);
            }
            if ("cause".equals(f.kind()) && f.subjectType() != SubjectType.TECHNIQUE) {
                String key = f.subjectType() == SubjectType.COMPANY ? "" : subjectKey(f.subjectType(), f.subjectId());
                causesBySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (UnverifiedCheck u : diagnosis.unverified()) {
            String key = u.subjectType() == SubjectType.COMPANY ? "" : subjectKey(u.subjectType(), u.subjectId());
            uncheckedBySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
        }
        for (DiagnosedRecommendation r : diagnosis.recommendations()) {
            if (r.subjectType() == SubjectType.SALESPERSON) {
                actionsByPerson.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    SalespersonStatus resolve(Salesperson person) {
        List<DiagnosedFinding> own = findingsByPerson.getOrDefault(person.id(), List.of());
        List<DiagnosedRecommendation> actions = actionsByPerson.getOrDefault(person.id(), List.of());
        Optional<DiagnosedFinding> goal = own.stream().filter(f -> f.code().startsWith("GOAL_")).findFirst();
        Double attainment = goal.map(g -> number(g, "attainment")).orElse(null);
        String name = person.name() == null || person.name().isBlank() ? person.id() : person.name();
        List<String> upstream = upstreamCauses(person);
        String incentive = actions.stream().filter(r -> r.action().equals("RECOGNIZE"))
                .map(DiagnosedRecommendation::incentive).filter(i -> i != null && !i.isEmpty()).findFirst().orElse(null);
        Status status = status(actions, goal.map(DiagnosedFinding::code).orElse(null), incentive, upstream);
        boolean exceeded = goal.map(g -> g.code().equals("GOAL_EXCEEDED")).orElse(false);
        if (status == Status.NO_GOAL && coverage != null && !coverage.judged() && figures.target(person.id()) > 0
                && figures.result(person.id()) != null) {
            return notJudged(person, name, own, actions);
        }
        boolean noResult = status == Status.NO_GOAL && figures.goalWithoutResult(person.id());
        List<UnverifiedCheck> unchecked = status == Status.ON_TRACK || status == Status.TOP_PERFORMER
                || status == Status.NO_GOAL ? List.of() : uncheckedFor(person);
        if (status == Status.COACHING) {
            // Whether earlier coaching was tried bears on an HR review, not on coaching itself.
            unchecked = unchecked.stream().filter(u -> !u.code().equals(RuleVocabulary.COACHING_INEFFECTIVE)).toList();
        }
        boolean coachingFailed = own.stream().anyMatch(f -> f.code().equals(RuleVocabulary.COACHING_INEFFECTIVE));
        boolean noPeers = status == Status.TOP_PERFORMER && own.stream()
                .filter(f -> f.code().equals("TOP_PERFORMER")).noneMatch(f -> hasEvidence(f, "peerAverage"));
        boolean saysUnchecked = !unchecked.isEmpty() && (status == Status.COACHING || status == Status.BELOW_GOAL);
        // Met below 100 % (a band that starts at 95 %) says so, or "met the goal (96 %)" reads as a contradiction.
        Double bandFrom = goal.filter(g -> g.code().equals("GOAL_MET") && attainment != null && attainment < 1)
                .map(g -> number(g, "bandFrom")).orElse(null);
        String key = "salesdiag.status." + status.name() + (status == Status.ON_TRACK && exceeded ? ".exceeded" : "")
                + (status == Status.ON_TRACK && bandFrom != null ? ".withinBand" : "")
                + (status == Status.TOP_PERFORMER && noPeers ? ".noPeers" : "")
                + (noResult ? ".noResult" : "") + (saysUnchecked ? ".unverified" : "")
                + (status == Status.COACHING && saysUnchecked && coachingFailed ? ".afterIneffectiveCoaching" : "");
        Double target = noResult ? Double.valueOf(figures.target(person.id())) : goal.map(g -> number(g, "target")).orElse(null);
        String notChecked = NotVerified.phrase(unchecked, sentences);
        String summary = sentences.get(key, name, Wording.percent(attainment == null ? 0 : attainment),
                incentive == null ? "" : sentences.label(incentive), String.join(", ", upstream), target, notChecked,
                bandFrom);
        if (!unchecked.isEmpty() && !saysUnchecked) {
            summary += " " + sentences.get("salesdiag.why.notVerified", notChecked);
        }
        if (coverage != null && coverage.judged() && goal.isPresent()) {
            summary += " " + sentences.get("salesdiag.status.prorated", coverage.daysCovered(), coverage.days());
        }
        boolean retentionRisk = own.stream().anyMatch(f -> f.code().equals("RETENTION_RISK"));
        if (retentionRisk) {
            summary += " " + sentences.get("salesdiag.status.retentionRisk");
        }
        return new SalespersonStatus(person.id(), name, person.departmentId(), status, summary, attainment,
                goal.map(g -> number(g, "actual")).orElse(null), target,
                retentionRisk, own.stream().map(DiagnosedFinding::code).distinct().toList(),
                actions.stream().map(DiagnosedRecommendation::action).distinct().toList(),
                NotVerified.codes(unchecked));
    }

    /** A goal and a result, on part of the period with goals not prorated: the figures, and no verdict. */
    private SalespersonStatus notJudged(Salesperson person, String name, List<DiagnosedFinding> own,
                                        List<DiagnosedRecommendation> actions) {
        double actual = figures.result(person.id()).revenue();
        double target = figures.target(person.id());
        String summary = sentences.get("salesdiag.status.NOT_JUDGED", name, actual, target,
                sentences.date(coverage.dataThrough()), coverage.daysCovered(), coverage.days());
        return new SalespersonStatus(person.id(), name, person.departmentId(), Status.NOT_JUDGED, summary, null,
                actual, target, false, own.stream().map(DiagnosedFinding::code).distinct().toList(),
                actions.stream().map(DiagnosedRecommendation::action).distinct().toList(), List.of());
    }

    /** The checks not made for the person's company, department, products and self. */
    private List<UnverifiedCheck> uncheckedFor(Salesperson person) {
        List<UnverifiedCheck> checks = new ArrayList<>(uncheckedBySubject.getOrDefault("", List.of()));
        checks.addAll(uncheckedBySubject.getOrDefault(subjectKey(SubjectType.DEPARTMENT, person.departmentId()), List.of()));
        person.productIds().forEach(product ->
                checks.addAll(uncheckedBySubject.getOrDefault(subjectKey(SubjectType.PRODUCT, product), List.of())));
        checks.addAll(uncheckedBySubject.getOrDefault(subjectKey(SubjectType.SALESPERSON, person.id()), List.of()));
        return checks;
    }

    private static Status status(List<DiagnosedRecommendation> actions, String goalCode, String incentive,
                                 List<String> upstream) {
        if (has(actions, "HR_DISMISSAL_REVIEW")) {
            return Status.HR_REVIEW;
        }
        if (has(actions, "PERSONAL_COACHING")) {
            return Status.COACHING;
        }
        if (incentive != null) {
            return Status.TOP_PERFORMER;
        }
        if (has(actions, "RECOGNIZE") || "GOAL_MET".equals(goalCode) || "GOAL_EXCEEDED".equals(goalCode)) {
            return Status.ON_TRACK;
        }
        if ("GOAL_MISSED".equals(goalCode)) {
            return upstream.isEmpty() ? Status.BELOW_GOAL : Status.BLOCKED_BY_UPSTREAM_CAUSE;
        }
        return Status.NO_GOAL;
    }

    /** Labels of the causes that stand before the person: company, department, products, own training and goals. */
    private List<String> upstreamCauses(Salesperson person) {
        TreeSet<Integer> positions = new TreeSet<>(causesBySubject.getOrDefault("", List.of()));
        positions.addAll(causesBySubject.getOrDefault(subjectKey(SubjectType.DEPARTMENT, person.departmentId()), List.of()));
        person.productIds().forEach(product ->
                positions.addAll(causesBySubject.getOrDefault(subjectKey(SubjectType.PRODUCT, product), List.of())));
        positions.addAll(causesBySubject.getOrDefault(subjectKey(SubjectType.SALESPERSON, person.id()), List.of()));
        return positions.stream().map(i -> sentences.label(diagnosis.findings().get(i).code())).distinct().toList();
    }

    private static String subjectKey(SubjectType type, String id) {
        return type + "\u0000" + id;
    }

    private static boolean has(List<DiagnosedRecommendation> actions, String action) {
        return actions.stream().anyMatch(r -> r.action().equals(action));
    }

    private static boolean hasEvidence(DiagnosedFinding f, String name) {
        return f.evidence().stream().anyMatch(e -> e.name().equals(name));
    }

    private static Double number(DiagnosedFinding f, String name) {
        return f.evidence().stream().filter(e -> e.name().equals(name)).map(Evidence::value)
                .filter(Objects::nonNull).filter(Number.class::isInstance)
                .map(v -> ((Number) v).doubleValue()).findFirst().orElse(null);
    }
}
