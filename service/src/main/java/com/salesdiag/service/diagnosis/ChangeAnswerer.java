package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.Wording;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.PeopleChange;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.derived.ProductsChange;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.derived.VolumeValue;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.SubjectType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "how did revenue change?" for every scope the engine compared: the figures and contributors as fields,
 * and a sentence that leads with a fall, names the causes that stand for its main part and the figures around sales
 * that moved there (rules/ladder/change.drl), and ends with the goal. Amounts are the engine's cents written as
 * decimals, so they add up exactly.
 */
final class ChangeAnswerer {

    /** A figure that moved since one earlier period: {@code FIGURE_MOVED_PREVIOUS_PERIOD} and so on. */
    private static final String FIGURE_MOVED = "FIGURE_MOVED_";

    private final Sentences sentences;
    private final CompanyFigures figures;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<RevenueChange>> byScope = new LinkedHashMap<>();
    /** Per subject: its goal finding, its causes, the figures that moved there. */
    private final Map<String, DiagnosedFinding> goals = new HashMap<>();
    private final Map<String, List<DiagnosedFinding>> causes = new HashMap<>();
    private final Map<String, DiagnosedFinding> moved = new HashMap<>();

    ChangeAnswerer(Diagnosis diagnosis, CompanyFigures figures, Sentences sentences) {
        this.sentences = sentences;
        this.figures = figures;
        CompanyFacts facts = figures.facts();
        for (DiagnosedFinding f : diagnosis.findings()) {
            String key = key(f.subjectType(), f.subjectId());
            if (RuleVocabulary.GOAL_CODES.contains(f.code())) {
                goals.putIfAbsent(key, f);
            } else if ("cause".equals(f.kind())) {
                causes.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            } else if (f.code().startsWith(FIGURE_MOVED)) {
                moved.put(f.code() + "/" + key, f);
            }
        }
        facts.departments().forEach(d -> names.put(key(SubjectType.DEPARTMENT, d.id()), nameOr(d.name(), d.id())));
        facts.salespeople().forEach(s -> names.put(key(SubjectType.SALESPERSON, s.id()), nameOr(s.name(), s.id())));
        facts.products().forEach(p -> names.put(key(SubjectType.PRODUCT, p.id()), nameOr(p.name(), p.id())));
        if (facts.company() != null) {
            names.put(key(SubjectType.COMPANY, facts.company().id()),
                    nameOr(facts.company().name(), facts.company().id()));
        }
        diagnosis.changes().forEach(c -> byScope.computeIfAbsent(key(c.subjectType(), c.subjectId()),
                k -> new ArrayList<>()).add(c));
    }

    List<ScopeChange> answer() {
        List<ScopeChange> out = new ArrayList<>();
        byScope.forEach((key, changes) -> {
            RevenueChange first = changes.get(0);
            out.add(new ScopeChange(first.subjectType().name(), first.subjectId(), name(first.subjectType(),
                    first.subjectId()), sentence(changes), changes.stream().map(this::view).toList()));
        });
        return out;
    }

    private String sentence(List<RevenueChange> changes) {
        RevenueChange first = changes.get(0);
        List<String> clauses = changes.stream().map(this::clause).toList();
        String text = sentences.get(clauses.size() > 1 ? "salesdiag.change.sentence" : "salesdiag.change.sentence.one",
                name(first.subjectType(), first.subjectId()), clauses.get(0),
                clauses.size() > 1 ? clauses.get(1) : "");
        RevenueChange fall = changes.stream().filter(RevenueChange::isFall).findFirst().orElse(null);
        if (fall != null) {
            text += explanation(fall);
        }
        String goal = goal(first.subjectType(), first.subjectId());
        return goal == null ? text : text + " " + goal;
    }

    /**
     * How the scope stands against its goal for the period: its own, or its salespeople's added up when it has
     * none; for the company and a department without any, that there was no goal to judge. Null for a salesperson
     * without a goal finding and for products, which have no goals.
     */
    private String goal(SubjectType type, String id) {
        String period = sentences.period(figures.facts().period());
        DiagnosedFinding goal = goals.get(key(type, id));
        if (goal == null) {
            boolean scope = type == SubjectType.COMPANY || type == SubjectType.DEPARTMENT;
            boolean whole = PeriodCalendar.underDiagnosis(figures.facts()).isComplete();
            return scope && whole && figures.goalOf(type, id) == null
                    ? sentences.get("salesdiag.change.goal.none", period) : null;
        }
        double attainment = number(goal, "attainment");
        double actual = number(goal, "actual");
        double target = number(goal, "target");
        double addedUp = number(goal, "salespeople");
        return sentences.get("salesdiag.change.goal." + goal.code() + (addedUp > 0 ? ".addedUp" : ""),
                Wording.percent(attainment), period, actual, target, Math.max(0, target - actual), addedUp);
    }

    /** The causes that stand for the main part of a fall, and the figures that moved there since the same period. */
    private String standing(SubjectType type, String id, ChangeBasis basis) {
        StringBuilder text = new StringBuilder();
        List<DiagnosedFinding> found = causes.getOrDefault(key(type, id), List.of());
        if (!found.isEmpty()) {
            text.append(' ').append(sentences.get("salesdiag.change.causes", name(type, id),
                    String.join(", ", found.stream().map(f -> sentences.label(f.code())).distinct().toList())));
        }
        DiagnosedFinding figure = moved.get(FIGURE_MOVED + basis + "/" + key(type, id));
        if (figure != null) {
            text.append(' ').append(figure.explanation().get(sentences.language()));
        }
        return text.toString();
    }

