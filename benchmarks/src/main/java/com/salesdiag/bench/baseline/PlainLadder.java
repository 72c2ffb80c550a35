package com.salesdiag.bench.baseline;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.Dates;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.FigureChange;
import com.salesdiag.engine.derived.Figures;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.derived.PeerComparison;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.FeedbackCollection;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.PlanStatus;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.Recognition;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.facts.TechniqueUse;
import com.salesdiag.engine.facts.Training;
import com.salesdiag.engine.facts.TrainingTopic;
import com.salesdiag.engine.internal.change.RevenueChanges;
import com.salesdiag.engine.internal.change.UpstreamChanges;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.session.ConclusionCollector;
import com.salesdiag.engine.internal.session.SessionOutcome;
import com.salesdiag.engine.rules.RuleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The escalation ladder of {@code rules/ladder/*.drl} written as plain Java: the fastest this logic can go on one
 * thread, to measure the rules engine against. Each block says which rule it restates. Thresholds and bands come
 * from the compiled {@link Ruleset} (the decision table), never from literals; codes, kinds and steps from the
 * rules' own metadata. {@link #evaluate} derives what the rules leave in working memory; {@link #diagnose} hands
 * that to the engine's own {@link ConclusionCollector}, so the answer - explanations in both languages, HR review
 * records, the checks not made and the change against earlier periods included - is a {@link Diagnosis} comparable
 * field by field with the engine's.
 * <p>
 * The change rules (change.drl) read facts the engine computes in Java before its rules run
 * ({@link RevenueChanges}: revenue and its contributors; {@link UpstreamChanges}: figures around sales in both
 * periods); the baseline reuses that arithmetic and restates only the rules' judgement of it.
 * <p>
 * It refuses a ruleset with a rule it does not restate, or without one it does, so that it cannot silently measure
 * an older ladder. Facts are indexed by id once per company (hash maps), so a company costs time linear in its
 * facts. {@code PlainLadderEquivalenceTests} checks that it agrees with the rules on thousands of generated companies.
 */
public final class PlainLadder {

    private final Ruleset ruleset;
    private final Map<String, RuleInfo> rules;

    private final double missedBelow;
    private final double exceededFrom;
    private final List<Band> goalBands;
    private final List<Band> incentiveBands;
    private final double systemicShare;
    private final double systemicMinPeople;
    private final double qualityTolerance;
    private final double productLossShare;
    private final double productMinLost;
    private final double priceIndexTolerance;
    private final double priceLossShare;
    private final double priceMinLost;
    private final double discountCeiling;
    private final double onTimeTolerance;
    private final double maxDelay;
    private final double maxBacklog;
    private final double minOrders;
    private final double minLateOrders;
    private final double minLateBeyond;
    private final double maxComplaints;
    private final double minSatisfaction;
    private final double maxOpenFollowUps;
    private final double minServiceResponses;
    private final double minLeadRatio;
    private final double minAudienceFit;
    private final double downturn;
    private final double graceDays;
    private final double reviseUpAttainment;
    private final double reviseUpShare;
    private final double trainingMonths;
    private final double rampUpMonths;
    private final double capabilityMargin;
    private final double minPeers;
    private final double sustainedPeriods;
    private final double minImprovement;
    private final double minPlanDays;
    private final double minDocumentationCharacters;
    private final double topMargin;
    private final double unrecognisedMonths;
    private final double productGrowth;
    private final double minTopPerformersPerTechnique;
    private final double feedbackMinResponses;
    private final double feedbackSatisfaction;
    private final double mainContributorShare;
    private final double onTimeRateDrop;
    private final double lossShareRise;
    private final double priceIndexRise;
    private final double leadRatioDrop;

    public PlainLadder(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.rules = new HashMap<>();
        for (String name : Rules.ALL) {
            rules.put(name, ruleset.rule(name).orElseThrow(
                    () -> new IllegalStateException("The baseline restates rule '" + name + "', which the ruleset lacks")));
        }
        for (RuleInfo info : ruleset.rules().values()) {
            if (!Rules.ALL.contains(info.name()) && !info.file().endsWith(".drl.csv")) {
                throw new IllegalStateException("The ruleset has rule '" + info.name() + "' (" + info.file()
                        + "), which the baseline does not restate");
            }
        }
        goalBands = ruleset.bands("goal");
        incentiveBands = ruleset.bands("incentive");
        missedBelow = band(goalBands, "GOAL_MISSED").upper();
        exceededFrom = band(goalBands, "GOAL_EXCEEDED").lower();
        systemicShare = t("systemic.missingShare");
        systemicMinPeople = t("systemic.minSalespeople");
        qualityTolerance = t("product.qualityTolerance");
        productLossShare = t("product.lossShare");
        productMinLost = t("product.minLostDeals");
        priceIndexTolerance = t("price.indexTolerance");
        priceLossShare = t("price.lossShare");
        priceMinLost = t("price.minLostDeals");
        discountCeiling = t("price.discountCeiling");
        onTimeTolerance = t("delivery.onTimeTolerance");
        maxDelay = t("delivery.maxAverageDelayDays");
        maxBacklog = t("delivery.maxBacklogDays");
        minOrders = t("delivery.minOrders");
        minLateOrders = t("delivery.minLateOrders");
        minLateBeyond = t("delivery.minLateOrdersBeyondTolerance");
        maxComplaints = t("service.maxComplaintsPer100");
        minSatisfaction = t("service.minSatisfaction");
        maxOpenFollowUps = t("service.maxUnresolvedFollowUpRate");
        minServiceResponses = t("service.minResponses");
        minLeadRatio = t("marketing.minLeadRatio");
        minAudienceFit = t("marketing.minAudienceFit");
        downturn = t("market.downturnDemandChange");
        graceDays = t("goals.discussionGraceDays");
        reviseUpAttainment = t("goals.reviseUpAttainment");
        reviseUpShare = t("goals.reviseUpShare");
        trainingMonths = t("training.recentMonths");
        rampUpMonths = t("salesperson.rampUpMonths");
        capabilityMargin = t("capability.peerMargin");
        minPeers = t("capability.minPeers");
        sustainedPeriods = t("coaching.sustainedPeriods");
        minImprovement = t("coaching.minImprovement");
        minPlanDays = t("coaching.minPlanDays");
        minDocumentationCharacters = t("coaching.minDocumentationCharacters");
        topMargin = t("top.peerMargin");
        unrecognisedMonths = t("retention.unrecognisedMonths");
        productGrowth = t("success.productGrowth");
        minTopPerformersPerTechnique = t("success.minTopPerformersPerTechnique");
        feedbackMinResponses = t("feedback.minResponses");
        feedbackSatisfaction = t("success.feedbackSatisfaction");
        mainContributorShare = t("change.mainContributorShare");
        onTimeRateDrop = t("change.onTimeRateDrop");
        lossShareRise = t("change.lossShareRise");
        priceIndexRise = t("change.priceIndexRise");
        leadRatioDrop = t("change.leadRatioDrop");
    }

    /**
     * The same answer as {@code DiagnosisEngine.diagnose}: the change against earlier periods computed as the engine
     * computes it, the ladder in Java, then the engine's collector.
     */
    public Diagnosis diagnose(CompanyFacts facts) {
        List<RevenueChange> changes = RevenueChanges.of(facts);
        return new ConclusionCollector(ruleset, facts, changes).collect(new Run(facts, changes).run());
    }

    /** What the rules leave in working memory for these facts: conclusions only, no explanations. */
    public SessionOutcome evaluate(CompanyFacts facts) {
        return new Run(facts, RevenueChanges.of(facts)).run();
    }

    private double t(String key) {
        return ruleset.threshold(key).orElseThrow(() -> new IllegalStateException("no threshold " + key));
    }

    private static Band band(List<Band> bands, String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band " + code));
    }

    /** The rules restated here, by name; their metadata and sentences are read from the ruleset. */
    static final class Rules {
        // 0-goals.drl
        static final String SP_ATTAINMENT = "Salesperson attainment in a period";
        static final String DEPARTMENT_ATTAINMENT = "Department attainment in a period";
        static final String COMPANY_ATTAINMENT = "Company attainment in a period";
        static final String PEER_GROUP = "Salespeople who sell the same products form a peer group";
        static final String PEER_BENCHMARK = "Peer benchmark in a period";
        static final String COMPARED = "Salesperson compared with the peers";
        static final String GOAL_BAND = "Attainment falls in a goal band";
        // 0-goals-rolled-up.drl
        static final String DEPARTMENT_ROLLED_UP = "Department measured against its salespeople's goals";
        static final String COMPANY_ROLLED_UP = "Company measured against its salespeople's goals";
        static final String ROLLED_UP_BAND = "Attainment against the salespeople's goals falls in a goal band";
        // 0-context.drl
        static final String COMPANY_DOWNTURN = "Company market in downturn";
        static final String DEPARTMENT_DOWNTURN = "Department market in downturn";
        static final String LOWER_GOALS = "Downturn calls for lower goals";
        static final String DEMAND_HOLDING = "Market demand holding";
        static final String NOT_DISCUSSED = "Goal never discussed with the salesperson";
        static final String DISCUSSED_LATE = "Goal discussed with the salesperson too late";
        static final String DISCUSS = "Undiscussed goals must be discussed";
        static final String SYSTEMIC = "Most of a department missed the goal";
        static final String TEAM_FAR_ABOVE = "A whole team far above its goal";
        // 1-product.drl
        static final String PRODUCT_QUALITY = "Product trails competitors on quality";
        static final String LOSES_ON_PRODUCT = "Department loses deals on product function or quality";
        static final String PRODUCT_HOLDS = "Product holds up against competitors";
        static final String FEW_LOST_PRODUCT = "Too few lost deals to judge the product";
        static final String RARELY_ON_PRODUCT = "Department rarely loses deals on product";
        static final String REVIEW_PRODUCT = "Uncompetitive product goes back to product management";
        // 2-price.drl
        static final String PRICED_ABOVE = "Product priced above competitors";
        static final String LOSES_ON_PRICE = "Department loses deals on price";
        static final String DISCOUNTS = "Department props up the price with discounts";
        static final String PRICED_IN_LINE = "Product priced in line with competitors";
        static final String FEW_LOST_PRICE = "Too few lost deals to judge the price";
        static final String WINS_ON_PRICE = "Department wins on price without heavy discounts";
        static final String REVIEW_PRICING = "Uncompetitive price goes to pricing review";
        // 3-delivery.drl
        static final String ON_TIME_BELOW = "On-time deliveries below tolerance";
        static final String DELAYED = "Late orders delayed too long";
        static final String FEW_LATE = "Too few late orders to judge their delay";
        static final String FEW_LATE_BEYOND = "Too few late orders beyond the tolerance to judge the on-time rate";
        static final String BACKLOG = "Backlog above the limit";
        static final String FEW_ORDERS = "Too few orders to judge delivery";
        static final String ON_TIME = "Deliveries on time";
        static final String ESCALATE_DELIVERY = "Late deliveries escalate to production";
        // 4-customer-service.drl
        static final String COMPLAINTS = "Too many complaints";
        static final String DISSATISFIED = "Customers dissatisfied";
        static final String FOLLOW_UPS = "Follow-ups left open";
        static final String FEW_ANSWERS = "Too few answers to judge satisfaction";
        static final String SERVICE_WORKING = "Customer service working";
        static final String ESCALATE_SERVICE = "Customer service problems escalate";
        // 5-marketing.drl
        static final String FEW_LEADS = "Marketing delivers too few leads";
        static final String AUDIENCE = "Marketing leads miss the target audience";
        static final String MARKETING_ON_PLAN = "Marketing on plan and on target";
        static final String REVIEW_MARKETING = "Marketing mismatch goes to marketing";
        // 6-support-and-training.drl
        static final String NO_RECENT_TRAINING = "No recent training on a core topic";
        static final String UNTRAINED_PRODUCT = "Product sold without training on it";
        static final String TRAINED = "Salesperson trained on every topic and product";
        static final String PROVIDE_TRAINING = "Training gap is the company's to close";
        // 7-capability.drl
        static final String UPSTREAM_CLEARED = "No upstream cause stands for the salesperson";
        static final String CAPABILITY = "Individual shortfall against peers";
        static final String FEW_PEERS = "Too few peers to compare the salesperson with";
        static final String PART_OF_PERIOD = "Part of a period judges nobody personally";
        static final String COACHING = "Capability gap calls for personal coaching";
        // 8-hr-review.drl
        static final String INEFFECTIVE = "Completed coaching did not lift results";
        static final String HR_REVIEW = "Ineffective coaching goes to HR for a dismissal review";
        static final String THIN_PLAN = "Completed plan too short or too thinly documented to judge coaching";
        // 9-recognition.drl
        static final String TOP_WITH_PEERS = "Goal exceeded, well above the peers";
        static final String TOP_WITHOUT_PEERS = "Goal exceeded with no peers to compare";
        static final String RETENTION = "Top performer not recognised for long";
        static final String INCENTIVE = "Top performer rewarded with an incentive";
        static final String RECOGNISED = "Goal met or exceeded is recognised";
        // 9-what-works.drl
        static final String PRODUCT_GROWING = "Product revenue growing";
        static final String TECHNIQUE = "Each technique in use is counted once";
        static final String TECHNIQUE_SHARED = "Top performers share a technique";
        static final String CUSTOMERS_PLEASED = "Customers are pleased";
        static final String SHARE = "Success is shared with the whole staff";
        static final String ASK_CUSTOMERS = "Nobody asked the customers";
        static final String NO_FEEDBACK = "No customer feedback recorded";
        // change.drl
        static final String MAIN_PART = "A main part of a fall";
        static final String MAIN_PRODUCT = "A main product of a fall";
        static final String ON_TIME_FELL = "On-time deliveries fell between the periods";
        static final String LOST_ON_PRICE_ROSE = "More deals lost on price than before";
        static final String PRICE_INDEX_ROSE = "Price index rose against competitors";
        static final String LEADS_FELL = "Leads against plan fell between the periods";
        static final String DEMAND_FELL = "Demand fell between the periods";

        static final Set<String> ALL = Set.of(SP_ATTAINMENT, DEPARTMENT_ATTAINMENT, COMPANY_ATTAINMENT, PEER_GROUP,
                PEER_BENCHMARK, COMPARED, GOAL_BAND, DEPARTMENT_ROLLED_UP, COMPANY_ROLLED_UP, ROLLED_UP_BAND,
                COMPANY_DOWNTURN, DEPARTMENT_DOWNTURN, LOWER_GOALS, DEMAND_HOLDING, NOT_DISCUSSED, DISCUSSED_LATE,
                DISCUSS, SYSTEMIC, TEAM_FAR_ABOVE, PRODUCT_QUALITY, LOSES_ON_PRODUCT, PRODUCT_HOLDS, FEW_LOST_PRODUCT,
                RARELY_ON_PRODUCT, REVIEW_PRODUCT, PRICED_ABOVE, LOSES_ON_PRICE, DISCOUNTS, PRICED_IN_LINE,
                FEW_LOST_PRICE, WINS_ON_PRICE, REVIEW_PRICING, ON_TIME_BELOW, DELAYED, FEW_LATE, FEW_LATE_BEYOND,
                BACKLOG, FEW_ORDERS, ON_TIME, ESCALATE_DELIVERY, COMPLAINTS, DISSATISFIED, FOLLOW_UPS, FEW_ANSWERS,
                SERVICE_WORKING, ESCALATE_SERVICE, FEW_LEADS, AUDIENCE, MARKETING_ON_PLAN, REVIEW_MARKETING,
                NO_RECENT_TRAINING, UNTRAINED_PRODUCT, TRAINED, PROVIDE_TRAINING, UPSTREAM_CLEARED, CAPABILITY,
                FEW_PEERS, PART_OF_PERIOD, COACHING, INEFFECTIVE, HR_REVIEW, THIN_PLAN, TOP_WITH_PEERS, TOP_WITHOUT_PEERS,
                RETENTION, INCENTIVE, RECOGNISED, PRODUCT_GROWING, TECHNIQUE, TECHNIQUE_SHARED, CUSTOMERS_PLEASED,
                SHARE, ASK_CUSTOMERS, NO_FEEDBACK, MAIN_PART, MAIN_PRODUCT, ON_TIME_FELL, LOST_ON_PRICE_ROSE,
                PRICE_INDEX_ROSE, LEADS_FELL, DEMAND_FELL);

        private Rules() {
        }
    }

    private record Key(String a, String b) {
    }

    /** One company's evaluation: indexes of its facts and what has been derived so far. */
    private final class Run {
        private final CompanyFacts f;
        private final List<RevenueChange> changes;
        private final Period current;
        private final String period;
        private final String company;
        private final Map<String, Period> periods = new HashMap<>();
        private final Set<String> departments = new HashSet<>();
        private final Map<String, List<Salesperson>> peopleById = new HashMap<>();
        private final Map<String, List<Salesperson>> peopleByDepartment = new HashMap<>();
        private final Map<Key, List<SalesResult>> resultsByPersonPeriod = new HashMap<>();

        private final Set<Attainment> attainments = new LinkedHashSet<>();
        /** Salespeople's attainments in the period under diagnosis, by department and by person. */
        private final Map<String, List<Attainment>> currentByDepartment = new LinkedHashMap<>();
        private final Map<String, List<Attainment>> currentByPerson = new HashMap<>();
        private final Map<String, List<Attainment>> historyByPerson = new HashMap<>();
        private final Map<String, List<PeerComparison>> comparisons = new HashMap<>();
        private final Set<Finding> findings = new LinkedHashSet<>();
        private final Set<Recommendation> recommendations = new LinkedHashSet<>();
        private final Set<CauseExcluded> exclusions = new LinkedHashSet<>();
        private final List<PeerBenchmark> benchmarks = new ArrayList<>();

        /** Subjects of findings, as "CODE|TYPE|id", and of cause findings, as "TYPE|id". */
        private final Set<String> found = new HashSet<>();
        private final Set<String> causes = new HashSet<>();
        private boolean companyCause;

        Run(CompanyFacts facts, List<RevenueChange> changes) {
            this.f = facts;
            this.changes = changes;
            this.period = facts.period();
            this.company = facts.company() == null ? null : facts.company().id();
            for (String id : periodIds(facts)) {
                periods.put(id, PeriodCalendar.of(facts, id));
            }
            this.current = periods.get(period);
            facts.departments().forEach(d -> departments.add(d.id()));
            for (Salesperson s : facts.salespeople()) {
                peopleById.computeIfAbsent(s.id(), k -> new ArrayList<>(1)).add(s);
                peopleByDepartment.computeIfAbsent(s.departmentId(), d -> new ArrayList<>()).add(s);
            }
            for (SalesResult r : facts.results()) {
                resultsByPersonPeriod.computeIfAbsent(new Key(r.salespersonId(), r.period()), k -> new ArrayList<>(1)).add(r);
            }
        }

        SessionOutcome run() {
            goals();
            change();
            context();
            product();
            price();
            delivery();
            customerService();
            marketing();
            training();
            causeRecommendations();
            capabilityAndReview();
            recognition();
            whatWorks();
            return new SessionOutcome(new ArrayList<>(findings), new ArrayList<>(recommendations),
                    new ArrayList<>(attainments), benchmarks, new ArrayList<>(exclusions));
        }

        private List<SalesResult> results(String person, String periodId) {
            return resultsByPersonPeriod.getOrDefault(new Key(person, periodId), List.of());
        }

        // 0-goals.drl and 0-goals-rolled-up.drl

        private void goals() {
            Set<String> ownDepartmentGoal = new HashSet<>();
            boolean ownCompanyGoal = false;
            for (Goal g : f.goals()) {
                if (g.level() == GoalLevel.DEPARTMENT && period.equals(g.period())) {
                    ownDepartmentGoal.add(g.subjectId());
                }
                if (g.level() == GoalLevel.COMPANY && period.equals(g.period()) && g.subjectId().equals(company)) {
                    ownCompanyGoal = true;
                }
                Period p = g.target() > 0 ? periods.get(g.period()) : null;
                if (p == null || !p.isGoalJudged()) {
                    continue;
                }
                double target = p.goal(g.target());
                if (g.level() == GoalLevel.SALESPERSON) {
                    // Salesperson attainment in a period
                    for (Salesperson s : peopleById.getOrDefault(g.subjectId(), List.of())) {
                        for (SalesResult r : results(s.id(), g.period())) {
                            attainments.add(new Attainment(GoalLevel.SALESPERSON, s.id(), s.departmentId(), s.peerGroup(),
                                    p.id(), p.index(), p.start(), p.underDiagnosis(), r.revenue(), target, r.revenue() / target));
                        }
                    }
                } else if (g.level() == GoalLevel.DEPARTMENT && departments.contains(g.subjectId())) {
                    // Department attainment in a period: only when any of its salespeople has a result
                    double actual = 0;
                    int count = 0;
                    for (Salesperson s : peopleByDepartment.getOrDefault(g.subjectId(), List.of())) {
                        for (SalesResult r : results(s.id(), g.period())) {
                            actual += r.revenue();
                            count++;
                        }
                    }
                    if (count > 0) {
                        actual = Figures.stable(actual);
                        attainments.add(new Attainment(GoalLevel.DEPARTMENT, g.subjectId(), g.subjectId(), g.subjectId(),
                                p.id(), p.index(), p.start(), p.underDiagnosis(), actual, target, actual / target));
                    }
                } else if (g.level() == GoalLevel.COMPANY && g.subjectId().equals(company)) {
                    // Company attainment in a period
                    double actual = 0;
                    int count = 0;
                    for (SalesResult r : f.results()) {
                        if (g.period().equals(r.period())) {
                            actual += r.revenue();
                            count++;
                        }
                    }
                    if (count > 0) {
                        actual = Figures.stable(actual);
                        attainments.add(new Attainment(GoalLevel.COMPANY, g.subjectId(), "", "", p.id(), p.index(),
                                p.start(), p.underDiagnosis(), actual, target, actual / target));
                    }
                }
            }
            // Peer groups and benchmarks: sum and count of the salespeople's attainments per group and period.
            Map<Key, double[]> peers = new LinkedHashMap<>();
            for (Attainment a : attainments) {
                if (a.level() != GoalLevel.SALESPERSON) {
                    continue;
                }
                double[] sum = peers.computeIfAbsent(new Key(a.peerGroup(), a.period()), k -> new double[2]);
                sum[0] += a.ratio();
                sum[1]++;
                historyByPerson.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
                if (a.underDiagnosis()) {
                    currentByDepartment.computeIfAbsent(a.departmentId(), d -> new ArrayList<>()).add(a);
                    currentByPerson.computeIfAbsent(a.subjectId(), k -> new ArrayList<>(1)).add(a);
                }
            }
            Map<Key, PeerBenchmark> byGroup = new HashMap<>();
            peers.forEach((key, sum) -> {
                PeerBenchmark b = new PeerBenchmark(key.a(), key.b(), Figures.stable(sum[0]), (long) sum[1]);
                benchmarks.add(b);
                byGroup.put(key, b);
            });
            // Salesperson compared with the peers: the period under diagnosis only.
            currentByPerson.values().forEach(list -> list.forEach(a -> {
                PeerBenchmark b = byGroup.get(new Key(a.peerGroup(), a.period()));
                if (b.count() > 1) {
                    comparisons.computeIfAbsent(a.subjectId(), k -> new ArrayList<>(1))
                            .add(new PeerComparison(a.subjectId(), a.period(), a.ratio(), b.averageWithout(a.ratio()),
                                    b.count() - 1));
                }
            }));
            // Rolled up: a department or the company without a goal of its own for the period under diagnosis.
            if (current.isGoalJudged()) {
                for (Department d : f.departments()) {
                    List<Attainment> people = currentByDepartment.get(d.id());
                    if (!ownDepartmentGoal.contains(d.id()) && people != null) {
                        attainments.add(rolledUp(GoalLevel.DEPARTMENT, d.id(), d.id(), people));
                    }
                }
                if (company != null && !ownCompanyGoal && !currentByPerson.isEmpty()) {
                    List<Attainment> everybody = new ArrayList<>();
                    currentByPerson.values().forEach(everybody::addAll);
                    attainments.add(rolledUp(GoalLevel.COMPANY, company, "", everybody));
                }
            }
            // Attainment (against its own goal or the salespeople's) falls in a goal band.
            for (Attainment a : attainments) {
                if (!a.underDiagnosis()) {
                    continue;
                }
                for (Band b : goalBands) {
                    if (b.lower() <= a.ratio() && b.upper() > a.ratio()) {
                        if (a.isRolledUp()) {
                            finding(Rules.ROLLED_UP_BAND, b.code(), a.subjectType(), a.subjectId(),
                                    Evidence.of("attainment", a.ratio(), "actual", a.actual(), "target", a.target(),
                                            "bandFrom", b.lower(), "bandTo", b.upper(), "salespeople", a.goalsAddedUp()));
                        } else {
                            finding(Rules.GOAL_BAND, b.code(), a.subjectType(), a.subjectId(),
                                    Evidence.of("attainment", a.ratio(), "actual", a.actual(), "target", a.target(),
                                            "bandFrom", b.lower(), "bandTo", b.upper()));
                        }
                    }
                }
            }
        }

        private Attainment rolledUp(GoalLevel level, String id, String group, List<Attainment> people) {
            double targets = 0;
            double actual = 0;
            for (Attainment a : people) {
                targets += a.target();
                actual += a.actual();
            }
            actual = Figures.stable(actual);
            targets = Figures.stable(targets);
            return new Attainment(level, id, group, group, period, current.index(), current.start(), true,
                    actual, targets, actual / targets, people.size());
        }

        // change.drl: the arithmetic is the engine's (RevenueChanges, UpstreamChanges); the judgement is restated.

        private void change() {
            for (RevenueChange c : changes) {
                if (c.isFall()) {
                    for (ChangeContribution part : c.contributors()) {
                        if (part.isFall() && part.getShare() >= mainContributorShare) {
                            finding(Rules.MAIN_PART, part.subjectType(), part.subjectId(),
                                    Evidence.of("scopeType", c.subjectType(), "scope", c.subjectId(), "basis", c.basis(),
                                            "earlierPeriod", c.earlierPeriod(), "share", part.getShare(),
                                            "amount", part.getAmount(), "threshold", mainContributorShare));
                        }
                    }
                }
                if (c.subjectType() == SubjectType.COMPANY && c.products() != null && c.products().changeCents() < 0) {
                    for (ChangeContribution part : c.products().contributors()) {
                        if (part.isFall() && part.getShare() >= mainContributorShare) {
                            finding(Rules.MAIN_PRODUCT, SubjectType.PRODUCT, part.subjectId(),
                                    Evidence.of("basis", c.basis(), "earlierPeriod", c.earlierPeriod(),
                                            "share", part.getShare(), "amount", part.getAmount(),
                                            "threshold", mainContributorShare));
                        }
                    }
                }
            }
            for (FigureChange x : UpstreamChanges.of(f)) {
                switch (x.figure()) {
                    case "onTimeRate" -> {
                        if (x.change() <= -onTimeRateDrop
                                && (x.earlierObservations() == null || x.earlierObservations() >= minOrders)
                                && (x.currentObservations() == null || x.currentObservations() >= minOrders)) {
                            moved(Rules.ON_TIME_FELL, x, onTimeRateDrop);
                        }
                    }
                    case "priceLossShare" -> {
                        if (x.change() >= lossShareRise && x.earlierObservations() != null
                                && x.earlierObservations() >= priceMinLost && x.currentObservations() != null
                                && x.currentObservations() >= priceMinLost) {
                            moved(Rules.LOST_ON_PRICE_ROSE, x, lossShareRise);
                        }
                    }
                    case "priceIndex" -> {
                        if (x.change() >= priceIndexRise) {
                            moved(Rules.PRICE_INDEX_ROSE, x, priceIndexRise);
                        }
                    }
                    case "leadRatio" -> {
                        if (x.change() <= -leadRatioDrop) {
                            moved(Rules.LEADS_FELL, x, leadRatioDrop);
                        }
                    }
                    case "demand" -> {
                        if (x.relativeChange() != null && x.relativeChange() <= downturn) {
                            finding(Rules.DEMAND_FELL, x.movedCode(), x.subjectType(), x.subjectId(),
                                    Evidence.of("figure", x.figure(), "basis", x.basis(), "earlierPeriod", x.earlierPeriod(),
                                            "relativeChange", x.relativeChange(), "threshold", downturn));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void moved(String rule, FigureChange x, double threshold) {
            finding(rule, x.movedCode(), x.subjectType(), x.subjectId(),
                    Evidence.of("figure", x.figure(), "basis", x.basis(), "earlierPeriod", x.earlierPeriod(),
                            "earlier", x.earlier(), "current", x.current(), "change", x.change(), "threshold", threshold));
        }

        // 0-context.drl

        private void context() {
            for (MarketIndicator m : f.marketIndicators()) {
                if (!period.equals(m.period())) {
                    continue;
                }
                if (m.demandChange() <= downturn) {
                    if (m.departmentId() == null && company != null) {
                        finding(Rules.COMPANY_DOWNTURN, SubjectType.COMPANY, company,
                                Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                    } else if (m.departmentId() != null && departments.contains(m.departmentId())) {
                        finding(Rules.DEPARTMENT_DOWNTURN, SubjectType.DEPARTMENT, m.departmentId(),
                                Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                    }
                } else if (company != null) {
                    excluded(Rules.DEMAND_HOLDING, m.departmentId() == null ? SubjectType.COMPANY : SubjectType.DEPARTMENT,
                            m.departmentId() == null ? company : m.departmentId(),
                            Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                }
            }
            LocalDate dueBy = Dates.plusDays(current.start(), graceDays);
            for (Goal g : f.goals()) {
                if (g.level() != GoalLevel.SALESPERSON || !period.equals(g.period()) || !peopleById.containsKey(g.subjectId())) {
                    continue;
                }
                if (Boolean.FALSE.equals(g.discussed())) {
                    finding(Rules.NOT_DISCUSSED, SubjectType.SALESPERSON, g.subjectId(),
                            Evidence.of("period", period, "discussedOn", "never", "dueBy", dueBy.toString()));
                } else if (g.discussedOn() != null && g.discussedOn().isAfter(dueBy)) {
                    finding(Rules.DISCUSSED_LATE, SubjectType.SALESPERSON, g.subjectId(),
                            Evidence.of("period", period, "discussedOn", g.discussedOn().toString(),
                                    "dueBy", dueBy.toString()));
                }
            }
            Map<String, long[]> byDepartment = new HashMap<>();
            currentByDepartment.forEach((dept, people) -> {
                long[] counts = new long[3];
                for (Attainment a : people) {
                    counts[0]++;
                    if (a.ratio() < missedBelow) {
                        counts[1]++;
                    }
                    if (a.ratio() >= exceededFrom) {
                        counts[2]++;
                    }
                }
                byDepartment.put(dept, counts);
            });
            for (Department d : f.departments()) {
                long[] counts = byDepartment.get(d.id());
                if (counts != null && counts[0] >= systemicMinPeople
                        && (double) counts[1] / (double) counts[0] >= systemicShare) {
                    finding(Rules.SYSTEMIC, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("missed", counts[1], "salespeople", counts[0],
                                    "share", (double) counts[1] / (double) counts[0], "threshold", systemicShare));
                }
            }
            for (Attainment a : attainments) {
                if (a.level() == GoalLevel.DEPARTMENT && a.underDiagnosis() && a.ratio() >= reviseUpAttainment) {
                    long[] counts = byDepartment.get(a.subjectId());
                    if (counts != null && counts[0] > 0 && (double) counts[2] / (double) counts[0] >= reviseUpShare) {
                        recommendation(Rules.TEAM_FAR_ABOVE, SubjectType.DEPARTMENT, a.subjectId(), "", "GOAL_EXCEEDED",
                                Evidence.of("direction", "up", "attainment", a.ratio(),
                                        "share", (double) counts[2] / (double) counts[0],
                                        "attainmentThreshold", reviseUpAttainment, "shareThreshold", reviseUpShare));
                    }
                }
            }
        }

        /**
         * Sums over a department's salespeople's results in the period under diagnosis, each over the results that
         * carry the figures it needs (a result without lost deals says nothing about them).
         */
        private final class DepartmentResults {
            long productResults;
            long lostForProduct;
            long onProduct;
            long priceResults;
            long lostForPrice;
            long onPrice;
            long discounts;
            double discountSum;
        }

        private Map<String, DepartmentResults> departmentResults;

        private Map<String, DepartmentResults> departmentResults() {
            if (departmentResults == null) {
                departmentResults = new HashMap<>();
                for (Department d : f.departments()) {
                    DepartmentResults sums = new DepartmentResults();
                    for (Salesperson s : peopleByDepartment.getOrDefault(d.id(), List.of())) {
                        for (SalesResult r : results(s.id(), period)) {
                            if (r.dealsLost() != null && r.lostOnProduct() != null) {
                                sums.productResults++;
                                sums.lostForProduct += r.dealsLost();
                                sums.onProduct += r.lostOnProduct();
                            }
                            if (r.dealsLost() != null && r.lostOnPrice() != null) {
                                sums.priceResults++;
                                sums.lostForPrice += r.dealsLost();
                                sums.onPrice += r.lostOnPrice();
                            }
                            if (r.averageDiscount() != null) {
                                sums.discounts++;
                                sums.discountSum += r.averageDiscount();
                            }
                        }
                    }
                    departmentResults.put(d.id(), sums);
                }
            }
            return departmentResults;
        }

        // 1-product.drl

        private void product() {
            for (ProductPerformance p : f.productPerformance()) {
                if (!period.equals(p.period()) || p.qualityScore() == null || p.competitorQualityScore() == null) {
                    continue;
                }
                List<Evidence> evidence = Evidence.of("qualityScore", p.qualityScore(),
                        "competitorScore", p.competitorQualityScore(), "tolerance", qualityTolerance);
                if (p.qualityScore() < p.competitorQualityScore() - qualityTolerance) {
                    finding(Rules.PRODUCT_QUALITY, SubjectType.PRODUCT, p.productId(), evidence);
                } else {
                    excluded(Rules.PRODUCT_HOLDS, SubjectType.PRODUCT, p.productId(), evidence);
                }
            }
            for (Department d : f.departments()) {
                DepartmentResults sums = departmentResults().get(d.id());
                long lost = sums.lostForProduct;
                if (sums.productResults > 0 && lost < productMinLost) {
                    finding(Rules.FEW_LOST_PRODUCT, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("cause", "PRODUCT_NOT_COMPETITIVE", "lost", lost, "minLostDeals", (int) productMinLost));
                }
                if (lost <= 0 || lost < productMinLost) {
                    continue;
                }
                double share = (double) sums.onProduct / (double) lost;
                if (share >= productLossShare) {
                    finding(Rules.LOSES_ON_PRODUCT, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnProduct", sums.onProduct, "lost", lost, "share", share,
                                    "threshold", productLossShare));
                } else {
                    excluded(Rules.RARELY_ON_PRODUCT, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnProduct", sums.onProduct, "lost", lost, "threshold", productLossShare));
                }
            }
        }

        // 2-price.drl

        private void price() {
            for (ProductPerformance p : f.productPerformance()) {
                if (!period.equals(p.period()) || p.priceIndex() == null) {
                    continue;
                }
                List<Evidence> evidence = Evidence.of("priceIndex", p.priceIndex(), "tolerance", priceIndexTolerance);
                if (p.priceIndex() > priceIndexTolerance) {
                    finding(Rules.PRICED_ABOVE, SubjectType.PRODUCT, p.productId(), evidence);
                } else {
                    excluded(Rules.PRICED_IN_LINE, SubjectType.PRODUCT, p.productId(), evidence);
                }
            }
            for (Department d : f.departments()) {
                DepartmentResults sums = departmentResults().get(d.id());
                long lost = sums.lostForPrice;
                if (sums.priceResults > 0 && lost < priceMinLost) {
                    finding(Rules.FEW_LOST_PRICE, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("cause", "PRICE_NOT_COMPETITIVE", "lost", lost, "minLostDeals", (int) priceMinLost));
                }
                boolean judged = lost > 0 && lost >= priceMinLost;
                double share = judged ? (double) sums.onPrice / (double) lost : 0;
                if (judged && share >= priceLossShare) {
                    finding(Rules.LOSES_ON_PRICE, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnPrice", sums.onPrice, "lost", lost, "share", share, "threshold", priceLossShare));
                }
                if (sums.discounts == 0) {
                    continue;
                }
                double average = Figures.stable(sums.discountSum / sums.discounts);
                if (average > discountCeiling) {
                    finding(Rules.DISCOUNTS, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("averageDiscount", average, "ceiling", discountCeiling));
                } else if (judged && share < priceLossShare) {
                    excluded(Rules.WINS_ON_PRICE, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnPrice", sums.onPrice, "lost", lost, "lossShareThreshold", priceLossShare,
                                    "averageDiscount", average, "ceiling", discountCeiling));
                }
            }
        }

        // 3-delivery.drl: each figure judged on its own, only when sent, on enough orders when their number is sent.

        private void delivery() {
            for (DeliveryPerformance d : f.delivery()) {
                if (!period.equals(d.period())) {
                    continue;
                }
                SubjectType type = SubjectType.valueOf(d.scope().name());
                Integer orders = d.orders();
                boolean enoughOrders = orders == null || orders >= minOrders;
                Double rate = d.onTimeRate();
                Double delay = d.averageDelayDays();
                Double backlog = d.backlogDays();
                if (rate != null && rate < onTimeTolerance) {
                    if (orders == null || orders >= minOrders && d.lateOrdersBeyond(onTimeTolerance) >= minLateBeyond) {
                        finding(Rules.ON_TIME_BELOW, type, d.scopeId(),
                                Evidence.of("onTimeRate", rate, "onTimeTolerance", onTimeTolerance, "orders", orders));
                    } else if (orders >= minOrders) {
                        finding(Rules.FEW_LATE_BEYOND, type, d.scopeId(),
                                Evidence.of("cause", "DELIVERY_DELAYS", "onTimeRate", rate, "onTimeTolerance", onTimeTolerance,
                                        "orders", orders, "lateOrdersBeyondTolerance", d.lateOrdersBeyond(onTimeTolerance),
                                        "minLateOrdersBeyondTolerance", (int) minLateBeyond));
                    }
                }
                if (delay != null && delay > maxDelay && enoughOrders) {
                    Integer late = d.lateOrders();
                    if (orders == null || late != null && late >= minLateOrders) {
                        finding(Rules.DELAYED, type, d.scopeId(),
                                Evidence.of("averageDelayDays", delay, "maxAverageDelayDays", maxDelay, "orders", orders));
                    } else if (late != null) {
                        finding(Rules.FEW_LATE, type, d.scopeId(),
                                Evidence.of("cause", "DELIVERY_DELAYS", "lateOrders", late, "minLateOrders", (int) minLateOrders));
                    }
                }
                if (backlog != null && backlog > maxBacklog) {
                    finding(Rules.BACKLOG, type, d.scopeId(), Evidence.of("backlogDays", backlog, "maxBacklogDays", maxBacklog));
                }
                if (orders != null && orders < minOrders && (rate != null || delay != null)) {
                    finding(Rules.FEW_ORDERS, type, d.scopeId(),
                            Evidence.of("cause", "DELIVERY_DELAYS", "orders", orders, "minOrders", (int) minOrders));
                }
                if (rate != null && delay != null && backlog != null && rate >= onTimeTolerance && delay <= maxDelay
                        && backlog <= maxBacklog && enoughOrders) {
                    excluded(Rules.ON_TIME, type, d.scopeId(),
                            Evidence.of("onTimeRate", rate, "onTimeTolerance", onTimeTolerance,
                                    "averageDelayDays", delay, "maxAverageDelayDays", maxDelay,
                                    "backlogDays", backlog, "maxBacklogDays", maxBacklog, "orders", orders));
                }
            }
        }

        // 4-customer-service.drl: each figure on its own, only when sent; satisfaction on enough answers.

        private void customerService() {
            for (CustomerService c : f.customerService()) {
                if (!period.equals(c.period())) {
                    continue;
                }
                Double complaints = c.complaintsPer100Orders();
                Double satisfaction = c.satisfaction();
                Double open = c.unresolvedFollowUpRate();
                Integer responses = c.responses();
                boolean enoughAnswers = responses == null || responses >= minServiceResponses;
                if (departments.contains(c.departmentId())) {
                    if (complaints != null && complaints > maxComplaints) {
                        finding(Rules.COMPLAINTS, SubjectType.DEPARTMENT, c.departmentId(),
                                Evidence.of("complaintsPer100", complaints, "maxComplaintsPer100", maxComplaints));
                    }
                    if (satisfaction != null && satisfaction < minSatisfaction && enoughAnswers) {
                        finding(Rules.DISSATISFIED, SubjectType.DEPARTMENT, c.departmentId(),
                                Evidence.of("satisfaction", satisfaction, "minSatisfaction", minSatisfaction,
                                        "responses", responses));
                    }
                    if (open != null && open > maxOpenFollowUps) {
                        finding(Rules.FOLLOW_UPS, SubjectType.DEPARTMENT, c.departmentId(),
                                Evidence.of("unresolvedFollowUpRate", open, "maxUnresolvedFollowUpRate", maxOpenFollowUps));
                    }
                    if (satisfaction != null && responses != null && responses < minServiceResponses) {
                        finding(Rules.FEW_ANSWERS, SubjectType.DEPARTMENT, c.departmentId(),
                                Evidence.of("cause", "CUSTOMER_SERVICE_PROBLEMS", "responses", responses,
                                        "minResponses", (int) minServiceResponses));
                    }
                }
                if (complaints != null && satisfaction != null && open != null && complaints <= maxComplaints
                        && satisfaction >= minSatisfaction && open <= maxOpenFollowUps && enoughAnswers) {
                    excluded(Rules.SERVICE_WORKING, SubjectType.DEPARTMENT, c.departmentId(),
                            Evidence.of("complaintsPer100", complaints, "maxComplaintsPer100", maxComplaints,
                                    "satisfaction", satisfaction, "minSatisfaction", minSatisfaction,
                                    "unresolvedFollowUpRate", open, "maxUnresolvedFollowUpRate", maxOpenFollowUps,
                                    "responses", responses));
                }
            }
        }

        // 5-marketing.drl: leads against plan and audience fit, each on its own, only when sent.

        private void marketing() {
            for (MarketingPerformance m : f.marketing()) {
                if (!period.equals(m.period())) {
                    continue;
                }
                boolean leadsKnown = m.leads() != null && m.leadsPlanned() != null && m.leadsPlanned() > 0;
                double ratio = leadsKnown ? (double) m.leads() / m.leadsPlanned() : 0;
                if (departments.contains(m.departmentId())) {
                    if (leadsKnown && ratio < minLeadRatio) {
                        finding(Rules.FEW_LEADS, SubjectType.DEPARTMENT, m.departmentId(),
                                Evidence.of("leads", m.leads(), "leadsPlanned", m.leadsPlanned(), "leadRatio", ratio,
                                        "minLeadRatio", minLeadRatio));
                    }
                    if (m.audienceFit() != null && m.audienceFit() < minAudienceFit) {
                        finding(Rules.AUDIENCE, SubjectType.DEPARTMENT, m.departmentId(),
                                Evidence.of("audienceFit", m.audienceFit(), "minAudienceFit", minAudienceFit));
                    }
                }
                if (leadsKnown && m.audienceFit() != null && ratio >= minLeadRatio && m.audienceFit() >= minAudienceFit) {
                    excluded(Rules.MARKETING_ON_PLAN, SubjectType.DEPARTMENT, m.departmentId(),
                            Evidence.of("leads", m.leads(), "leadsPlanned", m.leadsPlanned(), "minLeadRatio", minLeadRatio,
                                    "audienceFit", m.audienceFit(), "minAudienceFit", minAudienceFit));
                }
            }
        }

        // 6-support-and-training.drl: only when the trainings were sent.

        private void training() {
            if (!f.sent(FactKind.TRAININGS)) {
                return;
            }
            LocalDate end = current.end();
            Map<String, List<Training>> byPerson = new HashMap<>();
            for (Training t : f.trainings()) {
                byPerson.computeIfAbsent(t.salespersonId(), k -> new ArrayList<>()).add(t);
            }
            for (Salesperson s : f.salespeople()) {
                List<Training> trainings = byPerson.getOrDefault(s.id(), List.of());
                for (TrainingTopic topic : TrainingTopic.core()) {
                    boolean recent = false;
                    for (Training t : trainings) {
                        if (t.topic() == topic && Dates.within(t.date(), trainingMonths, end)) {
                            recent = true;
                            break;
                        }
                    }
                    if (!recent) {
                        finding(Rules.NO_RECENT_TRAINING, SubjectType.SALESPERSON, s.id(),
                                Evidence.of("topic", topic, "recentMonths", (int) trainingMonths, "periodEnd", end.toString()));
                    }
                }
                for (String product : s.productIds()) {
                    boolean trained = false;
                    for (Training t : trainings) {
                        if (t.topic() == TrainingTopic.PRODUCT && product.equals(t.productId()) && t.date() != null
                                && !t.date().isAfter(end)) {
                            trained = true;
                            break;
                        }
                    }
                    if (!trained) {
                        finding(Rules.UNTRAINED_PRODUCT, SubjectType.SALESPERSON, s.id(), Evidence.of("product", product));
                    }
                }
            }
            for (Salesperson s : f.salespeople()) {
                if (!found("TRAINING_GAP", SubjectType.SALESPERSON, s.id())) {
                    long recent = byPerson.getOrDefault(s.id(), List.of()).stream()
                            .filter(t -> Dates.within(t.date(), trainingMonths, end)).count();
                    excluded(Rules.TRAINED, SubjectType.SALESPERSON, s.id(),
                            Evidence.of("trainingsInWindow", recent, "recentMonths", (int) trainingMonths));
                }
            }
        }

        /** Each upstream finding calls for its owner's action (one rule per step, in the same files). */
        private void causeRecommendations() {
            for (Finding x : new ArrayList<>(findings)) {
                switch (x.code()) {
                    case "MARKET_DOWNTURN" -> recommendation(Rules.LOWER_GOALS, x.subjectType(), x.subjectId(), "",
                            "MARKET_DOWNTURN", Evidence.of("direction", "down", "demandChange", x.evidenceValue("demandChange")));
                    case "GOALS_NOT_COMMUNICATED" -> recommendation(Rules.DISCUSS, x.subjectType(), x.subjectId(), "",
                            "GOALS_NOT_COMMUNICATED", Evidence.of("period", x.evidenceValue("period")));
                    case "PRODUCT_NOT_COMPETITIVE" ->
                            recommendation(Rules.REVIEW_PRODUCT, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    case "PRICE_NOT_COMPETITIVE" ->
                            recommendation(Rules.REVIEW_PRICING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    case "DELIVERY_DELAYS" ->
                            recommendation(Rules.ESCALATE_DELIVERY, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    case "CUSTOMER_SERVICE_PROBLEMS" ->
                            recommendation(Rules.ESCALATE_SERVICE, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    case "MARKETING_MISMATCH" ->
                            recommendation(Rules.REVIEW_MARKETING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    case "TRAINING_GAP" ->
                            recommendation(Rules.PROVIDE_TRAINING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                    default -> {
                    }
                }
            }
        }

        // 7-capability.drl and 8-hr-review.drl

        private void capabilityAndReview() {
            Map<String, List<CoachingPlan>> plansByPerson = new HashMap<>();
            f.coachingPlans().forEach(p -> plansByPerson.computeIfAbsent(p.salespersonId(), k -> new ArrayList<>()).add(p));
            Set<String> exclusionKeys = new HashSet<>();
            boolean companyMarketExcluded = false;
            for (CauseExcluded c : exclusions) {
                exclusionKeys.add(c.stage() + '|' + c.subjectType() + '|' + c.subjectId());
                companyMarketExcluded |= c.stage().equals("market") && c.subjectType() == SubjectType.COMPANY;
            }
            Set<String> goalDiscussionKnown = new HashSet<>();
            for (Goal g : f.goals()) {
                if (g.level() == GoalLevel.SALESPERSON && period.equals(g.period()) && g.discussed() != null) {
                    goalDiscussionKnown.add(g.subjectId());
                }
            }
            Set<String> cleared = new HashSet<>();
            for (Salesperson s : f.salespeople()) {
                if (upstreamCleared(s)) {
                    cleared.add(s.id());
                }
            }
            Map<String, List<Finding>> gapsByPerson = new LinkedHashMap<>();
            for (Finding missed : new ArrayList<>(findings)) {
                if (!missed.code().equals("GOAL_MISSED") || missed.subjectType() != SubjectType.SALESPERSON
                        || !cleared.contains(missed.subjectId())) {
                    continue;
                }
                String id = missed.subjectId();
                if (!current.isComplete()) {
                    finding(Rules.PART_OF_PERIOD, SubjectType.SALESPERSON, id,
                            Evidence.of("cause", "CAPABILITY_GAP", "daysCovered", current.getDaysCovered(),
                                    "days", current.getDays()));
                    continue;
                }
                boolean pastRampUp = peopleById.get(id).stream().anyMatch(s -> s.hireDate() == null
                        || Dates.monthsBetween(s.hireDate(), current.start()) >= rampUpMonths);
                if (!pastRampUp) {
                    continue;
                }
                List<PeerComparison> compared = comparisons.getOrDefault(id, List.of());
                boolean enoughPeers = false;
                long mostPeers = 0;
                for (PeerComparison c : compared) {
                    mostPeers += c.peers();
                    if (c.peers() >= minPeers) {
                        enoughPeers = true;
                        if (c.peerAverage() - c.ratio() >= capabilityMargin) {
                            gapsByPerson.computeIfAbsent(id, k -> new ArrayList<>(1)).add(finding(Rules.CAPABILITY,
                                    SubjectType.SALESPERSON, id, Evidence.of("attainment", c.ratio(),
                                            "peerAverage", c.peerAverage(), "peers", c.peers(), "margin", capabilityMargin)));
                        }
                    }
                }
                if (!enoughPeers) {
                    finding(Rules.FEW_PEERS, SubjectType.SALESPERSON, id,
                            Evidence.of("cause", "CAPABILITY_GAP", "peers", (int) mostPeers, "minPeers", (int) minPeers));
                }
            }
            for (Map.Entry<String, List<Finding>> entry : gapsByPerson.entrySet()) {
                String id = entry.getKey();
                thinPlans(id, plansByPerson.getOrDefault(id, List.of()));
                List<Finding> ineffective = ineffective(id, plansByPerson.getOrDefault(id, List.of()),
                        historyByPerson.getOrDefault(id, List.of()));
                boolean review = false;
                if (!ineffective.isEmpty() && goalDiscussionKnown.contains(id)) {
                    for (Salesperson s : peopleById.get(id)) {
                        if (checkedAndExcluded(s, exclusionKeys, companyMarketExcluded)) {
                            for (Finding x : ineffective) {
                                recommendation(Rules.HR_REVIEW, SubjectType.SALESPERSON, id, "",
                                        "COACHING_INEFFECTIVE,CAPABILITY_GAP", x.evidence());
                            }
                            review = true;
                        }
                    }
                }
                if (!review) {
                    for (Finding gap : entry.getValue()) {
                        recommendation(Rules.COACHING, SubjectType.SALESPERSON, id, "", "CAPABILITY_GAP", gap.evidence());
                    }
                }
            }
        }

        /** No upstream cause stands for the salesperson: the company's, the department's, the products', their own. */
        private boolean upstreamCleared(Salesperson s) {
            if (companyCause || causes.contains(SubjectType.DEPARTMENT + "|" + s.departmentId())
                    || causes.contains(SubjectType.SALESPERSON + "|" + s.id())) {
                return false;
            }
            for (String product : s.productIds()) {
                if (causes.contains(SubjectType.PRODUCT + "|" + product)) {
                    return false;
                }
            }
            return true;
        }

        /** Completed coaching did not lift results: the latest completed plan, with none planned or running. */
        private List<Finding> ineffective(String id, List<CoachingPlan> plans, List<Attainment> history) {
            List<Finding> result = new ArrayList<>(1);
            for (CoachingPlan p : plans) {
                if (p.status() == PlanStatus.PLANNED || p.status() == PlanStatus.IN_PROGRESS) {
                    return result;
                }
            }
            for (CoachingPlan plan : plans) {
                if (plan.status() != PlanStatus.COMPLETED || plan.start() == null || plan.end() == null
                        || thin(plan)) {
                    continue;
                }
                boolean newer = plans.stream().anyMatch(o -> o.status() == PlanStatus.COMPLETED && o.end() != null
                        && o.end().isAfter(plan.end()));
                if (newer) {
                    continue;
                }
                long after = 0;
                double afterSum = 0;
                double best = Double.NEGATIVE_INFINITY;
                long before = 0;
                double beforeSum = 0;
                for (Attainment a : history) {
                    if (a.periodIndex() <= current.index() && a.periodStart().isAfter(plan.end())) {
                        after++;
                        afterSum += a.ratio();
                        best = Math.max(best, a.ratio());
                    }
                    if (periods.get(a.period()).end().isBefore(plan.start())) {
                        before++;
                        beforeSum += a.ratio();
                    }
                }
                if (after < sustainedPeriods || !(best < missedBelow) || before == 0) {
                    continue;
                }
                double averageAfter = afterSum / after;
                double averageBefore = beforeSum / before;
                if (averageAfter - averageBefore < minImprovement) {
                    result.add(finding(Rules.INEFFECTIVE, SubjectType.SALESPERSON, id,
                            Evidence.of("plan", plan.id(), "planKind", plan.kind(), "planStart", plan.start().toString(),
                                    "planEnd", plan.end().toString(), "documentation", plan.documentation(),
                                    "periodsAfter", after, "sustainedPeriods", (int) sustainedPeriods,
                                    "attainmentBefore", averageBefore, "attainmentAfter", averageAfter,
                                    "minImprovement", minImprovement)));
                }
            }
            return result;
        }

        private boolean thin(CoachingPlan plan) {
            return plan.getDays() < minPlanDays || plan.getDocumentationCharacters() < minDocumentationCharacters;
        }

        /** The latest completed plan, too short or too thinly documented, with none planned or running. */
        private void thinPlans(String id, List<CoachingPlan> plans) {
            for (CoachingPlan p : plans) {
                if (p.status() == PlanStatus.PLANNED || p.status() == PlanStatus.IN_PROGRESS) {
                    return;
                }
            }
            for (CoachingPlan plan : plans) {
                if (plan.status() != PlanStatus.COMPLETED || plan.start() == null || plan.end() == null || !thin(plan)) {
                    continue;
                }
                boolean newer = plans.stream().anyMatch(o -> o.status() == PlanStatus.COMPLETED && o.end() != null
                        && o.end().isAfter(plan.end()));
                if (!newer) {
                    finding(Rules.THIN_PLAN, SubjectType.SALESPERSON, id, Evidence.of("cause", "COACHING_INEFFECTIVE",
                            "plan", plan.id(), "planKind", plan.kind(), "planStart", plan.start().toString(),
                            "planEnd", plan.end().toString(), "planDays", plan.getDays(),
                            "documentationCharacters", plan.getDocumentationCharacters(),
                            "minPlanDays", (int) minPlanDays, "minDocumentationCharacters", (int) minDocumentationCharacters));
                }
            }
        }

        /** The HR review's door: every upstream cause checked on figures, not merely absent. */
        private boolean checkedAndExcluded(Salesperson s, Set<String> excluded, boolean companyMarketExcluded) {
            String dept = s.departmentId();
            if (!companyMarketExcluded && !excluded.contains("market|" + SubjectType.DEPARTMENT + '|' + dept)) {
                return false;
            }
            for (String product : s.productIds()) {
                if (!excluded.contains("product|" + SubjectType.PRODUCT + '|' + product)
                        || !excluded.contains("price|" + SubjectType.PRODUCT + '|' + product)) {
                    return false;
                }
            }
            for (String stage : List.of("product", "price", "delivery", "customer-service", "marketing")) {
                if (!excluded.contains(stage + '|' + SubjectType.DEPARTMENT + '|' + dept)) {
                    return false;
                }
            }
            return excluded.contains("training|" + SubjectType.SALESPERSON + '|' + s.id());
        }

        // 9-recognition.drl

        private void recognition() {
            LocalDate end = current.end();
            Set<String> corrected = new HashSet<>();
            for (Recommendation r : recommendations) {
                if (r.action().equals("PERSONAL_COACHING") || r.action().equals("HR_DISMISSAL_REVIEW")) {
                    corrected.add(r.subjectId());
                }
            }
            for (Finding x : findings) {
                if (x.kind().equals("personal") && x.subjectType() == SubjectType.SALESPERSON) {
                    corrected.add(x.subjectId());
                }
            }
            if (current.isComplete()) {
                List<Finding> exceeded = findings.stream().filter(x -> x.code().equals("GOAL_EXCEEDED")
                        && x.subjectType() == SubjectType.SALESPERSON).toList();
                for (Finding x : exceeded) {
                    boolean enoughPeers = false;
                    for (PeerComparison c : comparisons.getOrDefault(x.subjectId(), List.of())) {
                        if (c.peers() >= minPeers) {
                            enoughPeers = true;
                            if (c.ratio() - c.peerAverage() >= topMargin) {
                                finding(Rules.TOP_WITH_PEERS, SubjectType.SALESPERSON, x.subjectId(),
                                        Evidence.of("attainment", c.ratio(), "peerAverage", c.peerAverage(), "margin", topMargin));
                            }
                        }
                    }
                    if (!enoughPeers) {
                        finding(Rules.TOP_WITHOUT_PEERS, SubjectType.SALESPERSON, x.subjectId(),
                                Evidence.of("attainment", x.evidenceValue("attainment")));
                    }
                }
            }
            Set<String> tops = new LinkedHashSet<>();
            for (Finding x : findings) {
                if (x.code().equals("TOP_PERFORMER") && x.subjectType() == SubjectType.SALESPERSON) {
                    tops.add(x.subjectId());
                }
            }
            Map<String, List<Recognition>> recognitions = new HashMap<>();
            f.recognitions().forEach(r -> recognitions.computeIfAbsent(r.salespersonId(), k -> new ArrayList<>()).add(r));
            boolean recognitionsSent = f.sent(FactKind.RECOGNITIONS);
            for (String id : tops) {
                boolean recognised = recognitions.getOrDefault(id, List.of()).stream()
                        .anyMatch(r -> Dates.within(r.date(), unrecognisedMonths, end));
                if (recognitionsSent && !recognised) {
                    finding(Rules.RETENTION, SubjectType.SALESPERSON, id, Evidence.of("months", (int) unrecognisedMonths));
                }
                if (corrected.contains(id)) {
                    continue;
                }
                for (Attainment a : currentByPerson.getOrDefault(id, List.of())) {
                    for (Band b : incentiveBands) {
                        if (b.lower() <= a.ratio() && b.upper() > a.ratio()) {
                            recommendation(Rules.INCENTIVE, SubjectType.SALESPERSON, id, b.code(), "TOP_PERFORMER",
                                    Evidence.of("incentive", b.code(), "attainment", a.ratio()));
                        }
                    }
                }
            }
            if (!current.isComplete()) {
                return;
            }
            for (Finding x : new ArrayList<>(findings)) {
                if ((x.code().equals("GOAL_MET") || x.code().equals("GOAL_EXCEEDED")) && x.subjectType() == SubjectType.SALESPERSON
                        && !tops.contains(x.subjectId()) && !corrected.contains(x.subjectId())) {
                    recommendation(Rules.RECOGNISED, SubjectType.SALESPERSON, x.subjectId(), "", x.code(),
                            Evidence.of("attainment", x.evidenceValue("attainment")));
                }
            }
        }

        // 9-what-works.drl, after recognition: a technique counts the top performers who use it.

        private void whatWorks() {
            Period previous = null;
            for (Period p : periods.values()) {
                if (p.index() == current.index() - 1) {
                    previous = p;
                }
            }
            if (previous != null) {
                Map<String, List<ProductPerformance>> now = new HashMap<>();
                for (ProductPerformance p : f.productPerformance()) {
                    if (period.equals(p.period())) {
                        now.computeIfAbsent(p.productId(), k -> new ArrayList<>(1)).add(p);
                    }
                }
                for (ProductPerformance before : f.productPerformance()) {
                    if (!previous.id().equals(before.period()) || before.revenue() == null || !(before.revenue() > 0)) {
                        continue;
                    }
                    for (ProductPerformance p : now.getOrDefault(before.productId(), List.of())) {
                        if (p.revenue() == null) {
                            continue;
                        }
                        double growth = (p.revenue() - before.revenue()) / before.revenue();
                        if (growth >= productGrowth) {
                            finding(Rules.PRODUCT_GROWING, SubjectType.PRODUCT, p.productId(),
                                    Evidence.of("growth", growth, "revenue", p.revenue(), "previousRevenue", before.revenue(),
                                            "previousPeriod", previous.id(), "threshold", productGrowth));
                        }
                    }
                }
            }
            Map<String, Set<String>> topUsers = new LinkedHashMap<>();
            for (TechniqueUse u : f.techniques()) {
                if (period.equals(u.period())) {
                    Set<String> users = topUsers.computeIfAbsent(u.technique(), k -> new HashSet<>());
                    if (found("TOP_PERFORMER", SubjectType.SALESPERSON, u.salespersonId())) {
                        users.add(u.salespersonId());
                    }
                }
            }
            topUsers.forEach((technique, users) -> {
                if (users.size() >= minTopPerformersPerTechnique) {
                    finding(Rules.TECHNIQUE_SHARED, SubjectType.TECHNIQUE, technique,
                            Evidence.of("topPerformers", users.size(), "threshold", (int) minTopPerformersPerTechnique));
                }
            });
            Set<String> recorded = new HashSet<>();
            for (FeedbackCollection c : f.feedback()) {
                if (!period.equals(c.period())) {
                    continue;
                }
                recorded.add(c.departmentId());
                if (!departments.contains(c.departmentId())) {
                    continue;
                }
                if (c.responses() >= feedbackMinResponses && c.satisfaction() >= feedbackSatisfaction) {
                    finding(Rules.CUSTOMERS_PLEASED, SubjectType.DEPARTMENT, c.departmentId(),
                            Evidence.of("satisfaction", c.satisfaction(), "responses", c.responses(),
                                    "threshold", feedbackSatisfaction));
                }
                if (c.responses() < feedbackMinResponses) {
                    recommendation(Rules.ASK_CUSTOMERS, SubjectType.DEPARTMENT, c.departmentId(), "", "",
                            Evidence.of("responses", c.responses(), "minResponses", (int) feedbackMinResponses));
                }
            }
            for (Finding x : new ArrayList<>(findings)) {
                if (x.code().equals("SUCCESS_PATTERN")) {
                    recommendation(Rules.SHARE, x.subjectType(), x.subjectId(), "", "SUCCESS_PATTERN", Evidence.of());
                }
            }
            if (f.sent(FactKind.FEEDBACK)) {
                for (Department d : f.departments()) {
                    if (!recorded.contains(d.id())) {
                        recommendation(Rules.NO_FEEDBACK, SubjectType.DEPARTMENT, d.id(), "", "",
                                Evidence.of("period", period, "responses", 0));
                    }
                }
            }
        }

        // Derived facts, built from the rule's metadata like Derive does for the DRL.

        private Finding finding(String rule, SubjectType type, String id, List<Evidence> evidence) {
            return finding(rule, rules.get(rule).code(), type, id, evidence);
        }

        private Finding finding(String rule, String code, SubjectType type, String id, List<Evidence> evidence) {
            RuleInfo info = rules.get(rule);
            Finding x = new Finding(code, info.kind(), info.step(), type, id, rule, evidence);
            findings.add(x);
            found.add(code + '|' + type + '|' + id);
            if (info.kind().equals("cause")) {
                causes.add(type + "|" + id);
                companyCause |= type == SubjectType.COMPANY;
            }
            return x;
        }

        private boolean found(String code, SubjectType type, String id) {
            return found.contains(code + '|' + type + '|' + id);
        }

        private void recommendation(String rule, SubjectType type, String id, String incentive, String basedOn,
                                    List<Evidence> evidence) {
            RuleInfo info = rules.get(rule);
            List<String> on = basedOn.isBlank() ? List.of() : List.of(basedOn.split(","));
            recommendations.add(new Recommendation(info.code(), info.step(), type, id, incentive, on, rule, evidence));
        }

        private void excluded(String rule, SubjectType type, String id, List<Evidence> evidence) {
            RuleInfo info = rules.get(rule);
            exclusions.add(new CauseExcluded(info.stage(), info.code(), type, id, rule, evidence));
        }
    }

    /** The periods FactLoader turns into Period facts: the period under diagnosis and every period any fact mentions. */
    static Set<String> periodIds(CompanyFacts facts) {
        Set<String> ids = new HashSet<>();
        ids.add(facts.period());
        facts.goals().forEach(g -> ids.add(g.period()));
        facts.results().forEach(r -> ids.add(r.period()));
        facts.productPerformance().forEach(p -> ids.add(p.period()));
        facts.delivery().forEach(d -> ids.add(d.period()));
        facts.customerService().forEach(c -> ids.add(c.period()));
        facts.marketing().forEach(m -> ids.add(m.period()));
        facts.marketIndicators().forEach(m -> ids.add(m.period()));
        facts.feedback().forEach(c -> ids.add(c.period()));
        facts.techniques().forEach(t -> ids.add(t.period()));
        ids.remove(null);
        return ids;
    }
}
