package com.salesdiag.service.reviews;

/** Where a case stands: the outcome of its latest decision, OPEN before any. Only a person's decision changes it. */
public enum CaseStatus {
    /** Waiting for a decision. */
    OPEN,
    /** Decided to decide later: still open, and later diagnoses still join it. */
    DEFERRED,
    /** The recommendation was upheld. Closed. */
    UPHELD,
    /** The recommendation was rejected. Closed. */
    REJECTED;

    boolean open() {
        return this == OPEN || this == DEFERRED;
    }
}
