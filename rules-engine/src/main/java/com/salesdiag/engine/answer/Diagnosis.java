package com.salesdiag.engine.answer;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * The engine's answer for one company and period: what is wrong or right, and what to do, ranked by ladder
 * step. The same facts and the same ruleset always give an equal Diagnosis.
 *
 * @param withheld   corrective actions the rules recommended and the engine held back because they would break an
 *                   invariant of the domain; empty unless a rule was edited into breaking one
 * @param unverified the checks of the ladder that could not be made, for lack of data or of enough data
 * @param changes    revenue against the previous period and the same period a year earlier, per scope, or why it
 *                   could not be compared (company, departments, salespeople, products, each by id)
 */
public record Diagnosis(String companyId, String period, String rulesetVersion,
                        List<DiagnosedFinding> findings, List<DiagnosedRecommendation> recommendations,
                        List<WithheldAction> withheld, List<UnverifiedCheck> unverified,
                        List<RevenueChange> changes) {

    public Diagnosis {
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public Diagnosis(String companyId, String period, String rulesetVersion, List<DiagnosedFinding> findings,
                     List<DiagnosedRecommendation> recommendations, List<WithheldAction> withheld,
                     List<UnverifiedCheck> unverified) {
        this(companyId, period, rulesetVersion, findings, recommendations, withheld, unverified, List.of());
    }

    /** The change of one scope against one earlier period; null when the facts name no such scope. */
    public RevenueChange change(SubjectType type, String subjectId, ChangeBasis basis) {
        return changes.stream().filter(c -> c.subjectType() == type && c.subjectId().equals(subjectId)
                && c.basis() == basis).findFirst().orElse(null);
    }

    public Diagnosis(String companyId, String period, String rulesetVersion, List<DiagnosedFinding> findings,
                     List<DiagnosedRecommendation> recommendations, List<WithheldAction> withheld) {
        this(companyId, period, rulesetVersion, findings, recommendations, withheld, List.of());
    }

    public Diagnosis(String companyId, String period, String rulesetVersion, List<DiagnosedFinding> findings,
                     List<DiagnosedRecommendation> recommendations) {
        this(companyId, period, rulesetVersion, findings, recommendations, List.of(), List.of());
    }

    public List<DiagnosedFinding> findingsFor(String subjectId) {
        return findings.stream().filter(f -> f.subjectId().equals(subjectId)).toList();
    }

    public List<DiagnosedRecommendation> recommendationsFor(String subjectId) {
        return recommendations.stream().filter(r -> r.subjectId().equals(subjectId)).toList();
    }
}
