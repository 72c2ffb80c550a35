package com.salesdiag.service.facts;

import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.TrainingTopic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules that span records: unique ids, references that resolve, periods of one kind that match the period
 * under diagnosis, a goal for that period, and figures that agree with each other. Fields that are missing are
 * left to the record checks, so one mistake gives one error.
 */
final class CrossRecordChecks {

    /** An error before its message is resolved in the reader's language. */
    record Problem(String field, String code, Object[] args) {
    }

    private static final Pattern PERIOD = Pattern.compile(FactsInput.PERIOD);

    private final FactsInput in;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> departments = new HashSet<>();
    private final Set<String> salespeople = new HashSet<>();
    private final Set<String> products = new HashSet<>();

    CrossRecordChecks(FactsInput in) {
        this.in = in;
    }

    List<Problem> run() {
        uniqueIds();
        references();
        periods();
        uniqueFactsPerPeriod();
        consistency();
        return problems;
    }

    private void uniqueIds() {
        unique("departments", in.departments(), FactsInput.Department::id, "id", departments);
        unique("salespeople", in.salespeople(), FactsInput.Salesperson::id, "id", salespeople);
        unique("products", in.products(), FactsInput.Product::id, "id", products);
        // No catalogue sent: the departments and products are those the salespeople name (FactsMapper does the same).
        if (in.departments().isEmpty()) {
            in.salespeople().stream().filter(java.util.Objects::nonNull).map(FactsInput.Salesperson::departmentId)
                    .filter(java.util.Objects::nonNull).forEach(departments::add);
        }
        if (in.products().isEmpty()) {
            in.salespeople().stream().filter(s -> s != null && s.productIds() != null)
                    .forEach(s -> s.productIds().stream().filter(java.util.Objects::nonNull).forEach(products::add));
        }
        unique("coachingPlans", in.coachingPlans(), FactsInput.CoachingPlan::id, "id", new HashSet<>());
    }

    private void uniqueFactsPerPeriod() {
        unique("goals", in.goals(), g -> key(g.level(), g.subjectId(), g.period()), "subjectId", new HashSet<>());
        unique("results", in.results(), r -> key(r.salespersonId(), r.period()), "salespersonId", new HashSet<>());
        unique("productPerformance", in.productPerformance(), p -> key(p.productId(), p.period()), "productId", new HashSet<>());
        unique("delivery", in.delivery(), d -> key(d.scope(), d.scopeId(), d.period()), "scopeId", new HashSet<>());
        unique("customerService", in.customerService(), c -> key(c.departmentId(), c.period()), "departmentId", new HashSet<>());
        unique("marketing", in.marketing(), m -> key(m.departmentId(), m.period()), "departmentId", new HashSet<>());
        // The company's own market has no departmentId: it is one subject too, given at most once a period.
        unique("marketIndicators", in.marketIndicators(), m -> companyMarket(m) ? null : key(m.departmentId(), m.period()),
                "departmentId", new HashSet<>());
        unique("marketIndicators", in.marketIndicators(), m -> companyMarket(m) ? key("", m.period()) : null, "period",
                new HashSet<>());
        unique("feedback", in.feedback(), f -> key(f.departmentId(), f.period()), "departmentId", new HashSet<>());
        // Facts with a date instead of a period: the same training (topic, product) or recognition (incentive)
        // twice on the same day, or two plans of one kind starting the same day for one person, is one fact given
        // twice. Techniques are a log of each use (scenario 94): the same one twice in a period is two uses.
        unique("trainings", in.trainings(),
                t -> key(t.salespersonId(), t.topic(), t.productId() == null ? "" : t.productId(), t.date()),
                "date", new HashSet<>());
        unique("recognitions", in.recognitions(),
                r -> key(r.salespersonId(), r.date(), r.incentive() == null ? "" : r.incentive()), "date", new HashSet<>());
        unique("coachingPlans", in.coachingPlans(), c -> key(c.salespersonId(), c.kind(), c.start()), "start",
                new HashSet<>());
    }

    private static boolean companyMarket(FactsInput.MarketIndicator m) {
        return m.departmentId() == null || m.departmentId().isBlank();
    }

