package com.salesdiag.engine.facts;

/**
 * Production and delivery for one product or one department in one period.
 *
 * @param onTimeRate       share of orders delivered on time, 0..1
 * @param averageDelayDays average delay of late orders
 * @param backlogDays      open orders expressed in days of production
 */
public record DeliveryPerformance(DeliveryScope scope, String scopeId, String period, double onTimeRate,
                                  double averageDelayDays, double backlogDays) {
}
