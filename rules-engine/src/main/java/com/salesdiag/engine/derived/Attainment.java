package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.GoalLevel;

import java.time.LocalDate;

/**
 * Actual against target for one subject in one period. For salespeople, {@code departmentId} and
 * {@code peerGroup} are copied from the person so that rules join without another pattern.
 *
 * @param underDiagnosis copied from the period, so that rules about the period under diagnosis filter on it
 *                       directly instead of joining every period's attainments with the Period fact
 * @param goalsAddedUp   0 when the subject has a goal of its own; otherwise a department or the company without
 *                       one, measured against the sum of this many salespeople's goals (and what they sold)
 */
public record Attainment(GoalLevel level, String subjectId, String departmentId, String peerGroup,
                         String period, int periodIndex, LocalDate periodStart, boolean underDiagnosis,
                         double actual, double target, double ratio, int goalsAddedUp) {

    /** Measured against the subject's own goal. */
    public Attainment(GoalLevel level, String subjectId, String departmentId, String peerGroup, String period,
                      int periodIndex, LocalDate periodStart, boolean underDiagnosis, double actual, double target,
                      double ratio) {
        this(level, subjectId, departmentId, peerGroup, period, periodIndex, periodStart, underDiagnosis, actual,
                target, ratio, 0);
    }

    /** Whether the target is the sum of the salespeople's goals, the subject having none of its own. */
    public boolean isRolledUp() {
        return goalsAddedUp > 0;
    }

    public com.salesdiag.engine.facts.SubjectType subjectType() {
        return com.salesdiag.engine.facts.SubjectType.valueOf(level.name());
    }

    public double shortfall() {
        return Math.max(0, target - actual);
    }
}
