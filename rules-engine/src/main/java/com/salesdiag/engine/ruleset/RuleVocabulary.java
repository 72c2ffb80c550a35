package com.salesdiag.engine.ruleset;

import java.util.List;

/** The words a rule's metadata may use where the product depends on them. */
public final class RuleVocabulary {

    /**
     * {@code @kind} of a finding: how the answer ranks and groups it. {@code unverified}: a check that could not be
     * made on enough data ({@link #NOT_ENOUGH_DATA}); it neither establishes nor excludes the cause it names.
     */
    public static final List<String> KINDS = List.of("outcome", "cause", "personal", "positive", "risk", "unverified");

    /** The code of a finding of kind {@code unverified}; its evidence {@code cause} names the cause not verified. */
    public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";

    /** {@code @owner}: who acts on a recommendation; the answer groups recommendations by owner, in this order. */
    public static final List<String> OWNERS = List.of("SALES_MANAGER", "PRODUCTION", "CUSTOMER_SERVICE", "MARKETING", "HR");

    private RuleVocabulary() {
    }
}
