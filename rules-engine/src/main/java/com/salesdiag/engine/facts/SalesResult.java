package com.salesdiag.engine.facts;

/**
 * What one salesperson sold in one period.
 *
 * @param lostOnPrice     deals lost because the price was not competitive
 * @param lostOnProduct   deals lost for product function or quality
 * @param averageDiscount average discount granted, 0..1
 */
public record SalesResult(String salespersonId, String period, double revenue, int dealsWon, int dealsLost,
                          int lostOnPrice, int lostOnProduct, double averageDiscount) {
}
