package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

/**
 * One figure from outside sales (on-time rate, share of deals lost on price, leads, demand...) for one department,
 * product or the company, in the period under diagnosis beside the same figure in an earlier period, so that a rule
 * can say what moved between the two: {@code FigureChange(figure == "leads", relativeChange <= -0.33)} is "leads
 * fell by more than a third". Made only when the figure is known in both periods: a figure not sent for either
 * period moves nowhere (docs/domain.md invariant 6). The figures and their names are listed in docs/change.md.
 *
 * @param change              current - earlier, in the figure's own unit (points for a rate: 0.96 to 0.78 is -0.18)
 * @param relativeChange      change / earlier; null when the earlier figure is zero
 * @param earlierObservations what the earlier figure rests on (orders, lost deals, answers), null when not known,
 *                            so that a rule can hold a move to the table's minimum of observations (invariant 7)
 * @param currentObservations the same for the period under diagnosis
 */
public record FigureChange(SubjectType subjectType, String subjectId, String figure, ChangeBasis basis,
                           String period, String earlierPeriod, double earlier, double current, double change,
                           Double relativeChange, Integer earlierObservations, Integer currentObservations) {

    public static FigureChange of(SubjectType subjectType, String subjectId, String figure, ChangeBasis basis,
                                  String period, String earlierPeriod, double earlier, double current,
                                  Integer earlierObservations, Integer currentObservations) {
        double e = Figures.stable(earlier);
        double c = Figures.stable(current);
        return new FigureChange(subjectType, subjectId, figure, basis, period, earlierPeriod, e, c,
                Figures.stable(c - e), e == 0 ? null : Figures.stable((c - e) / e), earlierObservations,
                currentObservations);
    }

    /**
     * The code of a finding that this figure moved: {@code FIGURE_MOVED_PREVIOUS_PERIOD} or
     * {@code FIGURE_MOVED_YEAR_EARLIER}, so that moves since different periods stay apart in the answer.
     */
    public String movedCode() {
        return "FIGURE_MOVED_" + basis.name();
    }
}
