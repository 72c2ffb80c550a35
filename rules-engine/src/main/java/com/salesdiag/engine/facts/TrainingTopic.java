package com.salesdiag.engine.facts;

/** The training the source asks for: products, target audience, sales strategy, or one named product. */
public enum TrainingTopic {
    PRODUCT_KNOWLEDGE, TARGET_AUDIENCE, SALES_STRATEGY, PRODUCT;

    private static final java.util.List<TrainingTopic> CORE = java.util.List.of(PRODUCT_KNOWLEDGE, TARGET_AUDIENCE, SALES_STRATEGY);

    /** The topics every salesperson needs, again and again: training is not a one-off event. */
    public static java.util.List<TrainingTopic> core() {
        return CORE;
    }
}
