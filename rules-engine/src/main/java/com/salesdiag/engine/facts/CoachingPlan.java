package com.salesdiag.engine.facts;

import java.time.LocalDate;

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
}
