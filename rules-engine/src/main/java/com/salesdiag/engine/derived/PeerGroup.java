package com.salesdiag.engine.derived;

/** One group of salespeople compared with each other; derived once per group so benchmarks run once. */
public record PeerGroup(String id) {
}
