package com.salesdiag.engine.facts;

import java.time.LocalDate;

/**
 * How much of the period under diagnosis the facts cover, when not all of it: the data runs to {@code dataThrough}
 * (a quarter diagnosed in its fifth week, an export cut on a date). A full-period goal is then not a fair measure
 * (DOMAIN invariant 7): without {@code prorateGoals} nobody is judged against the goal; with it, goals count in
 * proportion to the days covered. Either way nobody is coached, sent to HR or recognised on part of a period.
 *
 * @param dataThrough  the last day the facts of the period under diagnosis cover
 * @param prorateGoals whether goals are judged prorated to the days covered, instead of not judged
 */
public record PeriodCoverage(LocalDate dataThrough, boolean prorateGoals) {
}
