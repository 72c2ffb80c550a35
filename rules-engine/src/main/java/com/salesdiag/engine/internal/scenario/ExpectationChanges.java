package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Threshold;
import com.salesdiag.engine.rules.ExpectationChange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which expectations of a scenario an edit no longer meets, and why: the rule and figures that concluded it with
 * the rules serving (for a conclusion that went) or with the edit (for one that came), and the thresholds among
 * those figures the edit moved.
 */
public final class ExpectationChanges {

    private ExpectationChanges() {
    }

    /** Indices of the expectations {@code diagnosis} does not meet, in {@code mustContain} and {@code mustNotContain}. */
    public record Unmet(List<Integer> mustContain, List<Integer> mustNotContain) {

        public boolean isEmpty() {
            return mustContain.isEmpty() && mustNotContain.isEmpty();
        }
    }

    public static Unmet unmet(Scenario scenario, Diagnosis diagnosis) {
        Expectations expect = expectations(scenario);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < expect.mustContain().size(); i++) {
            if (!ScenarioRunner.contains(diagnosis, expect.mustContain().get(i))) {
                missing.add(i);
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < expect.mustNotContain().size(); i++) {
            if (ScenarioRunner.contains(diagnosis, expect.mustNotContain().get(i))) {
                present.add(i);
            }
        }
        return new Unmet(missing, present);
    }

    /**
     * @param serving    the scenario diagnosed with the rules serving (its figures read with their thresholds)
     * @param edited     the scenario diagnosed with the edit
     */
    public static List<ExpectationChange> of(String name, String file, Scenario scenario, Diagnosis serving,
                                             Diagnosis edited, List<Threshold> servingThresholds,
                                             List<Threshold> editedThresholds) {
        Expectations expect = expectations(scenario);
        Unmet unmet = unmet(scenario, edited);
        Map<String, String> moved = moved(servingThresholds, editedThresholds);
        List<ExpectationChange> changes = new ArrayList<>();
        for (int i : unmet.mustContain()) {
            Expectation e = expect.mustContain().get(i);
            String why = ScenarioRunner.contains(serving, e)
                    ? "the rules serving conclude it by " + because(serving, e, moved) + "; no rule of the edit does"
                    : "the rules serving do not conclude it either";
            changes.add(new ExpectationChange(name, file, e.toString(), ExpectationChange.Change.NO_LONGER_CONCLUDED,
                    why + movedNotNamed(serving, e, moved)));
        }
        for (int i : unmet.mustNotContain()) {
            Expectation e = expect.mustNotContain().get(i);
            String why = "the edit concludes it by " + because(edited, e, moved)
                    + (ScenarioRunner.contains(serving, e) ? "; so do the rules serving" : "");
            changes.add(new ExpectationChange(name, file, e.toString(), ExpectationChange.Change.NOW_CONCLUDED,
                    why + movedNotNamed(edited, e, moved)));
        }
        return changes;
    }

    private static Expectations expectations(Scenario scenario) {
        return scenario.expect() == null ? new Expectations(null, null) : scenario.expect();
    }

    /** {@code rule "On-time deliveries below tolerance" on onTimeRate 0.81, onTimeTolerance 0.95 (moved to 0.75)}. */
    private static String because(Diagnosis diagnosis, Expectation e, Map<String, String> moved) {
        ScenarioRunner.Item item = ScenarioRunner.first(diagnosis, e);
        StringBuilder text = new StringBuilder(item.rules().isEmpty() ? "a rule"
                : "rule \"" + String.join("\", \"", item.rules()) + "\"");
        List<String> figures = new ArrayList<>();
        for (Evidence evidence : item.evidence()) {
            String key = thresholdNamed(evidence.name(), moved);
            figures.add(evidence.name() + " " + plain(evidence.value())
                    + (key == null ? "" : " (" + key + " moved: " + moved.get(key) + ")"));
        }
        if (!figures.isEmpty()) {
            text.append(" on ").append(String.join(", ", figures));
        }
        return text.toString();
    }

    /** The thresholds the edit moved that the figures above do not name, so that no reason goes unsaid. */
    private static String movedNotNamed(Diagnosis diagnosis, Expectation e, Map<String, String> moved) {
        if (moved.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        if (ScenarioRunner.contains(diagnosis, e)) {
            ScenarioRunner.first(diagnosis, e).evidence().forEach(ev -> named.add(thresholdNamed(ev.name(), moved)));
        }
        List<String> others = moved.entrySet().stream().filter(m -> !named.contains(m.getKey()))
                .map(m -> m.getKey() + " " + m.getValue()).toList();
        return others.isEmpty() ? "" : " (the edit also moved " + String.join(", ", others) + ")";
    }

    /** The threshold an evidence name stands for: {@code onTimeTolerance} for {@code delivery.onTimeTolerance}. */
    private static String thresholdNamed(String evidence, Map<String, String> moved) {
        for (String key : moved.keySet()) {
            if (key.equals(evidence) || key.endsWith("." + evidence)) {
                return key;
            }
        }
        return null;
    }

    /** {@code delivery.onTimeTolerance -> "0.95 to 0.75"}, for each threshold whose value differs, or is new or gone. */
    static Map<String, String> moved(List<Threshold> before, List<Threshold> after) {
        Map<String, Double> was = new LinkedHashMap<>();
        before.forEach(t -> was.put(t.key(), t.value()));
        Map<String, String> moved = new LinkedHashMap<>();
        for (Threshold t : after) {
            Double old = was.remove(t.key());
            if (!Objects.equals(old, t.value())) {
                moved.put(t.key(), (old == null ? "new" : plain(old)) + " to " + plain(t.value()));
            }
        }
        was.forEach((key, old) -> moved.put(key, plain(old) + " to none"));
        return moved;
    }

    private static String plain(Object value) {
        if (value instanceof Double d && !d.isInfinite() && !d.isNaN()) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
