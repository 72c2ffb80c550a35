package com.salesdiag.engine.invariants;

import com.salesdiag.engine.derived.Figures;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.TrainingTopic;
import com.salesdiag.engine.derived.PeriodCalendar;
import com.salesdiag.engine.internal.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An independent reading of the domain's upstream causes, computed straight from the facts and the thresholds
 * in force, without Drools. The property tests compare the rules' answers with it: if a rule or a guard were
 * dropped, the two would disagree.
 */
final class UpstreamOracle {

    /** A cause that stands, as (code, subject type, subject id). */
    record Cause(String code, String subjectType, String subjectId) {
    }

    private final CompanyFacts facts;
    private final Ruleset rules;
    private final Period current;

    UpstreamOracle(CompanyFacts facts, Ruleset rules) {
        this.facts = facts;
        this.rules = rules;
        this.current = PeriodCalendar.parse(facts.period(), true);
    }

    /** Every cause standing for this salesperson: company, department, the products they sell, themselves. */
    List<Cause> causesFor(Salesperson person) {
        List<Cause> causes = new ArrayList<>();
        causes.addAll(companyCauses());
        causes.addAll(departmentCauses(person.departmentId()));
        person.productIds().forEach(p -> causes.addAll(productCauses(p)));
        causes.addAll(personalCauses(person));
        return causes;
    }

    List<Cause> companyCauses() {
        List<Cause> causes = new ArrayList<>();
        facts.marketIndicators().stream()
                .filter(m -> m.departmentId() == null && m.period().equals(facts.period())
                        && m.demandChange() <= t("market.downturnDemandChange"))
                .findAny().ifPresent(m -> causes.add(new Cause("MARKET_DOWNTURN", "COMPANY", facts.company().id())));
        return causes;
    }

    List<Cause> departmentCauses(String dept) {
        List<Cause> causes = new ArrayList<>();
        String period = facts.period();
        if (facts.marketIndicators().stream().anyMatch(m -> dept.equals(m.departmentId()) && m.period().equals(period)
                && m.demandChange() <= t("market.downturnDemandChange"))) {
            causes.add(new Cause("MARKET_DOWNTURN", "DEPARTMENT", dept));
        }
        List<SalesResult> results = departmentResults(dept);
        List<SalesResult> withProductLosses = results.stream()
                .filter(r -> r.dealsLost() != null && r.lostOnProduct() != null).toList();
        long lostP = withProductLosses.stream().mapToLong(SalesResult::dealsLost).sum();
        long onProduct = withProductLosses.stream().mapToLong(SalesResult::lostOnProduct).sum();
        List<SalesResult> withPriceLosses = results.stream()
                .filter(r -> r.dealsLost() != null && r.lostOnPrice() != null).toList();
        long lost = withPriceLosses.stream().mapToLong(SalesResult::dealsLost).sum();
        long onPrice = withPriceLosses.stream().mapToLong(SalesResult::lostOnPrice).sum();
        if (lostP > 0 && lostP >= t("product.minLostDeals") && (double) onProduct / lostP >= t("product.lossShare")) {
            causes.add(new Cause("PRODUCT_NOT_COMPETITIVE", "DEPARTMENT", dept));
        }
        if (lost > 0 && lost >= t("price.minLostDeals") && (double) onPrice / lost >= t("price.lossShare")) {
            causes.add(new Cause("PRICE_NOT_COMPETITIVE", "DEPARTMENT", dept));
        }
        List<SalesResult> withDiscount = results.stream().filter(r -> r.averageDiscount() != null).toList();
        if (!withDiscount.isEmpty() && Figures.stable(withDiscount.stream().mapToDouble(SalesResult::averageDiscount).average()
                .orElseThrow()) > t("price.discountCeiling")) {
            causes.add(new Cause("PRICE_NOT_COMPETITIVE", "DEPARTMENT", dept));
        }
        facts.delivery().stream().filter(d -> d.scope() == DeliveryScope.DEPARTMENT && d.scopeId().equals(dept)
                && d.period().equals(period) && late(d)).findAny()
                .ifPresent(d -> causes.add(new Cause("DELIVERY_DELAYS", "DEPARTMENT", dept)));
        facts.customerService().stream().filter(c -> c.departmentId().equals(dept) && c.period().equals(period)
                && (above(c.complaintsPer100Orders(), t("service.maxComplaintsPer100"))
                || (c.responses() == null || c.responses() >= t("service.minResponses"))
                        && below(c.satisfaction(), t("service.minSatisfaction"))
                || above(c.unresolvedFollowUpRate(), t("service.maxUnresolvedFollowUpRate")))).findAny()
                .ifPresent(c -> causes.add(new Cause("CUSTOMER_SERVICE_PROBLEMS", "DEPARTMENT", dept)));
        facts.marketing().stream().filter(m -> m.departmentId().equals(dept) && m.period().equals(period)
                && (m.leads() != null && m.leadsPlanned() != null && m.leadsPlanned() > 0
                        && (double) m.leads() / m.leadsPlanned() < t("marketing.minLeadRatio")
                || below(m.audienceFit(), t("marketing.minAudienceFit")))).findAny()
                .ifPresent(m -> causes.add(new Cause("MARKETING_MISMATCH", "DEPARTMENT", dept)));
        if (systemic(dept)) {
            causes.add(new Cause("SYSTEMIC_SHORTFALL", "DEPARTMENT", dept));
        }
        return causes;
    }

