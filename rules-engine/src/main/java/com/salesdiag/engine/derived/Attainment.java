package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.GoalLevel;

import java.time.LocalDate;

/**
 * Actual against target for one subject in one period. For salespeople, {@code departmentId} and
 * {@code peerGroup} are copied from the person so that rules join without another pattern.
 *
 * @param underDiagnosis copied from the period, so that rules about the period under diagnosis filter on it
 *                       directly instead of joining every period's attainments with the Period fact
 */
public record Attainment(GoalLevel level, String subjectId, String departmentId, String peerGroup,
                         String period, int periodIndex, LocalDate periodStart, boolean underDiagnosis,
                         double actual, double target, double ratio) {

    public com.salesdiag.engine.facts.SubjectType subjectType() {
        return com.salesdiag.engine.facts.SubjectType.valueOf(level.name());
    }

    public double shortfall() {
        return Math.max(0, target - actual);
    }
}