    private static double number(DiagnosedFinding f, String name) {
        for (Evidence e : f.evidence()) {
            if (e.name().equals(name) && e.value() instanceof Number n) {
                return n.doubleValue();
            }
        }
        return 0;
    }

    private String clause(RevenueChange c) {
        String period = sentences.period(c.earlierPeriod());
        int quarter = c.earlierPeriod().contains("Q") ? 1 : 0;
        if (!c.isCompared()) {
            return sentences.get("salesdiag.change.notComparable", period,
                    sentences.get("salesdiag.change.why." + c.notComparable()), quarter);
        }
        double before = c.earlierCents() / 100d;
        double after = c.currentCents() / 100d;
        double change = Math.abs(c.changeCents() / 100d);
        if (c.changeCents() == 0) {
            return sentences.get("salesdiag.change.same", 0, change, period, before, after, quarter);
        }
        if (c.relativeChange() == null) {
            return sentences.get("salesdiag.change.fromZero", 0, change, period, before, after, quarter);
        }
        return sentences.get(c.isFall() ? "salesdiag.change.fell" : "salesdiag.change.rose",
                Math.abs(c.relativeChange()), change, period, before, after, quarter);
    }

    /** Who the fall came from, fewer or smaller deals, people who joined or left. */
    private String explanation(RevenueChange fall) {
        StringBuilder text = new StringBuilder();
        int quarter = fall.earlierPeriod().contains("Q") ? 1 : 0;
        String period = sentences.period(fall.earlierPeriod());
        ChangeContribution main = fall.contributors().stream().filter(ChangeContribution::isFall).findFirst()
                .orElse(null);
        if (main != null) {
            long rises = fall.contributors().stream().filter(c -> c.changeCents() > 0)
                    .mapToLong(ChangeContribution::changeCents).sum();
            text.append(' ').append(sentences.get("salesdiag.change.main", period,
                    name(main.subjectType(), main.subjectId()), main.getShare(), -main.changeCents() / 100d, quarter));
            if (rises > 0) {
                text.append(' ').append(sentences.get("salesdiag.change.offset", rises / 100d));
            }
            text.append(standing(main.subjectType(), main.subjectId(), fall.basis()));
        }
        ProductsChange products = fall.products();
        ChangeContribution product = products == null ? null
                : products.contributors().stream().filter(ChangeContribution::isFall).findFirst().orElse(null);
        if (product != null && products.changeCents() < 0) {
            text.append(' ').append(sentences.get("salesdiag.change.product",
                    name(SubjectType.PRODUCT, product.subjectId()), product.getShare(), -product.changeCents() / 100d));
            text.append(standing(SubjectType.PRODUCT, product.subjectId(), fall.basis()));
        }
        VolumeValue v = fall.volumeValue();
        if (v != null) {
            text.append(' ').append(sentences.get("salesdiag.change.volumeValue", v.dealsEarlier(), v.dealsCurrent(),
                    v.averageEarlierCents() / 100d, v.averageCurrentCents() / 100d, v.volumeCents() / 100d,
                    v.valueCents() / 100d, v.interactionCents() / 100d));
        }
        PeopleChange p = fall.people();
        if (p != null && (p.joined() > 0 || p.left() > 0)) {
            text.append(' ').append(sentences.get("salesdiag.change.people", p.leftCents() / 100d, p.left(),
                    p.joinedCents() / 100d, p.joined(), p.continuingCents() / 100d));
        }
        return text.toString();
    }

    private ChangeView view(RevenueChange c) {
        if (!c.isCompared()) {
            return new ChangeView(c.basis().name(), c.earlierPeriod(), c.notComparable().name(),
                    sentences.get("salesdiag.change.why." + c.notComparable()), null, null, null, null, List.of(),
                    null, null, null);
        }
        PeopleChange p = c.people();
        VolumeValue v = c.volumeValue();
        ProductsChange products = c.products();
        return new ChangeView(c.basis().name(), c.earlierPeriod(), null, null, money(c.earlierCents()),
                money(c.currentCents()), money(c.changeCents()), c.relativeChange(), contributions(c.contributors()),
                p == null ? null : new PeopleChangeView(p.continuing(), money(p.continuingCents()), p.joined(),
                        money(p.joinedCents()), p.left(), money(p.leftCents())),
                v == null ? null : new VolumeValueView(v.dealsEarlier(), v.dealsCurrent(),
                        money(v.averageEarlierCents()), money(v.averageCurrentCents()), money(v.volumeCents()),
                        money(v.valueCents()), money(v.interactionCents())),
                products == null ? null : new ProductsChangeView(money(products.earlierCents()),
                        money(products.currentCents()), money(products.changeCents()),
                        contributions(products.contributors())));
    }

    private List<ContributionView> contributions(List<ChangeContribution> parts) {
        return parts.stream().map(c -> new ContributionView(c.subjectType().name(), c.subjectId(),
                name(c.subjectType(), c.subjectId()), c.presence().name(), money(c.changeCents()),
                BigDecimal.valueOf(c.shareBasisPoints(), 4))).toList();
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private String name(SubjectType type, String id) {
        return names.getOrDefault(key(type, id), id);
    }

    private static String key(SubjectType type, String id) {
        return type + "/" + id;
    }

    private static String nameOr(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
