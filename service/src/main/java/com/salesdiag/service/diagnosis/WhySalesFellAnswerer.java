package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Figures;
import com.salesdiag.engine.Wording;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Answers "why did sales fall?" for the company and each department: the shortfall against the goal, the cause
 * findings that apply (the scope's own, its products', its salespeople's and the company-wide ones), each
 * estimated by {@link CauseEstimator}, scaled down together when they would explain more than the whole
 * shortfall, and ranked by the amount explained, then by ladder step.
 */
final class WhySalesFellAnswerer {

    private static final Set<String> GOAL_CODES = Set.copyOf(RuleVocabulary.GOAL_CODES);
    private static final Set<String> CAUSE_KINDS = Set.of("cause", "personal");
    /** A pattern of the shortfall, not a cause of it: it shows in the summary instead. */
    private static final String SYSTEMIC = "SYSTEMIC_SHORTFALL";

    private final Diagnosis diagnosis;
    private final CompanyFigures figures;
    private final Sentences sentences;
    private final CauseEstimator estimator;
    private final Map<String, DiagnosedFinding> goals = new HashMap<>();
    /** Null when the facts cover the whole period. */
    private final CoverageView coverage;

    private final ChangeAnswerer changes;

    WhySalesFellAnswerer(Diagnosis diagnosis, CompanyFigures figures, Sentences sentences, CoverageView coverage) {
        this.changes = new ChangeAnswerer(diagnosis, figures, sentences);
        this.coverage = coverage;
        this.diagnosis = diagnosis;
        this.figures = figures;
        this.sentences = sentences;
        this.estimator = new CauseEstimator(figures);
        // The first goal finding of each subject, looked up once per department instead of scanning them all.
        for (DiagnosedFinding f : diagnosis.findings()) {
            if (GOAL_CODES.contains(f.code())) {
                goals.putIfAbsent(f.subjectType() + "/" + f.subjectId(), f);
            }
        }
    }

    WhySalesFell answer() {
        String companyId = figures.facts().company().id();
        String companyName = nameOr(figures.facts().company().name(), companyId);
        List<String> systemic = diagnosis.findings().stream()
                .filter(f -> f.code().equals(SYSTEMIC) && f.subjectType() == SubjectType.DEPARTMENT)
                .map(DiagnosedFinding::subjectName).toList();
        ShortfallAnswer company = answer(SubjectType.COMPANY, companyId, companyName, figures.salespeople(), systemic);
        List<ShortfallAnswer> departments = new ArrayList<>();
        for (Department d : figures.facts().departments()) {
            String name = nameOr(d.name(), d.id());
            departments.add(answer(SubjectType.DEPARTMENT, d.id(), name, figures.inDepartment(d.id()),
                    systemic.contains(name) ? List.of(name) : List.of()));
        }
        return new WhySalesFell(company, departments, changes.answer());
    }

    private ShortfallAnswer answer(SubjectType type, String id, String name, List<Salesperson> scope,
                                   List<String> systemicIn) {
        DiagnosedFinding goal = goals.get(type + "/" + id);
        String period = sentences.period(figures.facts().period());
        if (goal == null && coverage != null && !coverage.judged()) {
            return notJudged(type, id, name, scope);
        }
        if (goal == null) {
            return new ShortfallAnswer(type.name(), id, name, "NO_GOAL", null, null, null, null, noGoal(name, period, scope),
                    false, List.of(), null, null, false,
                    NotVerified.codes(unverifiedIn(type, id, scope)));
        }
        double target = number(goal, "target");
        double actual = number(goal, "actual");
        double attainment = number(goal, "attainment");
        double shortfall = Math.max(0, target - actual);
        if (!goal.code().equals("GOAL_MISSED")) {
            boolean withinBand = goal.code().equals("GOAL_MET") && attainment < 1;
            String key = goal.code().equals("GOAL_EXCEEDED") ? "salesdiag.why.exceeded"
                    : withinBand ? "salesdiag.why.met.withinBand" : "salesdiag.why.met";
            return new ShortfallAnswer(type.name(), id, name, goal.code(), target, actual, attainment, shortfall,
                    (coverage == null ? "" : coverage.summary() + " ") + addedUp(goal, name, period)
                            + sentences.get(key, name, Wording.percent(attainment), period, actual, target,
                            withinBand ? number(goal, "bandFrom") : null),
                    false, List.of(), null, null, false,
                    NotVerified.codes(unverifiedIn(type, id, scope)));
        }
        List<CauseShare> causes = new ArrayList<>();
        double raw = estimateCauses(scope, type, target, causes);
        boolean scaled = raw > shortfall && shortfall > 0;
        List<CauseShare> ranked = rank(causes, scaled ? shortfall / raw : 1, shortfall);
        if (scaled) {
            ranked = absorbRounding(ranked, shortfall);
        }
        double explained = ranked.stream().filter(c -> c.amount() != null).mapToDouble(CauseShare::amount).sum();
        double unexplained = Math.max(0, Figures.rounded(shortfall - explained, 1));
        List<UnverifiedCheck> unverified = unverifiedIn(type, id, scope);
        String summary = addedUp(goal, name, period)
                + summary(name, period, attainment, actual, target, shortfall, ranked, systemicIn, scaled, raw);
        if (coverage != null) {
            summary = coverage.summary() + " " + summary;
        }
        if (!unverified.isEmpty()) {
            summary += " " + sentences.get("salesdiag.why.notVerified", NotVerified.phrase(unverified, sentences));
        }
        return new ShortfallAnswer(type.name(), id, name, goal.code(), target, actual, attainment, shortfall, summary,
                !systemicIn.isEmpty(), ranked, unexplained, shortfall == 0 ? 0 : round4(unexplained / shortfall), scaled,
                NotVerified.codes(unverified));
    }

    /**
     * A department or the company without a goal of its own is measured against its salespeople's goals added up
     * (rules/ladder/0-goals-rolled-up.drl, whose finding says how many): the answer says so before its verdict.
     */
    private String addedUp(DiagnosedFinding goal, String name, String period) {
        double people = number(goal, "salespeople");
        return people > 0 ? sentences.get("salesdiag.why.addedUp", name, period, people) + " " : "";
    }

    /**
     * No goal of the company's or department's own: what its salespeople's goals add up to, and what they sold, so
     * that an export of personal quotas alone still says how far sales are from them. No verdict is drawn from the
     * sum: a company's goal is not always the sum of its people's.
     */
    private String noGoal(String name, String period, List<Salesperson> scope) {
        double targets = 0;
        double sold = 0;
        for (Salesperson s : scope) {
            if (figures.target(s.id()) > 0 && figures.result(s.id()) != null) {
                targets += figures.target(s.id());
                sold += figures.result(s.id()).revenue();
            }
        }
        return targets > 0
                ? sentences.get("salesdiag.why.noGoal.salespeople", name, period, targets, sold, sold / targets)
                : sentences.get("salesdiag.why.noGoal", name, period);
    }

    /**
     * Part of the period, goals not prorated: what was sold so far against the whole period's goal, and no verdict,
     * so no shortfall to explain. The causes found on the figures stay in the findings.
     */
    private ShortfallAnswer notJudged(SubjectType type, String id, String name, List<Salesperson> scope) {
        double actual = 0;
        for (Salesperson s : scope) {
            actual += figures.result(s.id()) == null ? 0 : figures.result(s.id()).revenue();
        }
        Double target = figures.goalOf(type, id);
        String summary = coverage.summary() + " " + (target == null
                ? sentences.get("salesdiag.why.notJudged.noGoal", name, actual)
                : sentences.get("salesdiag.why.notJudged", name, actual, target));
        return new ShortfallAnswer(type.name(), id, name, CoverageView.NOT_JUDGED, target, actual, null, null, summary, false,
                List.of(), null, null, false, NotVerified.codes(unverifiedIn(type, id, scope)));
    }

    /**
     * The checks not made that bear on a scope: all of them for the company; for a department, the company's, its
     * own, and those of its products and people.
     */
    private List<UnverifiedCheck> unverifiedIn(SubjectType type, String id, List<Salesperson> scope) {
        if (type == SubjectType.COMPANY) {
            return diagnosis.unverified();
        }
        Set<String> people = new HashSet<>();
        Set<String> products = new HashSet<>();
        scope.forEach(s -> {
            people.add(s.id());
            products.addAll(s.productIds());
        });
        return diagnosis.unverified().stream().filter(u -> switch (u.subjectType()) {
            case COMPANY -> true;
            case DEPARTMENT -> u.subjectId().equals(id);
            case PRODUCT -> products.contains(u.subjectId());
            case SALESPERSON -> people.contains(u.subjectId());
            case TECHNIQUE -> false;
        }).toList();
    }

    /** Fills {@code causes} with unscaled amounts; returns their total. */
    private double estimateCauses(List<Salesperson> scope, SubjectType type, double scopeTarget, List<CauseShare> causes) {
        Predicate<DiagnosedFinding> coversScope = CauseEstimator.coversAnyOf(scope);
        Predicate<DiagnosedFinding> inScope = f -> type == SubjectType.COMPANY
                || f.subjectType() == SubjectType.COMPANY
                || coversScope.test(f);
        // A salesperson's own cause explains a fall only if that person fell short.
        Predicate<DiagnosedFinding> explainsAFall = f -> f.subjectType() != SubjectType.SALESPERSON
                || figures.ownShortfall(f.subjectId()) > 0;
        List<DiagnosedFinding> applicable = diagnosis.findings().stream()
                .filter(f -> CAUSE_KINDS.contains(f.kind()) && !f.code().equals(SYSTEMIC))
                .filter(inScope).filter(explainsAFall).toList();
        Map<String, Long> individualCauses = applicable.stream()
                .filter(f -> f.subjectType() == SubjectType.SALESPERSON)
                .collect(Collectors.groupingBy(DiagnosedFinding::subjectId, Collectors.mapping(DiagnosedFinding::code,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        Map<String, List<DiagnosedFinding>> byCode = applicable.stream()
                .collect(Collectors.groupingBy(DiagnosedFinding::code, LinkedHashMap::new, Collectors.toList()));
        double total = 0;
        for (Map.Entry<String, List<DiagnosedFinding>> entry : byCode.entrySet()) {
            List<DiagnosedFinding> findings = entry.getValue();
            Estimate estimate = estimator.estimate(entry.getKey(), findings, scope, scopeTarget, individualCauses);
            DiagnosedFinding first = findings.get(0);
            Object[] args = estimate.figures();
            if (estimate.amount() != null) {
                args = append(args, estimate.amount());
                total += estimate.amount();
            }
            causes.add(new CauseShare(entry.getKey(), sentences.label(entry.getKey()), first.owner(), first.priority(),
                    estimate.amount(), null, sentences.get(estimate.method(), args),
                    findings.stream().map(f -> FindingView.of(f, sentences.language())).toList()));
        }
        return total;
    }

    private static List<CauseShare> rank(List<CauseShare> causes, double factor, double shortfall) {
        return causes.stream()
                .map(c -> {
                    if (c.amount() == null) {
                        return c;
                    }
                    double amount = Figures.rounded(c.amount() * factor, 1);
                    return new CauseShare(c.code(), c.label(), c.owner(), c.step(), amount,
                            shortfall == 0 ? 0 : round4(amount / shortfall), c.estimate(), c.findings());
                })
                .sorted(Comparator.comparing((CauseShare c) -> c.amount() == null)
                        .thenComparing(c -> c.amount() == null ? 0 : -c.amount())
                        .thenComparingInt(CauseShare::step).thenComparing(CauseShare::code))
                .toList();
    }

    /** Scaled causes explain the whole shortfall: the cents lost to rounding go to the main cause. */
    private static List<CauseShare> absorbRounding(List<CauseShare> ranked, double shortfall) {
        double sum = ranked.stream().filter(c -> c.amount() != null).mapToDouble(CauseShare::amount).sum();
        double rest = Figures.rounded(shortfall, 1) - sum;
        if (rest == 0 || ranked.isEmpty() || ranked.get(0).amount() == null) {
            return ranked;
        }
        List<CauseShare> adjusted = new ArrayList<>(ranked);
        CauseShare main = ranked.get(0);
        double amount = main.amount() + rest;
        adjusted.set(0, new CauseShare(main.code(), main.label(), main.owner(), main.step(), amount,
                round4(amount / shortfall), main.estimate(), main.findings()));
        return adjusted;
    }

    private String summary(String name, String period, double attainment, double actual, double target,
                           double shortfall, List<CauseShare> causes, List<String> systemicIn, boolean scaled,
                           double raw) {
        List<String> parts = new ArrayList<>();
        parts.add(sentences.get("salesdiag.why.missed", name, Wording.percent(attainment), period, actual, target,
                shortfall));
        CauseShare main = causes.stream().filter(c -> c.amount() != null && c.amount() > 0).findFirst().orElse(null);
        if (main != null) {
            parts.add(sentences.get("salesdiag.why.mainCause", main.label(), main.share(), main.amount()));
        } else if (!causes.isEmpty()) {
            parts.add(sentences.get("salesdiag.why.causesUnquantified",
                    causes.stream().map(CauseShare::label).collect(Collectors.joining(", "))));
        } else {
            parts.add(sentences.get("salesdiag.why.noCause"));
        }
        if (!systemicIn.isEmpty()) {
            parts.add(sentences.get("salesdiag.why.systemic", String.join(", ", systemicIn)));
        }
        if (scaled) {
            parts.add(sentences.get("salesdiag.why.scaled", raw));
        }
        return String.join(" ", parts);
    }

    private static double number(DiagnosedFinding f, String name) {
        return f.evidence().stream().filter(e -> e.name().equals(name)).map(Evidence::value)
                .filter(Number.class::isInstance).mapToDouble(v -> ((Number) v).doubleValue()).findFirst().orElse(0);
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    private static double round4(double value) {
        return Figures.rounded(value, 10_000d);
    }

    private static String nameOr(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
