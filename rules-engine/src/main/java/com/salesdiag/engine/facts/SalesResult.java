package com.salesdiag.engine.facts;

/**
 * What one salesperson sold in one period. Every figure but the revenue is null when not sent: no lost deals
 * sent is not "no deal lost".
 *
 * @param lostOnPrice     deals lost because the price was not competitive
 * @param lostOnProduct   deals lost for product function or quality
 * @param averageDiscount average discount granted, 0..1
 */
public record SalesResult(String salespersonId, String period, double revenue, Integer dealsWon, Integer dealsLost,
                          Integer lostOnPrice, Integer lostOnProduct, Double averageDiscount) {
}
