package com.salesdiag.engine.ruleset;

import java.util.List;

/** The words a rule's metadata may use where the product depends on them. */
public final class RuleVocabulary {

    /** {@code @kind} of a finding: how the answer ranks and groups it. */
    public static final List<String> KINDS = List.of("outcome", "cause", "personal", "positive", "risk");

    /** {@code @owner}: who acts on a recommendation; the answer groups recommendations by owner, in this order. */
    public static final List<String> OWNERS = List.of("SALES_MANAGER", "PRODUCTION", "CUSTOMER_SERVICE", "MARKETING", "HR");

    private RuleVocabulary() {
    }
}
