package com.salesdiag.engine.facts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of fact a company may send, each a list of {@link CompanyFacts}. A kind that was not sent is unknown,
 * never "none happened": no trainings sent says nothing about training, while an empty list of trainings says
 * nobody was trained (DOMAIN invariant 6).
 */
public enum FactKind {
    GOALS("goals"),
    RESULTS("results"),
    PRODUCT_PERFORMANCE("productPerformance"),
    DELIVERY("delivery"),
    CUSTOMER_SERVICE("customerService"),
    MARKETING("marketing"),
    MARKET_INDICATORS("marketIndicators"),
    TRAININGS("trainings"),
    COACHING_PLANS("coachingPlans"),
    RECOGNITIONS("recognitions"),
    FEEDBACK("feedback"),
    TECHNIQUES("techniques");

    private final String listName;

    FactKind(String listName) {
        this.listName = listName;
    }

    /** The name of the list (and of the CSV file) that carries this kind of fact. */
    public String listName() {
        return listName;
    }

    public static Optional<FactKind> ofListName(String name) {
        return Arrays.stream(values()).filter(k -> k.listName.equals(name)).findFirst();
    }
}
