package com.salesdiag.service.reviews;

/**
 * What follows from a decision on a case, by the case's kind. The service carries none of it out: people do, and a
 * coaching plan comes back as facts (coachingPlans) that later diagnoses judge.
 */
public enum FollowUp {
    /** Coaching upheld: a coaching or additional-training plan is drawn up, documented and sent with the facts. */
    COACHING_PLAN,
    /** Coaching rejected: no plan; the case is closed. */
    NO_PLAN,
    /** Dismissal review upheld: the employer's procedure starts, with a formal written warning the employee answers. */
    FORMAL_WARNING,
    /** Dismissal review rejected: the review ends, no measure follows. */
    REVIEW_ENDED,
    /** Deferred: the case stays open, later diagnoses join it, a decision is still owed. */
    DECISION_PENDING;

    public static FollowUp of(CaseKind kind, Decision decision) {
        if (decision == Decision.DEFERRED) {
            return DECISION_PENDING;
        }
        boolean upheld = decision == Decision.UPHELD;
        return kind == CaseKind.PERSONAL_COACHING ? (upheld ? COACHING_PLAN : NO_PLAN)
                : (upheld ? FORMAL_WARNING : REVIEW_ENDED);
    }
}
