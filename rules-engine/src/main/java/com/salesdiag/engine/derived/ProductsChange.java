package com.salesdiag.engine.derived;

import java.util.List;

/**
 * The change of the products' own revenue (ProductPerformance.revenue, reported apart from the salespeople's results,
 * so its total may differ from the company's) with each product's part; the parts add up to {@code changeCents}.
 */
public record ProductsChange(long earlierCents, long currentCents, long changeCents,
                             List<ChangeContribution> contributors) {

    public ProductsChange {
        contributors = List.copyOf(contributors);
    }
}
