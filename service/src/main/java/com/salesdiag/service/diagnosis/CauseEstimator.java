package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

// The evidence names are the ladder's vocabulary: every rules check refuses an edit whose rules no longer give them.
import static com.salesdiag.engine.answer.RuleVocabulary.Evidence.*;

/**
 * Estimates how much of a shortfall each cause explains, in revenue, for the salespeople of one scope (the company
 * or one department). The three methods, documented in the service README:
 * <ul>
 *   <li><b>lost deals</b> (price, product): deals lost for that reason × the scope's average won deal;</li>
 *   <li><b>breach</b> (delivery, customer service, marketing, market downturn): how far the figure is beyond what
 *       the thresholds tolerate (for demand: how far it fell), as a share of the goals of the salespeople it
 *       touches;</li>
 *   <li><b>individual</b> (a salesperson's own cause): that person's own shortfall, shared equally among the
 *       individual causes found for them.</li>
 * </ul>
 * A finding about a product touches its sellers in proportion: one product of two counts for half.
 */
final class CauseEstimator {

    /** Deals lost for a reason; a result that does not say counts none (its figure is not known). */
    private static final Map<String, ToLongFunction<SalesResult>> LOST_DEALS = Map.of(
            "PRICE_NOT_COMPETITIVE", r -> r.lostOnPrice() == null ? 0 : r.lostOnPrice(),
            "PRODUCT_NOT_COMPETITIVE", r -> r.lostOnProduct() == null ? 0 : r.lostOnProduct());

    private static final Map<String, ToDoubleFunction<DiagnosedFinding>> BREACH = Map.of(
            "DELIVERY_DELAYS", f -> figure(f, ON_TIME_TOLERANCE) - figure(f, ON_TIME_RATE),
            "CUSTOMER_SERVICE_PROBLEMS", f -> max(
                    figure(f, MIN_SATISFACTION) - figure(f, SATISFACTION),
                    figure(f, UNRESOLVED_FOLLOW_UP_RATE) - figure(f, MAX_UNRESOLVED_FOLLOW_UP_RATE),
                    (figure(f, COMPLAINTS_PER_100) - figure(f, MAX_COMPLAINTS_PER_100)) / 100),
            "MARKETING_MISMATCH", f -> max(
                    figure(f, MIN_LEAD_RATIO) - figure(f, LEAD_RATIO),
                    figure(f, MIN_AUDIENCE_FIT) - figure(f, AUDIENCE_FIT)),
            "MARKET_DOWNTURN", f -> -figure(f, DEMAND_CHANGE));

    private final CompanyFigures figures;

    CauseEstimator(CompanyFigures figures) {
        this.figures = figures;
    }

    /**
     * @param findings the findings of one code that apply to the scope
     * @param individualCauses for each salesperson, how many individual cause codes they have in the scope
     */
    Estimate estimate(String code, List<DiagnosedFinding> findings, List<Salesperson> scope, double scopeTarget,
                      Map<String, Long> individualCauses) {
        if (findings.stream().allMatch(f -> f.subjectType() == SubjectType.SALESPERSON)) {
            return individual(findings, individualCauses);
        }
        List<DiagnosedFinding> collective = findings.stream().filter(f -> f.subjectType() != SubjectType.SALESPERSON).toList();
        if (LOST_DEALS.containsKey(code)) {
            return lostDeals(code, collective, scope);
        }
        if (BREACH.containsKey(code)) {
            return breach(code, collective, scope, scopeTarget);
        }
        return Estimate.none();
    }

    private Estimate lostDeals(String code, List<DiagnosedFinding> findings, List<Salesperson> scope) {
        double revenue = 0;
        long won = 0;
        double lost = 0;
        for (Salesperson s : scope) {
            SalesResult result = figures.result(s.id());
            if (result == null) {
                continue;
            }
            if (result.dealsWon() == null) {
                continue; // an average won deal needs the deals won
            }
            revenue += result.revenue();
            won += result.dealsWon();
            lost += weight(findings, s) * LOST_DEALS.get(code).applyAsLong(result);
        }
        if (won == 0) {
            return Estimate.none();
        }
        double averageDeal = revenue / won;
        return new Estimate(lost * averageDeal, "salesdiag.estimate.deals." + code, new Object[]{lost, averageDeal});
    }

