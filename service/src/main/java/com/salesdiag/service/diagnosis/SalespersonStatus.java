package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Where one salesperson stands in the period, in one word and one sentence")
public record SalespersonStatus(
        String id, String name, String departmentId,
        Status status,
        String summary,
        Double attainment, Double actual, Double target,
        @Schema(description = "A top performer not recognised for long: may leave for a competitor") boolean retentionRisk,
        @Schema(description = "Codes of the findings about this person") List<String> findings,
        @Schema(description = "Codes of the actions recommended for this person") List<String> recommendations,
        @Schema(description = "Causes that could not be checked for this person (their company, department, products "
                + "or own), for lack of data or of enough data: an action on the person rests on them not being the "
                + "cause") List<String> causesNotVerified) {

    /** In order of precedence: the first that applies is the status. */
    public enum Status {
        /** An HR dismissal review is recommended (to people, never decided by the engine). */
        HR_REVIEW,
        /** Personal coaching or additional training is recommended. */
        COACHING,
        /** Goal exceeded well above the peers: recognised with an incentive. */
        TOP_PERFORMER,
        /** Goal met or exceeded: recognised. */
        ON_TRACK,
        /** Goal missed while a cause upstream of the person stands (product, price, delivery, service, marketing,
         * market, systemic shortfall, training, goals not discussed). */
        BLOCKED_BY_UPSTREAM_CAUSE,
        /** Goal missed, no cause found and no action on the person warranted (e.g. in ramp-up, close to peers). */
        BELOW_GOAL,
        /** A goal and a result, but the facts cover only part of the period and goals are not prorated. */
        NOT_JUDGED,
        /** No goal or no result for the period. */
        NO_GOAL
    }
}
