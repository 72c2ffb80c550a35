package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.SubjectType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a check that were not sent, when others of it were: a department's on-time rate and delay sent
 * without its backlog cannot clear delivery, and "delivery (no data)" would tell the manager who sent them that
 * nothing arrived. Names are the fact model's field names; empty when nothing or everything of the check was sent.
 */
final class FiguresNotSent {

    private FiguresNotSent() {
    }

    static List<String> of(CompanyFacts facts, SubjectType type, String id, String code) {
        String period = facts.period();
        if (type == SubjectType.DEPARTMENT) {
            return switch (code) {
                case "DELIVERY_DELAYS" -> facts.delivery() == null ? List.of() : facts.delivery().stream()
                        .filter(d -> d.scope() == DeliveryScope.DEPARTMENT && d.scopeId().equals(id)
                                && Objects.equals(d.period(), period))
                        .findFirst().map(d -> missing("onTimeRate", d.onTimeRate(), "averageDelayDays",
                                d.averageDelayDays(), "backlogDays", d.backlogDays())).orElse(List.of());
                case "CUSTOMER_SERVICE_PROBLEMS" -> facts.customerService() == null ? List.of() : facts.customerService()
                        .stream().filter(c -> c.departmentId().equals(id) && Objects.equals(c.period(), period))
                        .findFirst().map(c -> missing("complaintsPer100Orders", c.complaintsPer100Orders(),
                                "satisfaction", c.satisfaction(), "unresolvedFollowUpRate", c.unresolvedFollowUpRate()))
                        .orElse(List.of());
                case "MARKETING_MISMATCH" -> facts.marketing() == null ? List.of() : facts.marketing().stream()
                        .filter(m -> m.departmentId().equals(id) && Objects.equals(m.period(), period))
                        .findFirst().map(m -> missing("leads", m.leads(), "leadsPlanned", m.leadsPlanned(),
                                "audienceFit", m.audienceFit())).orElse(List.of());
                default -> List.of();
            };
        }
        if (type == SubjectType.PRODUCT && code.equals("PRODUCT_NOT_COMPETITIVE") && facts.productPerformance() != null) {
            return facts.productPerformance().stream()
                    .filter(p -> p.productId().equals(id) && Objects.equals(p.period(), period))
                    .findFirst().map(p -> missing("qualityScore", p.qualityScore(), "competitorQualityScore",
                            p.competitorQualityScore())).orElse(List.of());
        }
        return List.of();
    }

    /** The names whose value is null, when at least one value is not; name and value alternate. */
    private static List<String> missing(Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        return missing.size() == namesAndValues.length / 2 ? List.of() : List.copyOf(missing);
    }
}
