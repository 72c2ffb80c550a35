package com.salesdiag.engine.answer;

import java.util.List;

/**
 * The engine's answer for one company and period: what is wrong or right, and what to do, ranked by ladder
 * step. The same facts and the same ruleset always give an equal Diagnosis.
 *
 * @param withheld   corrective actions the rules recommended and the engine held back because they would break an
 *                   invariant of the domain; empty unless a rule was edited into breaking one
 * @param unverified the checks of the ladder that could not be made, for lack of data or of enough data
 */
public record Diagnosis(String companyId, String period, String rulesetVersion,
                        List<DiagnosedFinding> findings, List<DiagnosedRecommendation> recommendations,
                        List<WithheldAction> withheld, List<UnverifiedCheck> unverified) {

    public Diagnosis {
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
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
