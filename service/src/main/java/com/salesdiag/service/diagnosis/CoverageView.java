package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.derived.PeriodCalendar;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Coverage", description = "Present only when the facts cover part of the period under diagnosis "
        + "(dataThrough before its end, or a period not over yet): how much, and how goals were judged")
public record CoverageView(
        LocalDate periodStart, LocalDate periodEnd, LocalDate dataThrough, long daysCovered, long days,
        @Schema(description = "PRORATED: goals count in proportion to the days covered; NOT_JUDGED: nobody is "
                + "measured against the goal of the whole period") String goals,
        @Schema(description = "What that means for this answer, in one sentence") String summary) {

    static final String PRORATED = "PRORATED";
    static final String NOT_JUDGED = "NOT_JUDGED";

    /** Null when the facts cover the whole period. */
    static CoverageView of(CompanyFacts facts, Sentences sentences) {
        Period period = PeriodCalendar.underDiagnosis(facts);
        if (period.isComplete()) {
            return null;
        }
        String goals = period.prorated() ? PRORATED : NOT_JUDGED;
        String summary = sentences.get("salesdiag.coverage." + goals, sentences.period(period.id()),
                sentences.date(period.dataThrough()), period.getDaysCovered(), period.getDays(),
                (double) period.getDaysCovered() / period.getDays());
        return new CoverageView(period.start(), period.end(), period.dataThrough(), period.getDaysCovered(),
                period.getDays(), goals, summary);
    }

    boolean judged() {
        return PRORATED.equals(goals);
    }
}
