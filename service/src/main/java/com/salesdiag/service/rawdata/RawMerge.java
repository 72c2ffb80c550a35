package com.salesdiag.service.rawdata;

import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.system.Excerpt;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.facts.InvalidFactsException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the added-up figures beside the KPI files' facts: KPI records first, in their order (so that an error in
 * one still points at its row), then those from the raw files. A figure given by both is refused; a salesperson
 * with a goal in a period the order lines cover but no line in it sold nothing (revenue 0, on 0 lines), and
 * within the periods the opportunities cover a salesperson without any has no deals: a file sent says what
 * happened in the periods it covers. Outside them, nothing is said.
 */
final class RawMerge {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)\\[(\\d+)].*");

    private final FactsInput kpi;
    private final UnaryOperator<InputError> kpiLocate;
    private final Subjects subjects;
    private final OrderLinesReading lines;
    private final RawUpload linesFile;
    private final OpportunitiesReading opps;
    private final RawUpload oppsFile;
    private final MessageSource messages;
    private final List<InputError> errors = new ArrayList<>();

    RawMerge(FactsInput kpi, UnaryOperator<InputError> kpiLocate, Subjects subjects,
             OrderLinesReading lines, RawUpload linesFile, OpportunitiesReading opps, RawUpload oppsFile,
             MessageSource messages) {
        this.kpi = kpi;
        this.kpiLocate = kpiLocate;
        this.subjects = subjects;
        this.lines = lines;
        this.linesFile = linesFile;
        this.opps = opps;
        this.oppsFile = oppsFile;
        this.messages = messages;
    }

    RawFacts merge() {
        List<ComputedFrom.ResultFrom> resultsFrom = new ArrayList<>();
        List<FactsInput.SalesResult> results = results(resultsFrom);
        List<ComputedFrom.DeliveryFrom> deliveryFrom = new ArrayList<>();
        List<FactsInput.DeliveryPerformance> delivery = delivery(deliveryFrom);
        if (!errors.isEmpty()) {
            throw new InvalidFactsException(errors);
        }
        List<FactsInput.Salesperson> salespeople = new ArrayList<>(kpi.salespeople());
        Set<String> listedPeople = ids(kpi.salespeople(), FactsInput.Salesperson::id);
        subjects.people.forEach((id, person) -> {
            if (!listedPeople.contains(id)) {
                salespeople.add(new FactsInput.Salesperson(id, person.name, person.departmentId, null,
                        person.productIds.isEmpty() ? null : List.copyOf(new TreeSet<>(person.productIds)), null));
            }
        });
        List<FactsInput.Department> departments = new ArrayList<>(kpi.departments());
        Set<String> listedDepartments = ids(kpi.departments(), FactsInput.Department::id);
        Set<String> newDepartments = new LinkedHashSet<>(subjects.departments.keySet());
        subjects.people.values().forEach(p -> {
            if (p.departmentId != null) {
                newDepartments.add(p.departmentId);
            }
        });
        newDepartments.stream().filter(d -> !listedDepartments.contains(d))
                .forEach(d -> departments.add(new FactsInput.Department(d, null)));
        List<FactsInput.Product> products = new ArrayList<>(kpi.products());
        Set<String> listedProducts = ids(kpi.products(), FactsInput.Product::id);
        subjects.products.forEach((id, name) -> {
            if (!listedProducts.contains(id)) {
                products.add(new FactsInput.Product(id, name));
            }
        });
        boolean resultsSent = !kpi.notSent().contains("results") || lines != null || opps != null;
        boolean deliverySent = !kpi.notSent().contains("delivery") || lines != null && lines.deliveryDates;
        List<String> notSent = new ArrayList<>(kpi.notSent());
        notSent.remove("results");
        notSent.remove("delivery");
        FactsInput input = new FactsInput(kpi.company(), kpi.period(), departments, salespeople, kpi.goals(),
                resultsSent ? results : null, products, kpi.productPerformance(), deliverySent ? delivery : null,
                kpi.customerService(), kpi.marketing(), kpi.marketIndicators(), kpi.trainings(), kpi.coachingPlans(),
                kpi.recognitions(), kpi.feedback(), kpi.techniques(), notSent, kpi.dataThrough(), kpi.prorateGoals());
        ComputedFrom computedFrom = new ComputedFrom(files(), resultsFrom, lines != null && lines.deliveryDates
                ? deliveryFrom : null, opps != null && opps.lossReasons ? reasons() : null);
        return new RawFacts(input, locator(), computedFrom);
    }

    private List<FactsInput.SalesResult> results(List<ComputedFrom.ResultFrom> from) {
        Map<Keys.Sales, SalesFigures> byLines = lines == null ? Map.of() : new HashMap<>(lines.sales);
        Map<Keys.Sales, SalesFigures> byOpps = opps == null ? Map.of() : new HashMap<>(opps.sales);
        Map<Keys.Sales, Integer> kpiIndex = new HashMap<>();
        for (int i = 0; i < kpi.results().size(); i++) {
            FactsInput.SalesResult r = kpi.results().get(i);
            if (r != null && r.salespersonId() != null && r.period() != null) {
                kpiIndex.putIfAbsent(new Keys.Sales(r.salespersonId(), r.period()), i);
            }
        }
        TreeMap<Keys.Sales, Boolean> keys = new TreeMap<>();
        byLines.keySet().forEach(k -> keys.put(k, true));
        byOpps.keySet().forEach(k -> keys.put(k, true));
        // A goal in a period the lines cover, and no line: an export that left the person out looks the same as a
        // quarter without a sale, so their revenue is unknown (no result), shown in computedFrom as 0 lines; a
        // results.csv row says what they sold.
        Set<Keys.Sales> withoutLines = new TreeSet<>();
        if (lines != null && lines.firstPeriod != null) {
            for (FactsInput.Goal goal : kpi.goals()) {
                if (goal != null && goal.level() == GoalLevel.SALESPERSON && goal.subjectId() != null
                        && goal.period() != null && within(goal.period(), lines.firstPeriod, lines.lastPeriod)) {
                    Keys.Sales key = new Keys.Sales(goal.subjectId(), goal.period());
                    if (!byLines.containsKey(key) && !kpiIndex.containsKey(key)) {
                        withoutLines.add(key);
                    }
                }
            }
        }
        if (opps != null && opps.firstPeriod != null) {
            Set<Keys.Sales> all = new TreeSet<>(keys.keySet());
            all.addAll(kpiIndex.keySet());
            for (Keys.Sales key : all) {
                if (within(key.period(), opps.firstPeriod, opps.lastPeriod)) {
                    byOpps.putIfAbsent(key, new SalesFigures());
                    keys.put(key, true);
                }
            }
        }
        FactsInput.SalesResult[] merged = kpi.results().toArray(new FactsInput.SalesResult[0]);
        List<FactsInput.SalesResult> added = new ArrayList<>();
        for (Keys.Sales key : withoutLines) {
            SalesFigures o = byOpps.get(key);
            from.add(new ComputedFrom.ResultFrom(key.salespersonId(), key.period(), null, null, 0L, 0L, null,
                    null, null, null, null, null, o == null ? null : o.opportunities));
        }
        for (Keys.Sales key : keys.keySet()) {
            if (withoutLines.contains(key)) {
                continue;
            }
            SalesFigures l = byLines.get(key);
            SalesFigures o = byOpps.get(key);
            Integer at = kpiIndex.get(key);
            FactsInput.SalesResult row = at == null ? null : merged[at];
            Double revenue = l == null ? null : cents(l.revenue);
            String revenueFrom = l == null ? null : RawKind.ORDER_LINES.part();
            if (lines == null && o != null && opps.amounts && o.wonAmountKnown && (row == null || row.revenue() == null)) {
                revenue = cents(o.wonAmount);
                revenueFrom = RawKind.OPPORTUNITIES.part();
            }
            Double discount = l == null || !lines.discounts ? null : l.averageDiscount();
            Integer won = o == null ? null : Math.toIntExact(o.won);
            Integer lost = o == null ? null : Math.toIntExact(o.lost);
            boolean reasonsKnown = o != null && opps.lossReasons && o.lostWithoutReason == 0;
            Integer onPrice = reasonsKnown ? Math.toIntExact(o.lostOnPrice) : null;
            Integer onProduct = reasonsKnown ? Math.toIntExact(o.lostOnProduct) : null;
            if (row != null) {
                revenue = pick(at, "revenue", row.revenue(), revenue, linesFile, key);
                discount = pick(at, "averageDiscount", row.averageDiscount(), discount, linesFile, key);
                won = pick(at, "dealsWon", row.dealsWon(), won, oppsFile, key);
                lost = pick(at, "dealsLost", row.dealsLost(), lost, oppsFile, key);
                onPrice = pick(at, "lostOnPrice", row.lostOnPrice(), onPrice, oppsFile, key);
                onProduct = pick(at, "lostOnProduct", row.lostOnProduct(), onProduct, oppsFile, key);
                if (row.revenue() != null) {
                    revenueFrom = "results";
                }
            } else if (revenue == null) {
                errors.add(InputError.inFile(oppsFile.displayName(), null, "amount", message("salesdiag.raw.noRevenue",
                        Excerpt.of(key.salespersonId()), key.period())));
            }
            FactsInput.SalesResult result = new FactsInput.SalesResult(key.salespersonId(), key.period(), revenue,
                    won, lost, onPrice, onProduct, discount);
            if (row != null) {
                merged[at] = result;
            } else {
                added.add(result);
            }
            from.add(new ComputedFrom.ResultFrom(key.salespersonId(), key.period(), revenue, revenueFrom,
                    l == null ? null : l.lines, l == null ? null : l.orders, discount, won, lost, onPrice, onProduct,
                    o == null || !opps.lossReasons ? null : o.lostWithoutReason, o == null ? null : o.opportunities));
        }
        List<FactsInput.SalesResult> all = new ArrayList<>(List.of(merged));
        all.addAll(added);
        return all;
    }

    /** The KPI file's figure or the raw files', never both. */
    private <T> T pick(int at, String field, T fromKpi, T fromRaw, RawUpload rawFile, Keys.Sales key) {
        if (fromKpi != null && fromRaw != null) {
            InputError located = kpiLocate.apply(InputError.atField("results[" + at + "]." + field, ""));
            errors.add(new InputError(located.field(), located.pointer(), located.file(), located.row(), located.column(),
                    message("salesdiag.raw.givenTwice", field, Excerpt.of(key.salespersonId()), key.period(),
                            located.file(), rawFile.displayName())));
        }
        return fromKpi != null ? fromKpi : fromRaw;
    }

    private List<FactsInput.DeliveryPerformance> delivery(List<ComputedFrom.DeliveryFrom> from) {
        List<FactsInput.DeliveryPerformance> all = new ArrayList<>(kpi.delivery());
        if (lines == null || !lines.deliveryDates) {
            return all;
        }
        Map<Keys.Delivery, Integer> kpiIndex = new HashMap<>();
        for (int i = 0; i < kpi.delivery().size(); i++) {
            FactsInput.DeliveryPerformance d = kpi.delivery().get(i);
            if (d != null && d.scope() != null && d.scopeId() != null && d.period() != null) {
                kpiIndex.putIfAbsent(new Keys.Delivery(d.scope(), d.scopeId(), d.period()), i);
            }
        }
        new TreeMap<>(lines.delivery).forEach((key, f) -> {
            from.add(new ComputedFrom.DeliveryFrom(key.scope().name(), key.scopeId(), key.period(), f.onTimeRate(),
                    f.averageDelayDays(), f.shipped, f.late, f.open, f.withoutRequiredDate, f.lines));
            Integer at = kpiIndex.get(key);
            if (at != null) {
                InputError located = kpiLocate.apply(InputError.atField("delivery[" + at + "].scopeId", ""));
                errors.add(new InputError(located.field(), located.pointer(), located.file(), located.row(),
                        located.column(), message("salesdiag.raw.deliveryTwice", key.scope(),
                        Excerpt.of(key.scopeId()), key.period(), located.file(), linesFile.displayName())));
            } else if (f.shipped > 0) {
                // Only shipped orders are judged: a period whose orders are all still open has no delivery figure.
                all.add(new FactsInput.DeliveryPerformance(key.scope(), key.scopeId(), key.period(), f.onTimeRate(),
                        f.averageDelayDays(), null, Math.toIntExact(f.shipped)));
            }
        });
        return all;
    }

    private List<ComputedFrom.FileRead> files() {
        List<ComputedFrom.FileRead> files = new ArrayList<>();
        if (lines != null) {
            files.add(new ComputedFrom.FileRead(linesFile.displayName(), RawKind.ORDER_LINES.part(), lines.rows,
                    lines.linesAfterPeriod, null, lines.columns.ignored(), lines.firstPeriod, lines.lastPeriod));
        }
        if (opps != null) {
            files.add(new ComputedFrom.FileRead(oppsFile.displayName(), RawKind.OPPORTUNITIES.part(), opps.rows,
                    opps.afterPeriod, opps.open, opps.columns.ignored(), opps.firstPeriod, opps.lastPeriod));
        }
        return files;
    }

    private List<ComputedFrom.ReasonFrom> reasons() {
        List<ComputedFrom.ReasonFrom> reasons = new ArrayList<>();
        opps.reasons.forEach((reason, count) -> reasons.add(new ComputedFrom.ReasonFrom(reason, count.cause(),
                count.count()[0])));
        return reasons;
    }

    /** Errors in the merged facts point at the KPI file's row, or at the raw file a figure was added up from. */
    private UnaryOperator<InputError> locator() {
        Map<String, Integer> kpiCounts = Map.of("results", kpi.results().size(), "delivery", kpi.delivery().size(),
                "salespeople", kpi.salespeople().size(), "departments", kpi.departments().size(),
                "products", kpi.products().size());
        String rawFile = (linesFile != null ? linesFile : oppsFile).displayName();
        return error -> {
            Matcher m = error.field() == null ? null : FIELD.matcher(error.field());
            if (m != null && m.matches() && kpiCounts.containsKey(m.group(1))
                    && Integer.parseInt(m.group(2)) >= kpiCounts.get(m.group(1))) {
                return error.locatedIn(rawFile, null, null);
            }
            return kpiLocate.apply(error);
        };
    }

    private static boolean within(String period, String first, String last) {
        return period.compareTo(first) >= 0 && period.compareTo(last) <= 0;
    }

    /**
     * Half a cent rounds up, as by hand: the sum of the lines is first cleared of binary noise (9,082.745 is summed
     * as 9,082.744999...), at a millionth, far below a cent and far above that noise.
     */
    static Double cents(double amount) {
        return java.math.BigDecimal.valueOf(amount).setScale(6, java.math.RoundingMode.HALF_EVEN)
                .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static <T> Set<String> ids(List<T> records, java.util.function.Function<T, String> id) {
        Set<String> ids = new java.util.HashSet<>();
        records.forEach(r -> {
            if (r != null && id.apply(r) != null) {
                ids.add(id.apply(r));
            }
        });
        return ids;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