    private void references() {
        each("salespeople", in.salespeople(), (s, at) -> {
            department(at + ".departmentId", s.departmentId());
            List<String> ids = s.productIds() == null ? List.of() : s.productIds();
            for (int i = 0; i < ids.size(); i++) {
                product(at + ".productIds[" + i + "]", ids.get(i));
            }
        });
        each("goals", in.goals(), (g, at) -> {
            if (g.level() == GoalLevel.SALESPERSON) {
                salesperson(at + ".subjectId", g.subjectId());
            } else if (g.level() == GoalLevel.DEPARTMENT) {
                department(at + ".subjectId", g.subjectId());
            } else if (g.level() == GoalLevel.COMPANY && g.subjectId() != null && in.company() != null
                    && in.company().id() != null && !g.subjectId().equals(in.company().id())) {
                add(at + ".subjectId", "salesdiag.facts.unknownCompany", g.subjectId(), in.company().id());
            }
        });
        each("results", in.results(), (r, at) -> salesperson(at + ".salespersonId", r.salespersonId()));
        each("productPerformance", in.productPerformance(), (p, at) -> product(at + ".productId", p.productId()));
        each("delivery", in.delivery(), (d, at) -> {
            if (d.scope() == DeliveryScope.PRODUCT) {
                product(at + ".scopeId", d.scopeId());
            } else if (d.scope() == DeliveryScope.DEPARTMENT) {
                department(at + ".scopeId", d.scopeId());
            }
        });
        each("customerService", in.customerService(), (c, at) -> department(at + ".departmentId", c.departmentId()));
        each("marketing", in.marketing(), (m, at) -> department(at + ".departmentId", m.departmentId()));
        each("marketIndicators", in.marketIndicators(), (m, at) -> {
            if (m.departmentId() != null && !m.departmentId().isBlank()) {
                department(at + ".departmentId", m.departmentId());
            }
        });
        each("trainings", in.trainings(), (t, at) -> {
            salesperson(at + ".salespersonId", t.salespersonId());
            if (t.productId() != null && !t.productId().isBlank()) {
                product(at + ".productId", t.productId());
            } else if (t.topic() == TrainingTopic.PRODUCT) {
                add(at + ".productId", "salesdiag.facts.productTrainingWithoutProduct");
            }
        });
        each("coachingPlans", in.coachingPlans(), (c, at) -> salesperson(at + ".salespersonId", c.salespersonId()));
        each("recognitions", in.recognitions(), (r, at) -> salesperson(at + ".salespersonId", r.salespersonId()));
        each("feedback", in.feedback(), (f, at) -> department(at + ".departmentId", f.departmentId()));
        each("techniques", in.techniques(), (t, at) -> salesperson(at + ".salespersonId", t.salespersonId()));
    }

