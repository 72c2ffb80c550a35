package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.FigureChange;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.MarketIndicator;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.ProductPerformance;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures from outside sales in the period under diagnosis beside the same figures in the previous period and a
 * year earlier ({@link FigureChange}), for rules that say what moved (rules/ladder/change.drl). Only what both
 * periods hold is compared; a scope with two facts for one period (which the service refuses) is ambiguous and
 * compared on neither. Nothing is compared when the facts cover only part of the period under diagnosis, as for
 * revenue. Sorted, so that the order of the facts changes nothing.
 */
public final class UpstreamChanges {

    /** The names rules match on ({@code FigureChange(figure == "onTimeRate")}); listed in docs/change.md. */
    public static final String ON_TIME_RATE = "onTimeRate";
    public static final String AVERAGE_DELAY_DAYS = "averageDelayDays";
    public static final String BACKLOG_DAYS = "backlogDays";
    public static final String PRICE_LOSS_SHARE = "priceLossShare";
    public static final String PRODUCT_LOSS_SHARE = "productLossShare";
    public static final String AVERAGE_DISCOUNT = "averageDiscount";
    public static final String DEALS_WON = "dealsWon";
    public static final String LEADS = "leads";
    public static final String LEAD_RATIO = "leadRatio";
    public static final String AUDIENCE_FIT = "audienceFit";
    public static final String COMPLAINTS_PER_100 = "complaintsPer100Orders";
    public static final String SATISFACTION = "satisfaction";
    public static final String UNRESOLVED_FOLLOW_UP_RATE = "unresolvedFollowUpRate";
    public static final String PRICE_INDEX = "priceIndex";
    public static final String QUALITY_SCORE = "qualityScore";
    public static final String DEMAND = "demand";

    private final CompanyFacts facts;
    private final List<FigureChange> out = new ArrayList<>();

    private UpstreamChanges(CompanyFacts facts) {
        this.facts = facts;
    }

    public static List<FigureChange> of(CompanyFacts facts) {
        if (facts.period() == null || !PeriodCalendar.isValid(facts.period())
                || !PeriodCalendar.underDiagnosis(facts).isComplete()) {
            return List.of();
        }
        UpstreamChanges changes = new UpstreamChanges(facts);
        for (ChangeBasis basis : ChangeBasis.values()) {
            changes.against(basis, EarlierPeriods.of(facts.period(), basis));
        }
        changes.out.sort(Comparator.comparing((FigureChange f) -> f.subjectType().ordinal())
                .thenComparing(FigureChange::subjectId).thenComparing(FigureChange::figure)
                .thenComparing(FigureChange::basis));
        return List.copyOf(changes.out);
    }

