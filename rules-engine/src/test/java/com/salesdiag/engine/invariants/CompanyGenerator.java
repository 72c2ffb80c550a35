package com.salesdiag.engine.invariants;

import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FeedbackCollection;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Incentive;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.PlanKind;
import com.salesdiag.engine.facts.PlanStatus;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.Recognition;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.TechniqueUse;
import com.salesdiag.engine.facts.Training;
import com.salesdiag.engine.facts.TrainingTopic;

import java.time.LocalDate;
import com.salesdiag.engine.facts.FactKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a whole company from a seed: a few departments and salespeople over five quarters, with every kind
 * of fact, each figure drawn on both sides of the default thresholds. A share of departments are kept healthy
 * and a share of salespeople are coached and keep missing, so that the deep steps of the ladder (coaching,
 * HR review) are reached often enough to be tested.
 * <p>Public, and shipped in rules-engine's test-jar, so that the benchmarks load the engine with the same mix of
 * causes the invariants are checked on.
 */
public final class CompanyGenerator {

    public static final List<String> PERIODS = List.of("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
    public static final String CURRENT = "2026-Q3";
    private static final List<String> TECHNIQUES = List.of("consultative selling", "reference visits", "bundles");

    private final SplittableRandom random;
    private final List<Department> departments = new ArrayList<>();
    private final List<Salesperson> salespeople = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<SalesResult> results = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<ProductPerformance> productPerformance = new ArrayList<>();
    private final List<DeliveryPerformance> delivery = new ArrayList<>();
    private final List<CustomerService> customerService = new ArrayList<>();
    private final List<MarketingPerformance> marketing = new ArrayList<>();
    private final List<MarketIndicator> marketIndicators = new ArrayList<>();
    private final List<Training> trainings = new ArrayList<>();
    private final List<CoachingPlan> coachingPlans = new ArrayList<>();
    private final List<Recognition> recognitions = new ArrayList<>();
    private final List<FeedbackCollection> feedback = new ArrayList<>();
    private final List<TechniqueUse> techniques = new ArrayList<>();

    /** Whether the company sends only some kinds of fact and leaves optional figures out, as real exports do. */
    private final boolean partial;
    private final Set<FactKind> notSent = EnumSet.noneOf(FactKind.class);
    private final int departmentCount;
    private final int minPeoplePerDepartment;
    private final int maxPeoplePerDepartment;

    private CompanyGenerator(long seed, int departmentCount, int minPeoplePerDepartment, int maxPeoplePerDepartment) {
        this(seed, departmentCount, minPeoplePerDepartment, maxPeoplePerDepartment, false);
    }

    private CompanyGenerator(long seed, int departmentCount, int minPeoplePerDepartment, int maxPeoplePerDepartment,
                             boolean partial) {
        this.partial = partial;
        this.random = new SplittableRandom(seed);
        this.departmentCount = departmentCount;
        this.minPeoplePerDepartment = minPeoplePerDepartment;
        this.maxPeoplePerDepartment = maxPeoplePerDepartment;
    }

    /**
     * A small company: one to three departments of one to six salespeople. Some kinds of fact may not be sent at
     * all, and some optional figures and sample sizes are left out or sent.
     */
    public static CompanyFacts company(long seed) {
        SplittableRandom sizes = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return new CompanyGenerator(seed, 1 + sizes.nextInt(3), 1, 6, true).generate(seed);
    }

    /** A company of a chosen size, for load: {@code departments} departments of up to {@code maxPeople} each. */
    public static CompanyFacts company(long seed, int departments, int maxPeople) {
        return new CompanyGenerator(seed, departments, 1, maxPeople).generate(seed);
    }

    /** A company of exactly {@code departments * peoplePerDepartment} salespeople, for benchmarks. */
    public static CompanyFacts companyOfExactly(long seed, int departments, int peoplePerDepartment) {
        return new CompanyGenerator(seed, departments, peoplePerDepartment, peoplePerDepartment).generate(seed);
    }

    private CompanyFacts generate(long seed) {
        int productCount = 1 + random.nextInt(3);
        for (int p = 0; p < productCount; p++) {
            products.add(new Product("p" + p, "Product " + p));
        }
        if (chance(0.8)) {
            marketIndicators.add(new MarketIndicator(null, CURRENT, between(-0.08, 0.1)));
        }
        for (int d = 0; d < departmentCount; d++) {
            department("d" + d);
        }
        for (String period : PERIODS) {
            for (Product product : products) {
                boolean healthy = chance(0.7);
                productPerformance.add(new ProductPerformance(product.id(), period,
                        healthy ? between(7, 9) : between(5, 9), healthy ? between(6, 7.5) : between(6, 9),
                        healthy ? between(0.9, 1.08) : between(0.9, 1.3), between(50_000, 500_000)));
                if (chance(0.1)) {
                    delivery.add(new DeliveryPerformance(DeliveryScope.PRODUCT, product.id(), period,
                            between(0.8, 1), between(0, 8), between(0, 30)));
                }
            }
        }
        if (chance(0.5)) {
            goals.add(new Goal(GoalLevel.COMPANY, "co-" + seed, CURRENT, between(100_000, 3_000_000), null));
        }
        if (partial) {
            for (FactKind kind : FactKind.values()) {
                if (kind != FactKind.GOALS && kind != FactKind.RESULTS && chance(0.02)) {
                    notSent.add(kind);
                }
            }
        }
        return new CompanyFacts(new Company("co-" + seed, "Company " + seed), CURRENT, departments, salespeople,
                goals, results, products, sent(FactKind.PRODUCT_PERFORMANCE, productPerformance),
                sent(FactKind.DELIVERY, delivery), sent(FactKind.CUSTOMER_SERVICE, customerService),
                sent(FactKind.MARKETING, marketing), sent(FactKind.MARKET_INDICATORS, marketIndicators),
                sent(FactKind.TRAININGS, trainings), sent(FactKind.COACHING_PLANS, coachingPlans),
                sent(FactKind.RECOGNITIONS, recognitions), sent(FactKind.FEEDBACK, feedback),
                sent(FactKind.TECHNIQUES, techniques));
    }

    /** Null, the list not sent, for a kind the company does not send. */
    private <T> List<T> sent(FactKind kind, List<T> list) {
        return notSent.contains(kind) ? null : list;
    }

    /** An optional figure: left out now and then by a partial company. */
    private Double optional(double value) {
        return partial && chance(0.02) ? null : value;
    }

    /** A sample size, sent now and then by a partial company: sometimes below the minimums. */
    private Integer sampleSize() {
        return partial && chance(0.2) ? 1 + random.nextInt(200) : null;
    }

    private void department(String id) {
        departments.add(new Department(id, "Department " + id));
        boolean healthy = chance(0.6);
        for (String period : PERIODS) {
            if (healthy || chance(0.8)) {
                delivery.add(new DeliveryPerformance(DeliveryScope.DEPARTMENT, id, period,
                        optional(healthy ? between(0.95, 1) : between(0.8, 1)), optional(healthy ? between(0, 5) : between(0, 9)),
                        optional(healthy ? between(0, 20) : between(0, 35)), sampleSize()));
            }
            if (healthy || chance(0.8)) {
                customerService.add(new CustomerService(id, period, optional(healthy ? between(0, 3) : between(0, 6)),
                        optional(healthy ? between(0.75, 1) : between(0.5, 1)),
                        optional(healthy ? between(0, 0.1) : between(0, 0.3)), sampleSize()));
            }
            if (healthy || chance(0.8)) {
                int planned = 50 + random.nextInt(150);
                marketing.add(new MarketingPerformance(id, period,
                        (int) (planned * (healthy ? between(0.8, 1.3) : between(0.4, 1.3))), planned,
                        optional(healthy ? between(0.6, 1) : between(0.3, 1))));
            }
            if (chance(0.6)) {
                feedback.add(new FeedbackCollection(id, period, random.nextInt(60), between(0.5, 1)));
            }
        }
        if (!healthy && chance(0.2)) {
            marketIndicators.add(new MarketIndicator(id, CURRENT, between(-0.15, 0.05)));
        }
        if (chance(0.7)) {
            goals.add(new Goal(GoalLevel.DEPARTMENT, id, CURRENT, between(100_000, 1_000_000),
                    LocalDate.of(2026, 7, 1)));
        }
        int people = minPeoplePerDepartment + random.nextInt(maxPeoplePerDepartment - minPeoplePerDepartment + 1);
        String sharedGroup = chance(0.3) ? id + "-key-accounts" : null;
        for (int s = 0; s < people; s++) {
            salesperson(id + "-s" + s, id, healthy, s == 0 ? sharedGroup : (chance(0.2) ? sharedGroup : null));
        }
    }

    private void salesperson(String id, String department, boolean healthyDepartment, String peerGroup) {
        List<String> sold = products.stream().filter(p -> chance(0.6)).map(Product::id).toList();
        LocalDate hired = chance(0.1) ? LocalDate.of(2026, 3, 1) : LocalDate.of(2015 + random.nextInt(9), 1 + random.nextInt(12), 1);
        salespeople.add(new Salesperson(id, "Salesperson " + id, department, chance(0.05) ? null : hired, sold, peerGroup));
        boolean struggling = chance(0.3);
        boolean coached = struggling && chance(0.6);
        double target = 50_000 + random.nextInt(10) * 10_000;
        for (int i = 0; i < PERIODS.size(); i++) {
            String period = PERIODS.get(i);
            double level = struggling ? between(0.3, 0.9) : between(0.7, 1.8);
            if (!chance(0.05)) {
                double said = random.nextDouble();
                LocalDate discussed = said < 0.1 ? null : periodStart(i).plusDays(random.nextInt(healthyDepartment ? 12 : 30));
                // Of the goals without a date, half say they were never discussed; the others say nothing.
                Boolean never = said < 0.08 ? Boolean.FALSE : null;
                goals.add(new Goal(GoalLevel.SALESPERSON, id, period, chance(0.03) ? 0 : target, discussed, never));
            }
            if (!chance(0.05)) {
                int won = random.nextInt(30);
                int lost = random.nextInt(30);
                int onPrice = lost == 0 ? 0 : random.nextInt(lost + 1) / (healthyDepartment ? 4 : 1);
                int onProduct = lost - onPrice == 0 ? 0 : random.nextInt(lost - onPrice + 1) / (healthyDepartment ? 4 : 1);
                boolean deals = !(partial && chance(0.03));
                results.add(new SalesResult(id, period, Math.round(target * level), deals ? won : null,
                        deals ? lost : null, deals ? onPrice : null, deals ? onProduct : null,
                        optional(healthyDepartment ? between(0, 0.12) : between(0, 0.25))));
            }
        }
        if (chance(0.85)) {
            for (TrainingTopic topic : TrainingTopic.core()) {
                if (chance(0.9)) {
                    trainings.add(new Training(id, topic, null, LocalDate.of(2026, 1 + random.nextInt(8), 1 + random.nextInt(28))
                            .minusMonths(chance(0.1) ? 14 : 0)));
                }
            }
            for (String product : sold) {
                if (chance(0.9)) {
                    trainings.add(new Training(id, TrainingTopic.PRODUCT, product, LocalDate.of(2025, 1 + random.nextInt(12), 1)));
                }
            }
        }
        if (coached) {
            PlanStatus status = chance(0.75) ? PlanStatus.COMPLETED : PlanStatus.values()[random.nextInt(4)];
            LocalDate start = chance(0.7) ? LocalDate.of(2025, 11, 1) : LocalDate.of(2026, 2, 1);
            // Now and then a plan of a few days, or documented by a placeholder: thin evidence that must not
            // lead to an HR review.
            LocalDate end = chance(0.9) ? start.plusMonths(2) : start.plusDays(random.nextInt(20));
            String documentation = chance(0.8) ? "HR folder " + id : chance(0.5) ? "" : List.of("x", "n/a", "-").get(random.nextInt(3));
            coachingPlans.add(new CoachingPlan(id + "-plan", id, chance(0.5) ? PlanKind.COACHING : PlanKind.ADDITIONAL_TRAINING,
                    start, end, status, documentation));
        }
        if (chance(0.4)) {
            recognitions.add(new Recognition(id, LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(12), 1),
                    chance(0.5) ? null : Incentive.values()[random.nextInt(4)]));
        }
        if (chance(0.5)) {
            techniques.add(new TechniqueUse(id, CURRENT, TECHNIQUES.get(random.nextInt(TECHNIQUES.size()))));
        }
    }

    private static LocalDate periodStart(int index) {
        return LocalDate.of(2025, 7, 1).plusMonths(3L * index);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private double between(double low, double high) {
        return Math.round((low + random.nextDouble() * (high - low)) * 1000) / 1000.0;
    }
}
