package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * An action the rules recommend to people. Never an action taken: {@code HR_DISMISSAL_REVIEW} asks humans to
 * review.
 *
 * @param incentive for RECOGNIZE, the incentive chosen by tier; empty otherwise
 * @param basedOn   the finding codes it follows from
 */
public record Recommendation(String action, int step, SubjectType subjectType, String subjectId,
                             String incentive, List<String> basedOn, String rule, List<Evidence> evidence) {
}
