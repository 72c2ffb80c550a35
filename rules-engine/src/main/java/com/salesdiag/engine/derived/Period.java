package com.salesdiag.engine.derived;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A calendar period as the rules see it: ordered by {@code index} so that rules can say "the periods after a
 * coaching plan ended" without parsing strings.
 * <p>
 * The period under diagnosis may be covered only in part: {@code dataThrough} is then the last day the facts cover
 * (null: the whole period). Rules read {@code complete} before judging anybody personally, and {@code goalJudged}
 * before measuring anybody against the goal: a partial period is measured only against goals prorated to the
 * days covered ({@code prorated}), never against the whole period's goal.
 */
public record Period(String id, int index, LocalDate start, LocalDate end, boolean underDiagnosis,
                     LocalDate dataThrough, boolean prorated) {

    public Period {
        if (dataThrough != null && !dataThrough.isBefore(end)) {
            dataThrough = null;
        }
        if (dataThrough == null) {
            prorated = false;
        }
    }

    public Period(String id, int index, LocalDate start, LocalDate end, boolean underDiagnosis) {
        this(id, index, start, end, underDiagnosis, null, false);
    }

    /** This period covered by the facts only through {@code through}; from its start, at least one day. */
    public Period coveredThrough(LocalDate through, boolean prorate) {
        if (through.isBefore(start)) {
            throw new IllegalArgumentException("data through " + through + " ends before period " + id
                    + " starts (" + start + ")");
        }
        return new Period(id, index, start, end, underDiagnosis, through, prorate);
    }

    /** Whether the facts cover the whole period. */
    public boolean isComplete() {
        return dataThrough == null;
    }

    /** Whether anybody may be measured against the goals of this period: complete, or partial with goals prorated. */
    public boolean isGoalJudged() {
        return dataThrough == null || prorated;
    }

    public long getDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public long getDaysCovered() {
        return dataThrough == null ? getDays() : ChronoUnit.DAYS.between(start, dataThrough) + 1;
    }

    /** The goal that this period's facts are measured against: the whole target, or its share of the days covered. */
    public double goal(double target) {
        return prorated ? target * getDaysCovered() / getDays() : target;
    }
}
