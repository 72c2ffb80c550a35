package com.salesdiag.service.reviews;

/** What HR decided on a case. */
public enum Decision {
    UPHELD, REJECTED, DEFERRED;

    CaseStatus status() {
        return CaseStatus.valueOf(name());
    }

    /** Upheld and rejected close the case, so the employee must have been heard first. */
    boolean closes() {
        return this != DEFERRED;
    }
}
