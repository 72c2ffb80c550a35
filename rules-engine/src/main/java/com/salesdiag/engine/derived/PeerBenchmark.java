package com.salesdiag.engine.derived;

/**
 * Sum and count of salesperson attainment ratios in one peer group and period. The peers' average for one
 * person excludes that person: {@link #averageWithout(double)}.
 */
public record PeerBenchmark(String peerGroup, String period, double ratioSum, long count) {

    public boolean hasPeersBesides() {
        return count > 1;
    }

    public double averageWithout(double ownRatio) {
        return count > 1 ? Figures.stable((ratioSum - ownRatio) / (count - 1)) : ownRatio;
    }
}
