package com.salesdiag.engine.derived;

/**
 * One salesperson's attainment beside the average of the others in the peer group, in one period. Exists
 * only when there is at least one peer to compare with.
 */
public record PeerComparison(String salespersonId, String period, double ratio, double peerAverage, long peers) {
}
