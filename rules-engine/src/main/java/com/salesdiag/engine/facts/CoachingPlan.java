package com.salesdiag.engine.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Personal coaching or additional training for one salesperson.
 *
 * @param documentation where the plan, its goals and its sessions are written down; blank if undocumented
 */
public record CoachingPlan(String id, String salespersonId, PlanKind kind, LocalDate start, LocalDate end,
                           PlanStatus status, String documentation) {

    public boolean documented() {
        return documentation != null && !documentation.isBlank();
    }

    /**
     * Days the plan ran, first and last included; 0 when either date is missing or they are reversed. Named as a
     * getter so that rules read it as the property {@code days}, which Drools' property reactivity understands (a
     * method call compared with another pattern's value makes the whole pattern class-reactive). Not part of the
     * facts as JSON: a plan is sent with its dates.
     */
    @JsonIgnore
    public long getDays() {
        return start == null || end == null || end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Letters and digits in the documentation: "x", "-", "n/a" or "tbd" are not where a plan is written down, while
     * a reference such as "HR-2026-014" is. The ladder compares it with a threshold of the decision table; a getter
     * for the same reason as {@link #getDays()}.
     */
    @JsonIgnore
    public int getDocumentationCharacters() {
        return documentation == null ? 0 : (int) documentation.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
