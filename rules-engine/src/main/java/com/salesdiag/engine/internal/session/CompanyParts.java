package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.CoachingPlan;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FeedbackCollection;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.Product;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.Recognition;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.facts.TechniqueUse;
import com.salesdiag.engine.facts.Training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A company cut into parts that are diagnosed apart ({@link SplitEvaluation}): units of whole departments, and the
 * company part.
 * <ul>
 *   <li>A <b>unit</b> holds whole departments with everything that names them or their salespeople, and every
 *       company-wide fact (the company, products and their figures, the company's market, revenue changes of the
 *       company and products). Departments whose salespeople share a peer group are in the same unit, so that every
 *       peer benchmark is made over the whole group. Units are filled up to about {@code unitSize} salespeople,
 *       so that a session costs the same per salesperson whatever the size of the company or its departments.</li>
 *   <li>The <b>company part</b> holds the company-wide facts, the company's goals, every sales result (the
 *       company's attainment adds them all up), every use of a technique (a technique works when top performers
 *       anywhere share it), and anything that names a department or salesperson the company does not have.</li>
 * </ul>
 * A conclusion belongs to the part that owns its subject ({@link #ownerOf}): a department or salesperson to its
 * unit, everything else (the company, products, techniques, unknown subjects) to the company part.
 */
final class CompanyParts {

    /** The owner of what belongs to no unit. */
    static final int COMPANY = -1;

    /** One part's facts and the revenue changes it reads. */
    record Part(CompanyFacts facts, List<RevenueChange> changes) {
    }

    private final Part company;
    private final List<Part> units;
    private final Map<String, Integer> unitOfDepartment;
    private final Map<String, Integer> unitOfSalesperson;
    private final Map<String, Integer> unitOfPeerGroup;

    private CompanyParts(Part company, List<Part> units, Map<String, Integer> unitOfDepartment,
                         Map<String, Integer> unitOfSalesperson, Map<String, Integer> unitOfPeerGroup) {
        this.company = company;
        this.units = units;
        this.unitOfDepartment = unitOfDepartment;
        this.unitOfSalesperson = unitOfSalesperson;
        this.unitOfPeerGroup = unitOfPeerGroup;
    }

    Part company() {
        return company;
    }

    List<Part> units() {
        return units;
    }

    /** Which part owns conclusions about a subject: a unit's index, or {@link #COMPANY}. */
    int ownerOf(SubjectType type, String id) {
        Map<String, Integer> owners = type == SubjectType.DEPARTMENT ? unitOfDepartment
                : type == SubjectType.SALESPERSON ? unitOfSalesperson : null;
        return owners == null ? COMPANY : owners.getOrDefault(id, COMPANY);
    }

    int ownerOfPeerGroup(String group) {
        return unitOfPeerGroup.getOrDefault(group, COMPANY);
    }

    /**
     * The company in units of about {@code unitSize} salespeople; empty when it does not cut into {@code fewestUnits}
     * units or more (two, for a split to be worth it; one, for the tests that hold the company part to the whole),
     * or when a salesperson's department is unknown or a salesperson is named in two departments (such facts are
     * diagnosed whole, as they always were).
     */
    static Optional<CompanyParts> of(CompanyFacts facts, List<RevenueChange> changes, int unitSize, int fewestUnits) {
        Map<String, Integer> departmentIndex = new HashMap<>();
        for (Department d : facts.departments()) {
            departmentIndex.putIfAbsent(d.id(), departmentIndex.size());
        }
        int departments = departmentIndex.size();
        int[] people = new int[departments];
        int[] root = new int[departments];
        for (int i = 0; i < departments; i++) {
            root[i] = i;
        }
        Map<String, Integer> departmentOfPerson = new HashMap<>();
        Map<String, Integer> departmentOfGroup = new HashMap<>();
        for (Salesperson s : facts.salespeople()) {
            Integer d = s.departmentId() == null ? null : departmentIndex.get(s.departmentId());
            if (d == null) {
                return Optional.empty();
            }
            Integer before = departmentOfPerson.putIfAbsent(s.id(), d);
            if (before != null && !before.equals(d)) {
                return Optional.empty();
            }
            people[d]++;
            Integer other = departmentOfGroup.putIfAbsent(s.peerGroup(), d);
            if (other != null) {
                union(root, other, d);
            }
        }
        // Departments joined by a peer group stay together; then whole groups of departments fill units in order.
        int[] unitOfIndex = new int[departments];
        Map<Integer, Integer> unitOfRoot = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < departments; i++) {
            int r = find(root, i);
            Integer unit = unitOfRoot.get(r);
            if (unit == null) {
                if (open < 0 || sizes.get(open) >= unitSize) {
                    open = sizes.size();
                    sizes.add(0);
                }
                unit = open;
                unitOfRoot.put(r, unit);
            }
            unitOfIndex[i] = unit;
            sizes.set(unit, sizes.get(unit) + people[i]);
        }
        if (sizes.size() < fewestUnits) {
            return Optional.empty();
        }
        Map<String, Integer> unitOfDepartment = new HashMap<>();
        departmentIndex.forEach((id, i) -> unitOfDepartment.put(id, unitOfIndex[i]));
        Map<String, Integer> unitOfSalesperson = new HashMap<>();
        departmentOfPerson.forEach((id, d) -> unitOfSalesperson.put(id, unitOfIndex[d]));
        Map<String, Integer> unitOfPeerGroup = new HashMap<>();
        departmentOfGroup.forEach((group, d) -> unitOfPeerGroup.put(group, unitOfIndex[d]));
        return Optional.of(new Router(facts, sizes.size(), unitOfDepartment, unitOfSalesperson)
                .route(changes, unitOfPeerGroup));
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** Puts each fact where it belongs, keeping the facts' order within each part. */
    private static final class Router {
        private final CompanyFacts facts;
        private final Map<String, Integer> unitOfDepartment;
        private final Map<String, Integer> unitOfSalesperson;
        private final Bins company = new Bins();
        private final List<Bins> units = new ArrayList<>();

        Router(CompanyFacts facts, int unitCount, Map<String, Integer> unitOfDepartment,
               Map<String, Integer> unitOfSalesperson) {
            this.facts = facts;
            this.unitOfDepartment = unitOfDepartment;
            this.unitOfSalesperson = unitOfSalesperson;
            for (int i = 0; i < unitCount; i++) {
                units.add(new Bins());
            }
        }

        CompanyParts route(List<RevenueChange> changes, Map<String, Integer> unitOfPeerGroup) {
            facts.departments().forEach(d -> units.get(unitOfDepartment.get(d.id())).departments.add(d));
            facts.salespeople().forEach(s -> units.get(unitOfSalesperson.get(s.id())).salespeople.add(s));
            for (Goal g : facts.goals()) {
                if (g.level() == GoalLevel.COMPANY) {
                    company.goals.add(g);
                } else {
                    byId(g.level() == GoalLevel.DEPARTMENT ? unitOfDepartment : unitOfSalesperson, g.subjectId())
                            .goals.add(g);
                }
            }
            facts.results().forEach(r -> {
                company.results.add(r);
                Bins unit = units(unitOfSalesperson, r.salespersonId());
                if (unit != null) {
                    unit.results.add(r);
                }
            });
            everywhere(b -> b.products.addAll(facts.products()));
            everywhere(b -> b.productPerformance.addAll(facts.productPerformance()));
            facts.delivery().forEach(d -> {
                if (d.scope() == DeliveryScope.DEPARTMENT) {
                    byId(unitOfDepartment, d.scopeId()).delivery.add(d);
                } else {
                    everywhere(b -> b.delivery.add(d));
                }
            });
            facts.customerService().forEach(c -> byId(unitOfDepartment, c.departmentId()).customerService.add(c));
            facts.marketing().forEach(m -> byId(unitOfDepartment, m.departmentId()).marketing.add(m));
            facts.marketIndicators().forEach(m -> {
                if (m.departmentId() == null) {
                    everywhere(b -> b.marketIndicators.add(m));
                } else {
                    byId(unitOfDepartment, m.departmentId()).marketIndicators.add(m);
                }
            });
            facts.trainings().forEach(t -> byId(unitOfSalesperson, t.salespersonId()).trainings.add(t));
            facts.coachingPlans().forEach(p -> byId(unitOfSalesperson, p.salespersonId()).coachingPlans.add(p));
            facts.recognitions().forEach(r -> byId(unitOfSalesperson, r.salespersonId()).recognitions.add(r));
            facts.feedback().forEach(f -> byId(unitOfDepartment, f.departmentId()).feedback.add(f));
            facts.techniques().forEach(t -> {
                company.techniques.add(t);
                Bins unit = units(unitOfSalesperson, t.salespersonId());
                if (unit != null) {
                    unit.techniques.add(t);
                }
            });
            for (RevenueChange c : changes) {
                if (c.subjectType() == SubjectType.DEPARTMENT) {
                    byId(unitOfDepartment, c.subjectId()).changes.add(c);
                } else if (c.subjectType() == SubjectType.SALESPERSON) {
                    byId(unitOfSalesperson, c.subjectId()).changes.add(c);
                } else {
                    everywhere(b -> b.changes.add(c));
                }
            }
            return new CompanyParts(company.part(facts), units.stream().map(b -> b.part(facts)).toList(),
                    unitOfDepartment, unitOfSalesperson, unitOfPeerGroup);
        }

        /** The unit of a department or salesperson; the company part for one the company does not have. */
        private Bins byId(Map<String, Integer> owners, String id) {
            Bins unit = units(owners, id);
            return unit == null ? company : unit;
        }

        private Bins units(Map<String, Integer> owners, String id) {
            Integer unit = id == null ? null : owners.get(id);
            return unit == null ? null : units.get(unit);
        }

        private void everywhere(Consumer<Bins> add) {
            add.accept(company);
            units.forEach(add);
        }
    }

    /** One part's facts while they are being sorted. */
    private static final class Bins {
        final List<Department> departments = new ArrayList<>();
        final List<Salesperson> salespeople = new ArrayList<>();
        final List<Goal> goals = new ArrayList<>();
        final List<SalesResult> results = new ArrayList<>();
        final List<Product> products = new ArrayList<>();
        final List<ProductPerformance> productPerformance = new ArrayList<>();
        final List<DeliveryPerformance> delivery = new ArrayList<>();
        final List<CustomerService> customerService = new ArrayList<>();
        final List<MarketingPerformance> marketing = new ArrayList<>();
        final List<MarketIndicator> marketIndicators = new ArrayList<>();
        final List<Training> trainings = new ArrayList<>();
        final List<CoachingPlan> coachingPlans = new ArrayList<>();
        final List<Recognition> recognitions = new ArrayList<>();
        final List<FeedbackCollection> feedback = new ArrayList<>();
        final List<TechniqueUse> techniques = new ArrayList<>();
        final List<RevenueChange> changes = new ArrayList<>();

        /** The same company, period and kinds not sent as the whole: only the lists are cut. */
        Part part(CompanyFacts whole) {
            return new Part(new CompanyFacts(whole.company(), whole.period(), departments, salespeople, goals, results,
                    products, productPerformance, delivery, customerService, marketing, marketIndicators, trainings,
                    coachingPlans, recognitions, feedback, techniques, whole.notSent(), whole.dataThrough(),
                    whole.prorateGoals()), List.copyOf(changes));
        }
    }
}