    /** Months and quarters cannot be compared: every period must be of the kind of the one under diagnosis. */
    private void periods() {
        if (in.period() == null || !PERIOD.matcher(in.period()).matches()) {
            return;
        }
        boolean quarters = in.period().contains("Q");
        String kind = quarters ? "YYYY-Qn" : "YYYY-MM";
        Map<String, List<String>> periodsByList = new HashMap<>();
        periodsByList.put("goals", periodsOf(in.goals(), FactsInput.Goal::period));
        periodsByList.put("results", periodsOf(in.results(), FactsInput.SalesResult::period));
        periodsByList.put("productPerformance", periodsOf(in.productPerformance(), FactsInput.ProductPerformance::period));
        periodsByList.put("delivery", periodsOf(in.delivery(), FactsInput.DeliveryPerformance::period));
        periodsByList.put("customerService", periodsOf(in.customerService(), FactsInput.CustomerService::period));
        periodsByList.put("marketing", periodsOf(in.marketing(), FactsInput.MarketingPerformance::period));
        periodsByList.put("marketIndicators", periodsOf(in.marketIndicators(), FactsInput.MarketIndicator::period));
        periodsByList.put("feedback", periodsOf(in.feedback(), FactsInput.FeedbackCollection::period));
        periodsByList.put("techniques", periodsOf(in.techniques(), FactsInput.TechniqueUse::period));
        periodsByList.forEach((list, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                String period = periods.get(i);
                if (period != null && PERIOD.matcher(period).matches() && period.contains("Q") != quarters) {
                    add(list + "[" + i + "].period", "salesdiag.facts.periodKind", period, kind, in.period());
                }
            }
        });
        if (in.dataThrough() != null) {
            java.time.LocalDate start = FactsMapper.periodUnderDiagnosis(in).start();
            if (in.dataThrough().isBefore(start)) {
                add("dataThrough", "salesdiag.facts.dataThroughBeforePeriod", in.dataThrough(), in.period(), start);
            }
        }
        boolean goalForPeriod = periodsByList.get("goals").contains(in.period());
        if (!in.goals().isEmpty() && !goalForPeriod) {
            add("goals", "salesdiag.facts.noGoalForPeriod", in.period());
        } else if (in.goals().isEmpty() && !comparable(periodsByList.get("results"))) {
            add("goals", "salesdiag.facts.noGoals", in.period());
        }
    }

    /**
     * Whether results were sent for the previous period or the same period a year earlier: a company with no goals
     * at all is then diagnosed on the change of its revenue alone.
     */
    private boolean comparable(List<String> resultPeriods) {
        int index = com.salesdiag.engine.derived.PeriodCalendar.parse(in.period(), true).index();
        int year = in.period().contains("Q") ? 4 : 12;
        for (String period : resultPeriods) {
            if (period != null && PERIOD.matcher(period).matches()
                    && com.salesdiag.engine.derived.PeriodCalendar.sameKind(period, in.period())) {
                int earlier = index - com.salesdiag.engine.derived.PeriodCalendar.parse(period, false).index();
                if (earlier == 1 || earlier == year) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each record's period, null for a null record (the record checks report that one). */
    private static <T> List<String> periodsOf(List<T> records, Function<T, String> period) {
        List<String> periods = new ArrayList<>(records.size());
        for (T record : records) {
            periods.add(record == null ? null : period.apply(record));
        }
        return periods;
    }

    private void consistency() {
        each("results", in.results(), (r, at) -> {
            // In 64 bits: two counts near 2^31 added in 32 bits came out negative, and passed.
            long lost = r.dealsLost() == null ? 0 : r.dealsLost();
            long onPrice = r.lostOnPrice() == null ? 0 : r.lostOnPrice();
            long onProduct = r.lostOnProduct() == null ? 0 : r.lostOnProduct();
            if (onPrice >= 0 && onProduct >= 0 && onPrice + onProduct > lost) {
                add(at + ".dealsLost", "salesdiag.facts.lostDealsDoNotAddUp", lost, onPrice, onProduct);
            }
        });
        each("coachingPlans", in.coachingPlans(), (c, at) -> {
            if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
                add(at + ".end", "salesdiag.facts.endBeforeStart", c.end(), c.start());
            }
        });
    }

    private <T> void unique(String list, List<T> items, Function<T, String> key, String field, Set<String> seen) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String k = item == null ? null : key.apply(item);
            if (k == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier != null) {
                add(list + "[" + i + "]." + field, "salesdiag.facts.duplicate", k.replace('\u0000', ' ').strip(),
                        list + "[" + earlier + "]");
            }
            seen.add(k);
        }
    }

    private void department(String field, String id) {
        if (id != null && !id.isBlank() && !departments.contains(id)) {
            add(field, "salesdiag.facts.unknownDepartment", id);
        }
    }

    private void salesperson(String field, String id) {
        if (id != null && !id.isBlank() && !salespeople.contains(id)) {
            add(field, "salesdiag.facts.unknownSalesperson", id);
        }
    }

    private void product(String field, String id) {
        if (id != null && !id.isBlank() && !products.contains(id)) {
            add(field, "salesdiag.facts.unknownProduct", id);
        }
    }

    private interface Check<T> {
        void apply(T item, String at);
    }

    private <T> void each(String list, List<T> items, Check<T> check) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                check.apply(items.get(i), list + "[" + i + "]");
            }
        }
    }

    private static String key(Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                return null;
            }
        }
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(Objects.toString(part)).append('\u0000');
        }
        return key.toString();
    }

    private void add(String field, String code, Object... args) {
        problems.add(new Problem(field, code, args));
    }
}
