package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;
import org.kie.api.definition.rule.Rule;

import java.util.List;
import java.util.Map;

/**
 * Builds derived facts from the metadata of the rule that fires, so that a code, kind or ladder step is
 * written once, in the rule's header, and not again in its consequence.
 */
public final class Derive {

    private Derive() {
    }

    public static Finding finding(Rule rule, SubjectType subjectType, String subjectId, List<Evidence> evidence) {
        return finding(rule, text(rule.getMetaData(), "code", rule), subjectType, subjectId, evidence);
    }

    /** For a rule whose code comes from data, e.g. the goal band an attainment falls in. */
    public static Finding finding(Rule rule, String code, SubjectType subjectType, String subjectId,
                                  List<Evidence> evidence) {
        Map<String, Object> meta = rule.getMetaData();
        return new Finding(code, text(meta, "kind", rule), step(meta, rule), subjectType, subjectId,
                rule.getName(), evidence);
    }

    public static Recommendation recommendation(Rule rule, SubjectType subjectType, String subjectId,
                                                String basedOn, List<Evidence> evidence) {
        return recommendation(rule, subjectType, subjectId, "", basedOn, evidence);
    }

    public static Recommendation recommendation(Rule rule, SubjectType subjectType, String subjectId,
                                                String incentive, String basedOn, List<Evidence> evidence) {
        Map<String, Object> meta = rule.getMetaData();
        List<String> findings = basedOn == null || basedOn.isBlank() ? List.of() : List.of(basedOn.split(","));
        return new Recommendation(text(meta, "code", rule), step(meta, rule), subjectType, subjectId,
                incentive == null ? "" : incentive, findings, rule.getName(), evidence);
    }

    public static CauseExcluded excluded(Rule rule, SubjectType subjectType, String subjectId,
                                         List<Evidence> evidence) {
        Map<String, Object> meta = rule.getMetaData();
        return new CauseExcluded(text(meta, "stage", rule), text(meta, "code", rule), subjectType, subjectId,
                rule.getName(), evidence);
    }

    private static String text(Map<String, Object> meta, String key, Rule rule) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }

    private static int step(Map<String, Object> meta, Rule rule) {
        Object value = meta.get("step");
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalStateException("Rule '" + rule.getName() + "' has no numeric @step metadata");
    }
}
