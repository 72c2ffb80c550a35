package com.salesdiag.engine.facts;

/**
 * Demand in the market, from outside the company.
 *
 * @param departmentId the department's market; null for the whole company's
 * @param demandChange relative change of demand against the previous period (-0.08 = down 8 %)
 */
public record MarketIndicator(String departmentId, String period, double demandChange) {
}