    List<Cause> productCauses(String product) {
        List<Cause> causes = new ArrayList<>();
        String period = facts.period();
        facts.productPerformance().stream().filter(p -> p.productId().equals(product) && p.period().equals(period))
                .forEach(p -> {
                    if (p.qualityScore() != null && p.competitorQualityScore() != null
                            && p.qualityScore() < p.competitorQualityScore() - t("product.qualityTolerance")) {
                        causes.add(new Cause("PRODUCT_NOT_COMPETITIVE", "PRODUCT", product));
                    }
                    if (above(p.priceIndex(), t("price.indexTolerance"))) {
                        causes.add(new Cause("PRICE_NOT_COMPETITIVE", "PRODUCT", product));
                    }
                });
        facts.delivery().stream().filter(d -> d.scope() == DeliveryScope.PRODUCT && d.scopeId().equals(product)
                && d.period().equals(period) && late(d)).findAny()
                .ifPresent(d -> causes.add(new Cause("DELIVERY_DELAYS", "PRODUCT", product)));
        return causes;
    }

    List<Cause> personalCauses(Salesperson person) {
        List<Cause> causes = new ArrayList<>();
        facts.goals().stream().filter(g -> g.level() == GoalLevel.SALESPERSON && g.subjectId().equals(person.id())
                        && g.period().equals(facts.period()))
                .filter(g -> Boolean.FALSE.equals(g.discussed()) || g.discussedOn() != null
                        && g.discussedOn().isAfter(current.start().plusDays((long) t("goals.discussionGraceDays"))))
                .findAny().ifPresent(g -> causes.add(new Cause("GOALS_NOT_COMMUNICATED", "SALESPERSON", person.id())));
        if (!facts.sent(FactKind.TRAININGS)) {
            return causes; // no trainings sent: nothing is known of training
        }
        double months = t("training.recentMonths");
        for (TrainingTopic topic : TrainingTopic.core()) {
            boolean recent = facts.trainings().stream().anyMatch(tr -> tr.salespersonId().equals(person.id())
                    && tr.topic() == topic && tr.date() != null && !tr.date().isAfter(current.end())
                    && !tr.date().isBefore(current.end().minusMonths((long) months)));
            if (!recent) {
                causes.add(new Cause("TRAINING_GAP", "SALESPERSON", person.id()));
            }
        }
        for (String product : person.productIds()) {
            boolean trained = facts.trainings().stream().anyMatch(tr -> tr.salespersonId().equals(person.id())
                    && tr.topic() == TrainingTopic.PRODUCT && product.equals(tr.productId())
                    && tr.date() != null && !tr.date().isAfter(current.end()));
            if (!trained) {
                causes.add(new Cause("TRAINING_GAP", "SALESPERSON", person.id()));
            }
        }
        return causes;
    }

    /** Attainment of one salesperson in one period, when there is a positive goal and a result. */
    Optional<Double> attainment(String salespersonId, String period) {
        Optional<Double> target = facts.goals().stream().filter(g -> g.level() == GoalLevel.SALESPERSON
                && g.subjectId().equals(salespersonId) && g.period().equals(period) && g.target() > 0)
                .map(g -> g.target()).findFirst();
        Optional<Double> revenue = facts.results().stream()
                .filter(r -> r.salespersonId().equals(salespersonId) && r.period().equals(period))
                .map(SalesResult::revenue).findFirst();
        return target.isPresent() && revenue.isPresent() ? Optional.of(revenue.get() / target.get()) : Optional.empty();
    }

    double missedBelow() {
        return rules.bands("goal").stream().filter(b -> b.code().equals("GOAL_MISSED")).findFirst().orElseThrow().upper();
    }

    double t(String key) {
        return rules.threshold(key).orElseThrow(() -> new IllegalStateException("no threshold " + key));
    }

    private boolean systemic(String dept) {
        List<Double> ratios = facts.salespeople().stream().filter(s -> s.departmentId().equals(dept))
                .map(s -> attainment(s.id(), facts.period())).flatMap(Optional::stream).toList();
        long missed = ratios.stream().filter(r -> r < missedBelow()).count();
        return ratios.size() >= t("systemic.minSalespeople") && (double) missed / ratios.size() >= t("systemic.missingShare");
    }

    private boolean late(DeliveryPerformance d) {
        boolean enoughOrders = d.orders() == null || d.orders() >= t("delivery.minOrders");
        // An average of late orders only speaks when enough orders were late (when orders and rate are both sent).
        boolean enoughLate = d.orders() == null || d.onTimeRate() != null
                && Math.round(d.orders() * (1 - d.onTimeRate())) >= t("delivery.minLateOrders");
        // A rate below the tolerance speaks only when enough orders were late beyond what the tolerance allows.
        double tolerance = t("delivery.onTimeTolerance");
        boolean enoughBeyond = d.orders() == null || d.onTimeRate() == null
                || d.orders() * (tolerance - d.onTimeRate()) >= t("delivery.minLateOrdersBeyondTolerance");
        return enoughOrders && (below(d.onTimeRate(), tolerance) && enoughBeyond
                || enoughLate && above(d.averageDelayDays(), t("delivery.maxAverageDelayDays")))
                || above(d.backlogDays(), t("delivery.maxBacklogDays"));
    }

    /** A figure not sent is neither above nor below anything. */
    private static boolean above(Double figure, double limit) {
        return figure != null && figure > limit;
    }

    private static boolean below(Double figure, double limit) {
        return figure != null && figure < limit;
    }

    private List<SalesResult> departmentResults(String dept) {
        Set<String> members = facts.salespeople().stream().filter(s -> s.departmentId().equals(dept))
                .map(Salesperson::id).collect(Collectors.toSet());
        return facts.results().stream().filter(r -> members.contains(r.salespersonId()) && r.period().equals(facts.period()))
                .toList();
    }
}
