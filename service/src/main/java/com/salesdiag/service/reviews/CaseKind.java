package com.salesdiag.service.reviews;

/** The recommendations that open a review case: both are about one person and need people to decide. */
public enum CaseKind {
    HR_DISMISSAL_REVIEW,
    PERSONAL_COACHING;

    static CaseKind of(String action) {
        for (CaseKind kind : values()) {
            if (kind.name().equals(action)) {
                return kind;
            }
        }
        return null;
    }
}