    private Estimate breach(String code, List<DiagnosedFinding> findings, List<Salesperson> scope, double scopeTarget) {
        ToDoubleFunction<DiagnosedFinding> gapOf = f -> clamp(BREACH.get(code).applyAsDouble(f));
        double amount = 0;
        double stake = 0;
        double largestGap = findings.stream().mapToDouble(gapOf).max().orElse(0);
        for (Salesperson s : scope) {
            double gap = 0;
            double productGaps = 0;
            for (DiagnosedFinding f : findings) {
                if (f.subjectType() == SubjectType.PRODUCT) {
                    productGaps += gapOf.applyAsDouble(f) * coverage(f, s);
                } else if (coverage(f, s) > 0) {
                    gap = Math.max(gap, gapOf.applyAsDouble(f));
                }
            }
            gap = Math.max(gap, productGaps);
            if (gap > 0) {
                amount += gap * figures.target(s.id());
                stake += figures.target(s.id());
            }
        }
        if (stake == 0) {
            // No salesperson goals to weigh: a cause about the whole scope is weighed on the scope's own goal.
            boolean wholeScope = findings.stream().anyMatch(f -> f.subjectType() == SubjectType.COMPANY
                    || f.subjectType() == SubjectType.DEPARTMENT && scope.stream().allMatch(s -> s.departmentId().equals(f.subjectId())));
            if (!wholeScope || scopeTarget <= 0) {
                return Estimate.none();
            }
            stake = scopeTarget;
            amount = largestGap * scopeTarget;
        }
        String method = code.equals("MARKET_DOWNTURN") ? "salesdiag.estimate.demand" : "salesdiag.estimate.breach";
        return new Estimate(amount, method, new Object[]{largestGap, stake});
    }

    private Estimate individual(List<DiagnosedFinding> findings, Map<String, Long> individualCauses) {
        double amount = 0;
        Set<String> names = new LinkedHashSet<>();
        for (DiagnosedFinding f : findings) {
            double shortfall = figures.ownShortfall(f.subjectId());
            amount += shortfall / Math.max(1, individualCauses.getOrDefault(f.subjectId(), 1L));
            names.add(f.subjectName());
        }
        return new Estimate(amount, "salesdiag.estimate.individual", new Object[]{String.join(", ", names)});
    }

    /** Salespeople in the scope a finding is about: a product's sellers, a department's members, one person. */
    /**
     * Whether {@link #coverage} is above zero for at least one of the people: the same test, with their
     * departments, ids and products gathered once (a department's answer tests every finding of the company).
     */
    static Predicate<DiagnosedFinding> coversAnyOf(List<Salesperson> people) {
        Set<String> departments = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> products = new HashSet<>();
        for (Salesperson s : people) {
            departments.add(s.departmentId());
            ids.add(s.id());
            products.addAll(s.productIds());
        }
        return f -> switch (f.subjectType()) {
            case COMPANY -> !people.isEmpty();
            case DEPARTMENT -> departments.contains(f.subjectId());
            case SALESPERSON -> ids.contains(f.subjectId());
            case PRODUCT -> products.contains(f.subjectId());
            case TECHNIQUE -> false;
        };
    }

    static double coverage(DiagnosedFinding f, Salesperson s) {
        return switch (f.subjectType()) {
            case COMPANY -> 1;
            case DEPARTMENT -> s.departmentId().equals(f.subjectId()) ? 1 : 0;
            case SALESPERSON -> s.id().equals(f.subjectId()) ? 1 : 0;
            case PRODUCT -> s.productIds().contains(f.subjectId()) ? 1d / s.productIds().size() : 0;
            case TECHNIQUE -> 0;
        };
    }

    private static double weight(List<DiagnosedFinding> findings, Salesperson s) {
        double products = 0;
        for (DiagnosedFinding f : findings) {
            if (f.subjectType() != SubjectType.PRODUCT && coverage(f, s) > 0) {
                return 1;
            }
            products += f.subjectType() == SubjectType.PRODUCT ? coverage(f, s) : 0;
        }
        return Math.min(1, products);
    }

    private static double figure(DiagnosedFinding f, String name) {
        for (Evidence e : f.evidence()) {
            if (e.name().equals(name) && e.value() instanceof Number n) {
                return n.doubleValue();
            }
        }
        return Double.NaN;
    }

    private static double max(double... values) {
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