    private void against(ChangeBasis basis, String earlier) {
        String now = facts.period();
        Map<String, DeliveryPerformance> deliveryNow = single(facts.delivery(), now,
                DeliveryPerformance::period, d -> d.scope() + "/" + d.scopeId());
        Map<String, DeliveryPerformance> deliveryBefore = single(facts.delivery(), earlier,
                DeliveryPerformance::period, d -> d.scope() + "/" + d.scopeId());
        deliveryNow.forEach((key, n) -> {
            DeliveryPerformance b = deliveryBefore.get(key);
            if (b == null) {
                return;
            }
            SubjectType type = SubjectType.valueOf(n.scope().name());
            add(type, n.scopeId(), ON_TIME_RATE, basis, earlier, b.onTimeRate(), n.onTimeRate(), b.orders(), n.orders());
            add(type, n.scopeId(), AVERAGE_DELAY_DAYS, basis, earlier, b.averageDelayDays(), n.averageDelayDays(),
                    b.lateOrders(), n.lateOrders());
            add(type, n.scopeId(), BACKLOG_DAYS, basis, earlier, b.backlogDays(), n.backlogDays(), null, null);
        });
        sales(basis, earlier);
        Map<String, MarketingPerformance> marketingNow = single(facts.marketing(), now,
                MarketingPerformance::period, MarketingPerformance::departmentId);
        Map<String, MarketingPerformance> marketingBefore = single(facts.marketing(), earlier,
                MarketingPerformance::period, MarketingPerformance::departmentId);
        marketingNow.forEach((dept, n) -> {
            MarketingPerformance b = marketingBefore.get(dept);
            if (b == null) {
                return;
            }
            add(SubjectType.DEPARTMENT, dept, LEADS, basis, earlier, asDouble(b.leads()), asDouble(n.leads()), null, null);
            add(SubjectType.DEPARTMENT, dept, LEAD_RATIO, basis, earlier, ratio(b), ratio(n), null, null);
            add(SubjectType.DEPARTMENT, dept, AUDIENCE_FIT, basis, earlier, b.audienceFit(), n.audienceFit(), null, null);
        });
        Map<String, CustomerService> serviceNow = single(facts.customerService(), now, CustomerService::period,
                CustomerService::departmentId);
        Map<String, CustomerService> serviceBefore = single(facts.customerService(), earlier,
                CustomerService::period, CustomerService::departmentId);
        serviceNow.forEach((dept, n) -> {
            CustomerService b = serviceBefore.get(dept);
            if (b == null) {
                return;
            }
            add(SubjectType.DEPARTMENT, dept, COMPLAINTS_PER_100, basis, earlier, b.complaintsPer100Orders(),
                    n.complaintsPer100Orders(), null, null);
            add(SubjectType.DEPARTMENT, dept, SATISFACTION, basis, earlier, b.satisfaction(), n.satisfaction(),
                    b.responses(), n.responses());
            add(SubjectType.DEPARTMENT, dept, UNRESOLVED_FOLLOW_UP_RATE, basis, earlier, b.unresolvedFollowUpRate(),
                    n.unresolvedFollowUpRate(), null, null);
        });
        Map<String, ProductPerformance> productsNow = single(facts.productPerformance(), now,
                ProductPerformance::period, ProductPerformance::productId);
        Map<String, ProductPerformance> productsBefore = single(facts.productPerformance(), earlier,
                ProductPerformance::period, ProductPerformance::productId);
        productsNow.forEach((product, n) -> {
            ProductPerformance b = productsBefore.get(product);
            if (b == null) {
                return;
            }
            add(SubjectType.PRODUCT, product, PRICE_INDEX, basis, earlier, b.priceIndex(), n.priceIndex(), null, null);
            add(SubjectType.PRODUCT, product, QUALITY_SCORE, basis, earlier, b.qualityScore(), n.qualityScore(),
                    null, null);
        });
        demand(basis, earlier);
    }

    /** Per department: deals won, the shares of lost deals lost on price and on product, the average discount. */
    private void sales(ChangeBasis basis, String earlier) {
        Map<String, String> departmentOf = new HashMap<>();
        for (Salesperson s : facts.salespeople()) {
            if (s.id() != null && s.departmentId() != null) {
                departmentOf.putIfAbsent(s.id(), s.departmentId());
            }
        }
        Map<String, SalesFigures> now = salesFigures(facts.period(), departmentOf);
        Map<String, SalesFigures> before = salesFigures(earlier, departmentOf);
        now.forEach((dept, n) -> {
            SalesFigures b = before.get(dept);
            if (b == null) {
                return;
            }
            if (n.dealsKnown && b.dealsKnown) {
                add(SubjectType.DEPARTMENT, dept, DEALS_WON, basis, earlier, (double) b.dealsWon, (double) n.dealsWon,
                        null, null);
            }
            add(SubjectType.DEPARTMENT, dept, PRICE_LOSS_SHARE, basis, earlier, b.share(b.lostOnPrice, b.lostPrice),
                    n.share(n.lostOnPrice, n.lostPrice), (int) b.lostPrice, (int) n.lostPrice);
            add(SubjectType.DEPARTMENT, dept, PRODUCT_LOSS_SHARE, basis, earlier,
                    b.share(b.lostOnProduct, b.lostProduct), n.share(n.lostOnProduct, n.lostProduct),
                    (int) b.lostProduct, (int) n.lostProduct);
            add(SubjectType.DEPARTMENT, dept, AVERAGE_DISCOUNT, basis, earlier, b.averageDiscount(),
                    n.averageDiscount(), null, null);
        });
    }

