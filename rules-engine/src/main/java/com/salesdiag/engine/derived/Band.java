package com.salesdiag.engine.derived;

/**
 * One band of a scale, lower bound inclusive, upper bound exclusive (e.g. scale "goal", code GOAL_MET,
 * 0.95..1.10). Inserted by the thresholds decision table.
 */
public record Band(String scale, String code, double lower, double upper) {

    public boolean contains(double value) {
        return value >= lower && value < upper;
    }
}
