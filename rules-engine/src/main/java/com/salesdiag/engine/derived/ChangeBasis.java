package com.salesdiag.engine.derived;

/** What the period under diagnosis is compared with. */
public enum ChangeBasis {
    /** The period just before: the previous quarter or month. */
    PREVIOUS_PERIOD,
    /** The same period a year earlier: four quarters or twelve months back. */
    YEAR_EARLIER
}
