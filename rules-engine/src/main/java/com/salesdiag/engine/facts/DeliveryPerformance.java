package com.salesdiag.engine.facts;

/**
 * Production and delivery for one product or one department in one period. A figure that is null was not sent:
 * the rule that needs it does not fire, and delivery is not verified on it.
 *
 * @param onTimeRate       share of orders delivered on time, 0..1
 * @param averageDelayDays average delay of late orders
 * @param backlogDays      open orders expressed in days of production
 * @param orders           how many orders the rate and the delay were measured on; null when not sent
 */
public record DeliveryPerformance(DeliveryScope scope, String scopeId, String period, Double onTimeRate,
                                  Double averageDelayDays, Double backlogDays, Integer orders) {

    public DeliveryPerformance(DeliveryScope scope, String scopeId, String period, Double onTimeRate,
                               Double averageDelayDays, Double backlogDays) {
        this(scope, scopeId, period, onTimeRate, averageDelayDays, backlogDays, null);
    }

    /**
     * The late orders behind the average delay, as the on-time rate implies them over the orders counted; null when
     * either was not sent. Written in Java because the same arithmetic inside a rule's constraint cannot be compiled
     * by Drools and runs interpreted (with a warning on every session).
     */
    public Integer lateOrders() {
        return orders == null || onTimeRate == null ? null : (int) Math.round(orders * (1 - onTimeRate));
    }

    /**
     * How many more orders were late than the on-time tolerance allows: orders times (tolerance - on-time rate),
     * negative when the rate meets the tolerance; null when either figure was not sent. A rate a little below the
     * tolerance on few orders is a couple of late orders too many, which establishes no delivery problem.
     */
    public Double lateOrdersBeyond(double onTimeTolerance) {
        return orders == null || onTimeRate == null ? null : orders * (onTimeTolerance - onTimeRate);
    }
}
