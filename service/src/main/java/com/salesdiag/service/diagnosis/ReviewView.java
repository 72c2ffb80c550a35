package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.Languages;
import com.salesdiag.engine.answer.CoachingOutcome;
import com.salesdiag.engine.answer.ReviewRecord;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The engine's review record, with the statement in the request's language. */
@Schema(name = "Review", description = "What an HR partner needs to review a corrective recommendation: the shortfall "
        + "period by period, how long, the causes excluded with their figures, training and coaching before and after")
public record ReviewView(String salespersonId, String salespersonName, String departmentId,
                         @Schema(description = "The department's name (its id in records made before names were kept)")
                         String departmentName,
                         List<PeriodShortfall> periods,
                         @Schema(description = "Periods in a row, up to the one under diagnosis, below goal")
                         int consecutivePeriodsMissed, String shortfallSince,
                         List<CauseExcluded> excludedCauses,
                         @Schema(description = "Upstream stages with no figures to exclude them") List<String> causesNotVerified,
                         @Schema(description = "null when no trainings were sent: not known, not none") List<TrainingAttended> trainings,
                         @Schema(description = "null when no coaching plans were sent: not known, not none") List<CoachingResult> coaching,
                         @Schema(description = "That this is a recommendation for human review, not a decision")
                         String statement) {

    @Schema(description = "A training the salesperson attended")
    public record TrainingAttended(@Schema(example = "PRODUCT") String topic, String productId, LocalDate date) {
    }

    @Schema(description = "A coaching or additional-training plan, with the average attainment of the periods that "
            + "ended before it started and of those that started after it ended")
    public record CoachingResult(String plan, @Schema(example = "COACHING") String kind, LocalDate start, LocalDate end,
                                 @Schema(example = "COMPLETED_INEFFECTIVE") String status,
                                 String documentation, int periodsBefore, Double attainmentBefore, int periodsAfter,
                                 Double attainmentAfter) {

        static CoachingResult of(CoachingOutcome o) {
            return new CoachingResult(o.plan().id(), name(o.plan().kind()), o.plan().start(), o.plan().end(),
                    name(o.plan().status()), o.plan().documentation(), o.periodsBefore(), o.attainmentBefore(),
                    o.periodsAfter(), o.attainmentAfter());
        }
    }

    @Schema(description = "One period of the salesperson's record against the goal and the peers")
    public record PeriodShortfall(String period, double actual, double target, double attainment,
                                  double shortfallAgainstGoal,
                                  @Schema(description = "null without peers") Double peerAverage,
                                  Double gapAgainstPeers) {
    }

    @Schema(description = "An upstream cause checked on real figures and found not to stand")
    public record CauseExcluded(String stage, String code, String subjectType, String subjectId,
                                @Schema(description = "The department, product, person or company checked, by name",
                                        example = "Centro-Sud") String subjectName,
                                String rule, List<EvidenceView> evidence,
                                @Schema(description = "What was checked against what limit, in the request's "
                                        + "language; null when the rule has no sentence (records made before "
                                        + "exclusions had sentences, or a rule written without one)",
                                        example = "Deliveries for Centro-Sud are on time: 96% on time (at least 95%), "
                                                + "average delay 3 days (at most 5), backlog 8 days (at most 20).")
                                String explanation) {
    }

    static ReviewView of(ReviewRecord r, String language) {
        return new ReviewView(r.salespersonId(), r.salespersonName(), r.departmentId(),
                r.departmentName() == null ? r.departmentId() : r.departmentName(),
                r.periods().stream().map(p -> new PeriodShortfall(p.period(), p.actual(), p.target(), p.attainment(),
                        p.shortfallAgainstGoal(), p.peerAverage(), p.gapAgainstPeers())).toList(),
                r.consecutivePeriodsMissed(), r.shortfallSince(),
                r.excludedCauses().stream().map(c -> new CauseExcluded(c.stage(), c.code(), c.subjectType().name(),
                        c.subjectId(), c.subjectName() == null ? c.subjectId() : c.subjectName(), c.rule(),
                        EvidenceView.of(c.evidence()), c.explanation() == null || c.explanation().isEmpty() ? null
                                : Languages.pick(c.explanation(), language))).toList(), r.causesNotVerified(),
                r.trainings() == null ? null
                        : r.trainings().stream().map(t -> new TrainingAttended(name(t.topic()), t.productId(), t.date())).toList(),
                r.coaching() == null ? null : r.coaching().stream().map(CoachingResult::of).toList(),
                Languages.pick(r.statement(), language));
    }

    /** An enum of the facts by its name, as Jackson wrote it; null stays null. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
