package com.salesdiag.engine.answer;

import java.util.List;
import java.util.Map;

/**
 * The words of the ladder that code outside the DRL depends on: the languages of every sentence, the kinds and
 * owners of conclusions, the goal codes, and the evidence names the answer reads from the rules' findings. Every
 * rules check holds a ruleset to them, so an edit that renames one is refused instead of silently changing answers.
 */
public final class RuleVocabulary {

    /** The languages every concluding rule has a sentence in ({@code @en}, {@code @it}), in the answer's order. */
    public static final List<String> LANGUAGES = List.of("en", "it");

    /** The goal bands: a subject's outcome in the period, in the order of the decision table. */
    public static final List<String> GOAL_CODES = List.of("GOAL_MISSED", "GOAL_MET", "GOAL_EXCEEDED");

    /**
     * Evidence the answer's estimate of a cause reads, by cause code: how far a figure is beyond what the thresholds
     * tolerate (a figure and its limit). Some rule concluding the cause must give each name, or the estimate of that
     * cause would silently become nothing.
     */
    public static final Map<String, List<String>> ESTIMATED_EVIDENCE = Map.of(
            "DELIVERY_DELAYS", List.of(Evidence.ON_TIME_RATE, Evidence.ON_TIME_TOLERANCE),
            "CUSTOMER_SERVICE_PROBLEMS", List.of(Evidence.SATISFACTION, Evidence.MIN_SATISFACTION,
                    Evidence.UNRESOLVED_FOLLOW_UP_RATE, Evidence.MAX_UNRESOLVED_FOLLOW_UP_RATE,
                    Evidence.COMPLAINTS_PER_100, Evidence.MAX_COMPLAINTS_PER_100),
            "MARKETING_MISMATCH", List.of(Evidence.LEAD_RATIO, Evidence.MIN_LEAD_RATIO, Evidence.AUDIENCE_FIT,
                    Evidence.MIN_AUDIENCE_FIT),
            "MARKET_DOWNTURN", List.of(Evidence.DEMAND_CHANGE));

    /** The evidence names of {@link #ESTIMATED_EVIDENCE}, and those every goal band finding gives. */
    public static final class Evidence {
        public static final String ON_TIME_RATE = "onTimeRate";
        public static final String ON_TIME_TOLERANCE = "onTimeTolerance";
        public static final String SATISFACTION = "satisfaction";
        public static final String MIN_SATISFACTION = "minSatisfaction";
        public static final String UNRESOLVED_FOLLOW_UP_RATE = "unresolvedFollowUpRate";
        public static final String MAX_UNRESOLVED_FOLLOW_UP_RATE = "maxUnresolvedFollowUpRate";
        public static final String COMPLAINTS_PER_100 = "complaintsPer100";
        public static final String MAX_COMPLAINTS_PER_100 = "maxComplaintsPer100";
        public static final String LEAD_RATIO = "leadRatio";
        public static final String MIN_LEAD_RATIO = "minLeadRatio";
        public static final String AUDIENCE_FIT = "audienceFit";
        public static final String MIN_AUDIENCE_FIT = "minAudienceFit";
        public static final String DEMAND_CHANGE = "demandChange";

        private Evidence() {
        }
    }

    /**
     * {@code @kind} of a finding: how the answer ranks and groups it. {@code unverified}: a check that could not be
     * made on enough data ({@link #NOT_ENOUGH_DATA}); it neither establishes nor excludes the cause it names.
     * {@code change}: what a fall against an earlier period came from ({@link #CHANGE_CODES}); a cause of nothing.
     */
    public static final List<String> KINDS = List.of("outcome", "cause", "personal", "positive", "risk", "unverified",
            "change");

    /**
     * The codes of kind {@code change}: a main part of a fall, and a figure around sales that moved since the previous
     * period or since a year earlier ({@code FigureChange.movedCode()}).
     */
    public static final List<String> CHANGE_CODES = List.of("FALL_CONTRIBUTOR", "FIGURE_MOVED_PREVIOUS_PERIOD",
            "FIGURE_MOVED_YEAR_EARLIER");

    /** The code of a finding of kind {@code unverified}; its evidence {@code cause} names the cause not verified. */
    public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";

    /** {@code @owner}: who acts on a recommendation; the answer groups recommendations by owner, in this order. */
    public static final List<String> OWNERS = List.of("SALES_MANAGER", "PRODUCTION", "CUSTOMER_SERVICE", "MARKETING", "HR");

    /** The cause an HR review rests on: coaching documented and ineffective. */
    public static final String COACHING_INEFFECTIVE = "COACHING_INEFFECTIVE";

    private RuleVocabulary() {
    }
}
