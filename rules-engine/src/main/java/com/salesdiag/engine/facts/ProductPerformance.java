package com.salesdiag.engine.facts;

/**
 * A product against its competitors in one period. A figure that is null was not sent.
 *
 * @param qualityScore           our quality or feature score (any scale, same as the competitor's)
 * @param competitorQualityScore the best competing product's score on the same scale
 * @param priceIndex             our price divided by the competitors' average price (1.0 = on par)
 * @param revenue                what the product sold in the period, all salespeople together
 */
public record ProductPerformance(String productId, String period, Double qualityScore,
                                 Double competitorQualityScore, Double priceIndex, Double revenue) {
}