    private Map<String, SalesFigures> salesFigures(String period, Map<String, String> departmentOf) {
        Map<String, SalesFigures> byDepartment = new TreeMap<>();
        for (SalesResult r : facts.results()) {
            String dept = r.salespersonId() == null ? null : departmentOf.get(r.salespersonId());
            if (dept != null && period.equals(r.period())) {
                byDepartment.computeIfAbsent(dept, d -> new SalesFigures()).add(r);
            }
        }
        return byDepartment;
    }

    /**
     * Demand is sent as its change against the previous period; against a year earlier it is the compound of the
     * changes of every period in between, and only when each of them was sent.
     */
    private void demand(ChangeBasis basis, String earlier) {
        Set<String> scopes = new HashSet<>();
        facts.marketIndicators().forEach(m -> scopes.add(m.departmentId() == null ? "" : m.departmentId()));
        for (String scope : scopes) {
            double index = 1;
            boolean known = true;
            for (String p = facts.period(); known && !p.equals(earlier);
                 p = EarlierPeriods.of(p, ChangeBasis.PREVIOUS_PERIOD)) {
                String period = p;
                List<MarketIndicator> sent = facts.marketIndicators().stream()
                        .filter(m -> period.equals(m.period()) && scope.equals(m.departmentId() == null ? ""
                                : m.departmentId())).toList();
                known = sent.size() == 1;
                index *= known ? 1 + sent.get(0).demandChange() : 1;
            }
            if (known) {
                String companyId = facts.company() == null ? "" : facts.company().id();
                add(scope.isEmpty() ? SubjectType.COMPANY : SubjectType.DEPARTMENT, scope.isEmpty() ? companyId : scope,
                        DEMAND, basis, earlier, 1d, index, null, null);
            }
        }
    }

    private void add(SubjectType type, String id, String figure, ChangeBasis basis, String earlier, Double before,
                     Double now, Integer observationsBefore, Integer observationsNow) {
        if (id != null && before != null && now != null && Double.isFinite(before) && Double.isFinite(now)) {
            out.add(FigureChange.of(type, id, figure, basis, facts.period(), earlier, before, now, observationsBefore,
                    observationsNow));
        }
    }

    /** The one fact of each scope for the period; a scope with more than one is left out as ambiguous. */
    private static <T> Map<String, T> single(List<T> all, String period, Function<T, String> periodOf,
                                             Function<T, String> scopeOf) {
        Map<String, T> one = new TreeMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (T fact : all) {
            String scope = scopeOf.apply(fact);
            if (scope != null && period.equals(periodOf.apply(fact)) && one.putIfAbsent(scope, fact) != null) {
                ambiguous.add(scope);
            }
        }
        ambiguous.forEach(one::remove);
        return one;
    }

    private static Double ratio(MarketingPerformance m) {
        return m.leads() == null || m.leadsPlanned() == null || m.leadsPlanned() <= 0 ? null
                : (double) m.leads() / m.leadsPlanned();
    }

    private static Double asDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    /** A department's sales figures in one period, each over the results that carry it (as rules/ladder/2-price.drl). */
    private static final class SalesFigures {
        long dealsWon;
        boolean dealsKnown = true;
        long lostPrice;
        long lostOnPrice;
        long lostProduct;
        long lostOnProduct;
        double discounts;
        int discounted;

        void add(SalesResult r) {
            dealsKnown &= r.dealsWon() != null;
            dealsWon += r.dealsWon() == null ? 0 : r.dealsWon();
            if (r.dealsLost() != null && r.lostOnPrice() != null) {
                lostPrice += r.dealsLost();
                lostOnPrice += r.lostOnPrice();
            }
            if (r.dealsLost() != null && r.lostOnProduct() != null) {
                lostProduct += r.dealsLost();
                lostOnProduct += r.lostOnProduct();
            }
            if (r.averageDiscount() != null) {
                discounts += r.averageDiscount();
                discounted++;
            }
        }

        Double share(long part, long whole) {
            return whole > 0 ? (double) part / whole : null;
        }

        Double averageDiscount() {
            return discounted == 0 ? null : discounts / discounted;
        }
    }
}
