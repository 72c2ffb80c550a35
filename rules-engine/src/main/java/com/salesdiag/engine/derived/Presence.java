package com.salesdiag.engine.derived;

/**
 * Whether a contributor has revenue recorded in both periods compared, or in one only. A salesperson with no result
 * for a period counts as absent from it only when that period's results were sent for others: otherwise the whole
 * comparison is impossible, never a "joined" or "left" (DOMAIN invariant 6). Absent means no result recorded: a
 * person who joined or left, or one who sold nothing that was recorded; the facts do not tell them apart.
 */
public enum Presence {
    BOTH,
    /** Revenue recorded in the period under diagnosis only: joined, or no result recorded earlier. */
    ONLY_CURRENT,
    /** Revenue recorded in the earlier period only: left, or no result recorded now. */
    ONLY_EARLIER
}
