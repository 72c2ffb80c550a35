package com.salesdiag.engine.derived;

/** A named tolerance or limit, inserted by the thresholds decision table. */
public record Threshold(String key, double value) {
}
