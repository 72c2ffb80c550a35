package com.salesdiag.service.diagnosis;

/**
 * How much of a shortfall one cause explains, before scaling, and how that was worked out: a message code and
 * its figures, so that the reader can redo the sum.
 *
 * @param amount null when the figures do not allow an estimate
 */
record Estimate(Double amount, String method, Object[] figures) {

    static Estimate none() {
        return new Estimate(null, "salesdiag.estimate.none", new Object[0]);
    }
}
