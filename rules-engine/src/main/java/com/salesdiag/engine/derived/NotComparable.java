package com.salesdiag.engine.derived;

/** Why a comparison of revenue between two periods could not be made: what was missing, never a guess. */
public enum NotComparable {
    /** No sales results were sent at all. */
    RESULTS_NOT_SENT,
    /** The facts cover only part of the period under diagnosis: a part is not compared with a whole period. */
    PERIOD_PARTLY_COVERED,
    /** No result of anybody for the period under diagnosis. */
    NO_RESULTS_FOR_PERIOD,
    /** No result of anybody for the earlier period: it is not in the facts. */
    NO_RESULTS_FOR_EARLIER_PERIOD,
    /** Nobody of the scope has a result in either period. */
    NO_RESULTS_IN_SCOPE,
    /** The salesperson has no result for the earlier period while others have: joined, or no sale recorded. */
    NO_RESULT_EARLIER,
    /** The salesperson has no result for the period under diagnosis while others have: left, or no sale recorded. */
    NO_RESULT_NOW,
    /** No product performance was sent at all. */
    PRODUCT_PERFORMANCE_NOT_SENT,
    /** No product revenue for the earlier period. */
    NO_PRODUCT_REVENUE_EARLIER,
    /** No product revenue for the period under diagnosis. */
    NO_PRODUCT_REVENUE_NOW
}
