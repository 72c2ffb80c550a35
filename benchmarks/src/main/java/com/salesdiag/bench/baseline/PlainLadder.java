package com.salesdiag.bench.baseline;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Dates;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Figures;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.derived.PeerComparison;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.Department;
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
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.session.ConclusionCollector;
import com.salesdiag.engine.internal.session.SessionOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The escalation ladder of {@code rules/ladder/*.drl} written as plain Java: the fastest this logic can go on one
 * thread, to measure the rules engine against. Each block says which rule it restates. Thresholds and bands come
 * from the compiled {@link Ruleset} (the decision table), never from literals; codes, kinds and steps from the
 * rules' own metadata. {@link #evaluate} derives what the rules leave in working memory; {@link #diagnose} hands
 * that to the engine's own {@link ConclusionCollector}, so the answer - explanations in both languages and HR
 * review records included - is a {@link Diagnosis} comparable field by field with the engine's.
 * <p>
 * Facts are indexed by id once per company (hash maps), so a company costs time linear in its facts.
 * {@code PlainLadderEquivalenceTests} checks that it agrees with the rules on thousands of generated companies.
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
    private final double priceIndexTolerance;
    private final double priceLossShare;
    private final double discountCeiling;
    private final double onTimeTolerance;
    private final double maxDelay;
    private final double maxBacklog;
    private final double maxComplaints;
    private final double minSatisfaction;
    private final double maxOpenFollowUps;
    private final double minLeadRatio;
    private final double minAudienceFit;
    private final double downturn;
    private final double graceDays;
    private final double reviseUpAttainment;
    private final double reviseUpShare;
    private final double trainingMonths;
    private final double rampUpMonths;
    private final double capabilityMargin;
    private final double sustainedPeriods;
    private final double minImprovement;
    private final double topMargin;
    private final double unrecognisedMonths;
    private final double productGrowth;
    private final double minTopPerformersPerTechnique;
    private final double feedbackMinResponses;
    private final double feedbackSatisfaction;

    public PlainLadder(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.rules = new HashMap<>();
        for (String name : Rules.ALL) {
            rules.put(name, ruleset.rule(name).orElseThrow(
                    () -> new IllegalStateException("The baseline restates rule '" + name + "', which the ruleset lacks")));
        }
        goalBands = ruleset.bands("goal");
        incentiveBands = ruleset.bands("incentive");
        missedBelow = band(goalBands, "GOAL_MISSED").upper();
        exceededFrom = band(goalBands, "GOAL_EXCEEDED").lower();
        systemicShare = t("systemic.missingShare");
        systemicMinPeople = t("systemic.minSalespeople");
        qualityTolerance = t("product.qualityTolerance");
        productLossShare = t("product.lossShare");
        priceIndexTolerance = t("price.indexTolerance");
        priceLossShare = t("price.lossShare");
        discountCeiling = t("price.discountCeiling");
        onTimeTolerance = t("delivery.onTimeTolerance");
        maxDelay = t("delivery.maxAverageDelayDays");
        maxBacklog = t("delivery.maxBacklogDays");
        maxComplaints = t("service.maxComplaintsPer100");
        minSatisfaction = t("service.minSatisfaction");
        maxOpenFollowUps = t("service.maxUnresolvedFollowUpRate");
        minLeadRatio = t("marketing.minLeadRatio");
        minAudienceFit = t("marketing.minAudienceFit");
        downturn = t("market.downturnDemandChange");
        graceDays = t("goals.discussionGraceDays");
        reviseUpAttainment = t("goals.reviseUpAttainment");
        reviseUpShare = t("goals.reviseUpShare");
        trainingMonths = t("training.recentMonths");
        rampUpMonths = t("salesperson.rampUpMonths");
        capabilityMargin = t("capability.peerMargin");
        sustainedPeriods = t("coaching.sustainedPeriods");
        minImprovement = t("coaching.minImprovement");
        topMargin = t("top.peerMargin");
        unrecognisedMonths = t("retention.unrecognisedMonths");
        productGrowth = t("success.productGrowth");
        minTopPerformersPerTechnique = t("success.minTopPerformersPerTechnique");
        feedbackMinResponses = t("feedback.minResponses");
        feedbackSatisfaction = t("success.feedbackSatisfaction");
    }

    /** The same answer as {@code DiagnosisEngine.diagnose}: the ladder in Java, then the engine's collector. */
    public Diagnosis diagnose(CompanyFacts facts) {
        return new ConclusionCollector(ruleset, facts).collect(evaluate(facts));
    }

    /** What the rules leave in working memory for these facts: conclusions only, no explanations. */
    public SessionOutcome evaluate(CompanyFacts facts) {
        return new Run(facts).run();
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
        static final String SP_ATTAINMENT = "Salesperson attainment in a period";
        static final String GOAL_BAND = "Attainment falls in a goal band";
        static final String COMPANY_DOWNTURN = "Company market in downturn";
        static final String DEPARTMENT_DOWNTURN = "Department market in downturn";
        static final String LOWER_GOALS = "Downturn calls for lower goals";
        static final String DEMAND_HOLDING = "Market demand holding";
        static final String NOT_DISCUSSED = "Goal never discussed with the salesperson";
        static final String DISCUSS = "Undiscussed goals must be discussed";
        static final String SYSTEMIC = "Most of a department missed the goal";
        static final String TEAM_FAR_ABOVE = "A whole team far above its goal";
        static final String PRODUCT_QUALITY = "Product trails competitors on quality";
        static final String LOSES_ON_PRODUCT = "Department loses deals on product function or quality";
        static final String PRODUCT_HOLDS = "Product holds up against competitors";
        static final String RARELY_ON_PRODUCT = "Department rarely loses deals on product";
        static final String REVIEW_PRODUCT = "Uncompetitive product goes back to product management";
        static final String PRICED_ABOVE = "Product priced above competitors";
        static final String LOSES_ON_PRICE = "Department loses deals on price";
        static final String DISCOUNTS = "Department props up the price with discounts";
        static final String PRICED_IN_LINE = "Product priced in line with competitors";
        static final String WINS_ON_PRICE = "Department wins on price without heavy discounts";
        static final String REVIEW_PRICING = "Uncompetitive price goes to pricing review";
        static final String LATE = "Deliveries late or backlogged";
        static final String ON_TIME = "Deliveries on time";
        static final String ESCALATE_DELIVERY = "Late deliveries escalate to production";
        static final String SERVICE_FAILING = "Customer service failing";
        static final String SERVICE_WORKING = "Customer service working";
        static final String ESCALATE_SERVICE = "Customer service problems escalate";
        static final String MARKETING_MISSES = "Marketing misses the plan or the audience";
        static final String MARKETING_ON_PLAN = "Marketing on plan and on target";
        static final String REVIEW_MARKETING = "Marketing mismatch goes to marketing";
        static final String NO_RECENT_TRAINING = "No recent training on a core topic";
        static final String UNTRAINED_PRODUCT = "Product sold without training on it";
        static final String TRAINED = "Salesperson trained on every topic and product";
        static final String PROVIDE_TRAINING = "Training gap is the company's to close";
        static final String CAPABILITY = "Individual shortfall against peers";
        static final String COACHING = "Capability gap calls for personal coaching";
        static final String INEFFECTIVE = "Completed coaching did not lift results";
        static final String HR_REVIEW = "Ineffective coaching goes to HR for a dismissal review";
        static final String PRODUCT_GROWING = "Product revenue growing";
        static final String TECHNIQUE_SHARED = "Top performers share a technique";
        static final String CUSTOMERS_PLEASED = "Customers are pleased";
        static final String SHARE = "Success is shared with the whole staff";
        static final String ASK_CUSTOMERS = "Nobody asked the customers";
        static final String TOP_WITH_PEERS = "Goal exceeded, well above the peers";
        static final String TOP_WITHOUT_PEERS = "Goal exceeded with no peers to compare";
        static final String RETENTION = "Top performer not recognised for long";
        static final String INCENTIVE = "Top performer rewarded with an incentive";
        static final String RECOGNISED = "Goal met or exceeded is recognised";

        static final List<String> ALL = List.of(SP_ATTAINMENT, GOAL_BAND, COMPANY_DOWNTURN, DEPARTMENT_DOWNTURN,
                LOWER_GOALS, DEMAND_HOLDING, NOT_DISCUSSED, DISCUSS, SYSTEMIC, TEAM_FAR_ABOVE, PRODUCT_QUALITY,
                LOSES_ON_PRODUCT, PRODUCT_HOLDS, RARELY_ON_PRODUCT, REVIEW_PRODUCT, PRICED_ABOVE, LOSES_ON_PRICE,
                DISCOUNTS, PRICED_IN_LINE, WINS_ON_PRICE, REVIEW_PRICING, LATE, ON_TIME, ESCALATE_DELIVERY,
                SERVICE_FAILING, SERVICE_WORKING, ESCALATE_SERVICE, MARKETING_MISSES, MARKETING_ON_PLAN,
                REVIEW_MARKETING, NO_RECENT_TRAINING, UNTRAINED_PRODUCT, TRAINED, PROVIDE_TRAINING, CAPABILITY,
                COACHING, INEFFECTIVE, HR_REVIEW, PRODUCT_GROWING, TECHNIQUE_SHARED, CUSTOMERS_PLEASED, SHARE,
                ASK_CUSTOMERS, TOP_WITH_PEERS, TOP_WITHOUT_PEERS, RETENTION, INCENTIVE, RECOGNISED);

        private Rules() {
        }
    }

    private record Key(String a, String b) {
    }

    /** One company's evaluation: indexes of its facts and what has been derived so far. */
    private final class Run {
        private final CompanyFacts f;
        private final Period current;
        private final String period;
        private final Map<String, Period> periods = new HashMap<>();
        private final Set<String> departments = new HashSet<>();
        private final Map<String, List<Salesperson>> peopleByDepartment = new HashMap<>();
        private final Map<Key, List<SalesResult>> resultsByPersonPeriod = new HashMap<>();

        private final Set<Attainment> attainments = new LinkedHashSet<>();
        private final List<Attainment> currentPersonal = new ArrayList<>();
        private final Map<String, List<Attainment>> currentByPerson = new HashMap<>();
        private final Map<Key, List<PeerComparison>> comparisons = new HashMap<>();
        private final Set<Finding> findings = new LinkedHashSet<>();
        private final Set<Recommendation> recommendations = new LinkedHashSet<>();
        private final Set<CauseExcluded> exclusions = new LinkedHashSet<>();
        private final List<PeerBenchmark> benchmarks = new ArrayList<>();

        /** Subjects of findings, as "CODE|TYPE|id", and of cause findings, as "TYPE|id". */
        private final Set<String> found = new HashSet<>();
        private final Set<String> causes = new HashSet<>();
        private boolean companyCause;

        Run(CompanyFacts facts) {
            this.f = facts;
            this.period = facts.period();
            this.current = PeriodCalendar.parse(period, true);
            for (String id : periodIds(facts)) {
                periods.put(id, PeriodCalendar.parse(id, id.equals(period)));
            }
            facts.departments().forEach(d -> departments.add(d.id()));
            for (Salesperson s : facts.salespeople()) {
                peopleByDepartment.computeIfAbsent(s.departmentId(), d -> new ArrayList<>()).add(s);
            }
            for (SalesResult r : facts.results()) {
                resultsByPersonPeriod.computeIfAbsent(new Key(r.salespersonId(), r.period()), k -> new ArrayList<>(1)).add(r);
            }
        }

        SessionOutcome run() {
            goals();
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

        // 0-goals.drl

        private void goals() {
            Map<String, List<Salesperson>> byId = new HashMap<>();
            f.salespeople().forEach(s -> byId.computeIfAbsent(s.id(), k -> new ArrayList<>(1)).add(s));
            Map<Key, double[]> peers = new LinkedHashMap<>();
            for (Goal g : f.goals()) {
                if (!(g.target() > 0)) {
                    continue;
                }
                Period p = periods.get(g.period());
                if (g.level() == GoalLevel.SALESPERSON) {
                    for (Salesperson s : byId.getOrDefault(g.subjectId(), List.of())) {
                        for (SalesResult r : resultsByPersonPeriod.getOrDefault(new Key(s.id(), g.period()), List.of())) {
                            attainments.add(new Attainment(GoalLevel.SALESPERSON, s.id(), s.departmentId(), s.peerGroup(),
                                    p.id(), p.index(), p.start(), p.underDiagnosis(), r.revenue(), g.target(), r.revenue() / g.target()));
                        }
                    }
                } else if (g.level() == GoalLevel.DEPARTMENT && departments.contains(g.subjectId())) {
                    double actual = 0;
                    for (Salesperson s : peopleByDepartment.getOrDefault(g.subjectId(), List.of())) {
                        for (SalesResult r : resultsByPersonPeriod.getOrDefault(new Key(s.id(), g.period()), List.of())) {
                            actual += r.revenue();
                        }
                    }
                    actual = Figures.stable(actual);
                    attainments.add(new Attainment(GoalLevel.DEPARTMENT, g.subjectId(), g.subjectId(), g.subjectId(),
                            p.id(), p.index(), p.start(), p.underDiagnosis(), actual, g.target(), actual / g.target()));
                } else if (g.level() == GoalLevel.COMPANY && f.company() != null && f.company().id().equals(g.subjectId())) {
                    double actual = 0;
                    for (SalesResult r : f.results()) {
                        if (g.period().equals(r.period())) {
                            actual += r.revenue();
                        }
                    }
                    actual = Figures.stable(actual);
                    attainments.add(new Attainment(GoalLevel.COMPANY, g.subjectId(), "", "", p.id(), p.index(),
                            p.start(), p.underDiagnosis(), actual, g.target(), actual / g.target()));
                }
            }
            // Peer benchmark and comparison: the others' average in the same peer group and period.
            for (Attainment a : attainments) {
                if (a.level() == GoalLevel.SALESPERSON) {
                    double[] sum = peers.computeIfAbsent(new Key(a.peerGroup(), a.period()), k -> new double[2]);
                    sum[0] += a.ratio();
                    sum[1]++;
                    if (a.period().equals(period)) {
                        currentPersonal.add(a);
                        currentByPerson.computeIfAbsent(a.subjectId(), k -> new ArrayList<>(1)).add(a);
                    }
                }
            }
            Map<Key, PeerBenchmark> byGroup = new HashMap<>();
            peers.forEach((key, sum) -> {
                PeerBenchmark b = new PeerBenchmark(key.a(), key.b(), Figures.stable(sum[0]), (long) sum[1]);
                benchmarks.add(b);
                byGroup.put(key, b);
            });
            for (Attainment a : attainments) {
                if (a.level() == GoalLevel.SALESPERSON) {
                    PeerBenchmark b = byGroup.get(new Key(a.peerGroup(), a.period()));
                    if (b.count() > 1) {
                        comparisons.computeIfAbsent(new Key(a.subjectId(), a.period()), k -> new ArrayList<>(1))
                                .add(new PeerComparison(a.subjectId(), a.period(), a.ratio(), b.averageWithout(a.ratio()),
                                        b.count() - 1));
                    }
                }
            }
            for (Attainment a : attainments) {
                if (!a.period().equals(period)) {
                    continue;
                }
                for (Band b : goalBands) {
                    if (b.lower() <= a.ratio() && b.upper() > a.ratio()) {
                        finding(Rules.GOAL_BAND, b.code(), a.subjectType(), a.subjectId(),
                                Evidence.of("attainment", a.ratio(), "actual", a.actual(), "target", a.target(),
                                        "bandFrom", b.lower(), "bandTo", b.upper()));
                    }
                }
            }
        }

        // 0-context.drl

        private void context() {
            for (MarketIndicator m : f.marketIndicators()) {
                if (!period.equals(m.period())) {
                    continue;
                }
                if (m.demandChange() <= downturn) {
                    if (m.departmentId() == null && f.company() != null) {
                        finding(Rules.COMPANY_DOWNTURN, SubjectType.COMPANY, f.company().id(),
                                Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                    } else if (m.departmentId() != null && departments.contains(m.departmentId())) {
                        finding(Rules.DEPARTMENT_DOWNTURN, SubjectType.DEPARTMENT, m.departmentId(),
                                Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                    }
                } else if (f.company() != null) {
                    excluded(Rules.DEMAND_HOLDING, m.departmentId() == null ? SubjectType.COMPANY : SubjectType.DEPARTMENT,
                            m.departmentId() == null ? f.company().id() : m.departmentId(),
                            Evidence.of("demandChange", m.demandChange(), "threshold", downturn));
                }
            }
            LocalDate dueBy = Dates.plusDays(current.start(), graceDays);
            Set<String> people = new HashSet<>();
            f.salespeople().forEach(s -> people.add(s.id()));
            for (Goal g : f.goals()) {
                if (g.level() == GoalLevel.SALESPERSON && period.equals(g.period()) && people.contains(g.subjectId())
                        && (g.discussedOn() == null || g.discussedOn().isAfter(dueBy))) {
                    finding(Rules.NOT_DISCUSSED, SubjectType.SALESPERSON, g.subjectId(),
                            Evidence.of("period", period, "discussedOn", g.discussedOn() == null ? "never" : g.discussedOn().toString(),
                                    "dueBy", dueBy.toString()));
                }
            }
            Map<String, long[]> byDepartment = new HashMap<>();
            for (Attainment a : currentPersonal) {
                long[] counts = byDepartment.computeIfAbsent(a.departmentId(), d -> new long[3]);
                counts[0]++;
                if (a.ratio() < missedBelow) {
                    counts[1]++;
                }
                if (a.ratio() >= exceededFrom) {
                    counts[2]++;
                }
            }
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
                if (a.level() == GoalLevel.DEPARTMENT && a.period().equals(period) && a.ratio() >= reviseUpAttainment) {
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

        /** Sums over a department's salespeople's results in the period under diagnosis. */
        private final class DepartmentResults {
            long results;
            double lost;
            double onProduct;
            double onPrice;
            double discount;
        }

        private Map<String, DepartmentResults> departmentResults;

        private Map<String, DepartmentResults> departmentResults() {
            if (departmentResults == null) {
                departmentResults = new HashMap<>();
                for (Department d : f.departments()) {
                    DepartmentResults sums = new DepartmentResults();
                    for (Salesperson s : peopleByDepartment.getOrDefault(d.id(), List.of())) {
                        for (SalesResult r : resultsByPersonPeriod.getOrDefault(new Key(s.id(), period), List.of())) {
                            sums.results++;
                            sums.lost += r.dealsLost();
                            sums.onProduct += r.lostOnProduct();
                            sums.onPrice += r.lostOnPrice();
                            sums.discount += r.averageDiscount();
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
                if (!period.equals(p.period())) {
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
                int lost = (int) sums.lost;
                if (lost > 0 && sums.onProduct / sums.lost >= productLossShare) {
                    finding(Rules.LOSES_ON_PRODUCT, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnProduct", (int) sums.onProduct, "lost", lost,
                                    "share", sums.onProduct / sums.lost, "threshold", productLossShare));
                }
                if (sums.results > 0 && (lost == 0 || sums.onProduct / sums.lost < productLossShare)) {
                    excluded(Rules.RARELY_ON_PRODUCT, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnProduct", (int) sums.onProduct, "lost", lost, "threshold", productLossShare));
                }
            }
        }

        // 2-price.drl

        private void price() {
            for (ProductPerformance p : f.productPerformance()) {
                if (!period.equals(p.period())) {
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
                int lost = (int) sums.lost;
                if (lost > 0 && sums.onPrice / sums.lost >= priceLossShare) {
                    finding(Rules.LOSES_ON_PRICE, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnPrice", (int) sums.onPrice, "lost", lost,
                                    "share", sums.onPrice / sums.lost, "threshold", priceLossShare));
                }
                if (sums.results == 0) {
                    continue;
                }
                double average = Figures.stable(sums.discount / sums.results);
                if (average > discountCeiling) {
                    finding(Rules.DISCOUNTS, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("averageDiscount", average, "ceiling", discountCeiling));
                } else if (lost == 0 || sums.onPrice / sums.lost < priceLossShare) {
                    excluded(Rules.WINS_ON_PRICE, SubjectType.DEPARTMENT, d.id(),
                            Evidence.of("lostOnPrice", (int) sums.onPrice, "lost", lost, "lossShareThreshold", priceLossShare,
                                    "averageDiscount", average, "ceiling", discountCeiling));
                }
            }
        }

        // 3-delivery.drl

        private void delivery() {
            for (DeliveryPerformance d : f.delivery()) {
                if (!period.equals(d.period())) {
                    continue;
                }
                List<Evidence> evidence = Evidence.of("onTimeRate", d.onTimeRate(), "onTimeTolerance", onTimeTolerance,
                        "averageDelayDays", d.averageDelayDays(), "maxAverageDelayDays", maxDelay,
                        "backlogDays", d.backlogDays(), "maxBacklogDays", maxBacklog);
                SubjectType type = SubjectType.valueOf(d.scope().name());
                if (d.onTimeRate() < onTimeTolerance || d.averageDelayDays() > maxDelay || d.backlogDays() > maxBacklog) {
                    finding(Rules.LATE, type, d.scopeId(), evidence);
                } else {
                    excluded(Rules.ON_TIME, type, d.scopeId(), evidence);
                }
            }
        }

        // 4-customer-service.drl

        private void customerService() {
            for (CustomerService c : f.customerService()) {
                if (!period.equals(c.period())) {
                    continue;
                }
                List<Evidence> evidence = Evidence.of("complaintsPer100", c.complaintsPer100Orders(),
                        "maxComplaintsPer100", maxComplaints, "satisfaction", c.satisfaction(),
                        "minSatisfaction", minSatisfaction, "unresolvedFollowUpRate", c.unresolvedFollowUpRate(),
                        "maxUnresolvedFollowUpRate", maxOpenFollowUps);
                if (c.complaintsPer100Orders() > maxComplaints || c.satisfaction() < minSatisfaction
                        || c.unresolvedFollowUpRate() > maxOpenFollowUps) {
                    if (departments.contains(c.departmentId())) {
                        finding(Rules.SERVICE_FAILING, SubjectType.DEPARTMENT, c.departmentId(), evidence);
                    }
                } else {
                    excluded(Rules.SERVICE_WORKING, SubjectType.DEPARTMENT, c.departmentId(), evidence);
                }
            }
        }

        // 5-marketing.drl

        private void marketing() {
            for (MarketingPerformance m : f.marketing()) {
                if (!period.equals(m.period()) || m.leadsPlanned() <= 0) {
                    continue;
                }
                double ratio = (double) m.leads() / m.leadsPlanned();
                if (ratio < minLeadRatio || m.audienceFit() < minAudienceFit) {
                    if (departments.contains(m.departmentId())) {
                        finding(Rules.MARKETING_MISSES, SubjectType.DEPARTMENT, m.departmentId(),
                                Evidence.of("leads", m.leads(), "leadsPlanned", m.leadsPlanned(), "leadRatio", ratio,
                                        "minLeadRatio", minLeadRatio, "audienceFit", m.audienceFit(),
                                        "minAudienceFit", minAudienceFit));
                    }
                } else {
                    excluded(Rules.MARKETING_ON_PLAN, SubjectType.DEPARTMENT, m.departmentId(),
                            Evidence.of("leads", m.leads(), "leadsPlanned", m.leadsPlanned(), "minLeadRatio", minLeadRatio,
                                    "audienceFit", m.audienceFit(), "minAudienceFit", minAudienceFit));
                }
            }
        }

        // 6-support-and-training.drl

        private void training() {
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
                    case "MARKET_DOWNTURN":
                        recommendation(Rules.LOWER_GOALS, x.subjectType(), x.subjectId(), "", "MARKET_DOWNTURN",
                                Evidence.of("direction", "down", "demandChange", x.evidenceValue("demandChange")));
                        break;
                    case "GOALS_NOT_COMMUNICATED":
                        recommendation(Rules.DISCUSS, x.subjectType(), x.subjectId(), "", "GOALS_NOT_COMMUNICATED",
                                Evidence.of("period", x.evidenceValue("period")));
                        break;
                    case "PRODUCT_NOT_COMPETITIVE":
                        recommendation(Rules.REVIEW_PRODUCT, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    case "PRICE_NOT_COMPETITIVE":
                        recommendation(Rules.REVIEW_PRICING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    case "DELIVERY_DELAYS":
                        recommendation(Rules.ESCALATE_DELIVERY, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    case "CUSTOMER_SERVICE_PROBLEMS":
                        recommendation(Rules.ESCALATE_SERVICE, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    case "MARKETING_MISMATCH":
                        recommendation(Rules.REVIEW_MARKETING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    case "TRAINING_GAP":
                        recommendation(Rules.PROVIDE_TRAINING, x.subjectType(), x.subjectId(), "", x.code(), Evidence.of());
                        break;
                    default:
                        break;
                }
            }
        }

        // 7-capability.drl and 8-hr-review.drl

        private void capabilityAndReview() {
            Map<String, List<CoachingPlan>> plansByPerson = new HashMap<>();
            f.coachingPlans().forEach(p -> plansByPerson.computeIfAbsent(p.salespersonId(), k -> new ArrayList<>()).add(p));
            Map<String, List<Attainment>> historyByPerson = new HashMap<>();
            for (Attainment a : attainments) {
                if (a.level() == GoalLevel.SALESPERSON) {
                    historyByPerson.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
                }
            }
            Set<String> exclusionKeys = new HashSet<>();
            for (CauseExcluded c : exclusions) {
                exclusionKeys.add(c.stage() + '|' + c.subjectType() + '|' + c.subjectId());
            }
            for (Salesperson s : f.salespeople()) {
                if (!upstreamCleared(s)) {
                    continue;
                }
                List<Finding> gaps = new ArrayList<>();
                if (found("GOAL_MISSED", SubjectType.SALESPERSON, s.id())
                        && (s.hireDate() == null || Dates.monthsBetween(s.hireDate(), current.start()) >= rampUpMonths)) {
                    for (PeerComparison c : comparisons.getOrDefault(new Key(s.id(), period), List.of())) {
                        if (c.peerAverage() - c.ratio() >= capabilityMargin) {
                            gaps.add(finding(Rules.CAPABILITY, SubjectType.SALESPERSON, s.id(),
                                    Evidence.of("attainment", c.ratio(), "peerAverage", c.peerAverage(), "peers", c.peers(),
                                            "margin", capabilityMargin)));
                        }
                    }
                }
                if (gaps.isEmpty()) {
                    continue;
                }
                List<Finding> ineffective = ineffective(s, plansByPerson.getOrDefault(s.id(), List.of()),
                        historyByPerson.getOrDefault(s.id(), List.of()));
                boolean review = !ineffective.isEmpty() && checkedAndExcluded(s, exclusionKeys);
                if (review) {
                    for (Finding x : ineffective) {
                        recommendation(Rules.HR_REVIEW, SubjectType.SALESPERSON, s.id(), "", "COACHING_INEFFECTIVE,CAPABILITY_GAP",
                                x.evidence());
                    }
                } else {
                    for (Finding gap : gaps) {
                        recommendation(Rules.COACHING, SubjectType.SALESPERSON, s.id(), "", "CAPABILITY_GAP", gap.evidence());
                    }
                }
            }
        }

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

        private List<Finding> ineffective(Salesperson s, List<CoachingPlan> plans, List<Attainment> history) {
            List<Finding> result = new ArrayList<>(1);
            for (CoachingPlan p : plans) {
                if (p.status() == PlanStatus.PLANNED || p.status() == PlanStatus.IN_PROGRESS) {
                    return result;
                }
            }
            for (CoachingPlan plan : plans) {
                if (plan.status() != PlanStatus.COMPLETED || !plan.documented() || plan.start() == null || plan.end() == null) {
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
                    result.add(finding(Rules.INEFFECTIVE, SubjectType.SALESPERSON, s.id(),
                            Evidence.of("plan", plan.id(), "planKind", plan.kind(), "planStart", plan.start().toString(),
                                    "planEnd", plan.end().toString(), "documentation", plan.documentation(),
                                    "periodsAfter", after, "sustainedPeriods", (int) sustainedPeriods,
                                    "attainmentBefore", averageBefore, "attainmentAfter", averageAfter,
                                    "minImprovement", minImprovement)));
                }
            }
            return result;
        }

        /** The HR review's door: every upstream cause checked on figures, not merely absent. */
        private boolean checkedAndExcluded(Salesperson s, Set<String> excluded) {
            String dept = s.departmentId();
            boolean market = excluded.contains("market|" + SubjectType.DEPARTMENT + '|' + dept)
                    || exclusions.stream().anyMatch(c -> c.stage().equals("market") && c.subjectType() == SubjectType.COMPANY);
            if (!market) {
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
            Map<String, List<Recognition>> recognitions = new HashMap<>();
            f.recognitions().forEach(r -> recognitions.computeIfAbsent(r.salespersonId(), k -> new ArrayList<>()).add(r));
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
            List<Finding> exceeded = findings.stream().filter(x -> x.code().equals("GOAL_EXCEEDED")
                    && x.subjectType() == SubjectType.SALESPERSON).toList();
            for (Finding x : exceeded) {
                List<PeerComparison> compared = comparisons.getOrDefault(new Key(x.subjectId(), period), List.of());
                for (PeerComparison c : compared) {
                    if (c.ratio() - c.peerAverage() >= topMargin) {
                        finding(Rules.TOP_WITH_PEERS, SubjectType.SALESPERSON, x.subjectId(),
                                Evidence.of("attainment", c.ratio(), "peerAverage", c.peerAverage(), "margin", topMargin));
                    }
                }
                if (compared.isEmpty()) {
                    finding(Rules.TOP_WITHOUT_PEERS, SubjectType.SALESPERSON, x.subjectId(),
                            Evidence.of("attainment", x.evidenceValue("attainment")));
                }
            }
            Set<String> tops = new HashSet<>();
            for (Finding x : findings) {
                if (x.code().equals("TOP_PERFORMER") && x.subjectType() == SubjectType.SALESPERSON) {
                    tops.add(x.subjectId());
                }
            }
            for (String id : tops) {
                boolean recognised = recognitions.getOrDefault(id, List.of()).stream()
                        .anyMatch(r -> Dates.within(r.date(), unrecognisedMonths, end));
                if (!recognised) {
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
                    if (!previous.id().equals(before.period()) || !(before.revenue() > 0)) {
                        continue;
                    }
                    for (ProductPerformance p : now.getOrDefault(before.productId(), List.of())) {
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
            Set<String> asked = new HashSet<>();
            for (FeedbackCollection c : f.feedback()) {
                if (!period.equals(c.period()) || c.responses() < feedbackMinResponses) {
                    continue;
                }
                asked.add(c.departmentId());
                if (c.satisfaction() >= feedbackSatisfaction && departments.contains(c.departmentId())) {
                    finding(Rules.CUSTOMERS_PLEASED, SubjectType.DEPARTMENT, c.departmentId(),
                            Evidence.of("satisfaction", c.satisfaction(), "responses", c.responses(),
                                    "threshold", feedbackSatisfaction));
                }
            }
            for (Finding x : new ArrayList<>(findings)) {
                if (x.code().equals("SUCCESS_PATTERN")) {
                    recommendation(Rules.SHARE, x.subjectType(), x.subjectId(), "", "SUCCESS_PATTERN", Evidence.of());
                }
            }
            for (Department d : f.departments()) {
                if (!asked.contains(d.id())) {
                    recommendation(Rules.ASK_CUSTOMERS, SubjectType.DEPARTMENT, d.id(), "", "",
                            Evidence.of("minResponses", (int) feedbackMinResponses));
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

    /** The periods FactLoader turns into Period facts: every period any fact mentions. */
    static Set<String> periodIds(CompanyFacts facts) {
        Set<String> ids = new TreeSet<>();
        if (facts.period() != null) {
            ids.add(facts.period());
        }
        Stream.of(facts.goals().stream().map(Goal::period), facts.results().stream().map(SalesResult::period),
                        facts.productPerformance().stream().map(ProductPerformance::period),
                        facts.delivery().stream().map(DeliveryPerformance::period),
                        facts.customerService().stream().map(CustomerService::period),
                        facts.marketing().stream().map(MarketingPerformance::period),
                        facts.marketIndicators().stream().map(MarketIndicator::period),
                        facts.feedback().stream().map(FeedbackCollection::period),
                        facts.techniques().stream().map(TechniqueUse::period))
                .flatMap(s -> s)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }
}
