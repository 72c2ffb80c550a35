package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.CustomerService;
import com.salesdiag.engine.facts.DeliveryPerformance;
import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresNotSentTests {

    private static CompanyFacts facts(List<DeliveryPerformance> delivery, List<CustomerService> service,
                                      List<MarketingPerformance> marketing) {
        return new CompanyFacts(new Company("acme", "Acme"), "2026-Q3", List.of(new Department("north", "North")),
                List.of(), List.of(), List.of(), List.of(), List.of(), delivery, service, marketing, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aRateAndDelaySentWithoutTheBacklogNameTheBacklog() {
        CompanyFacts facts = facts(List.of(
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", 0.96, 1.0, null, 26),
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q2", null, null, null, 26)),
                List.of(), List.of());
        assertThat(FiguresNotSent.of(facts, SubjectType.DEPARTMENT, "north", "DELIVERY_DELAYS"))
                .containsExactly("backlogDays");
    }

    @Test
    void nothingOrEverythingSentIsNotPartly() {
        CompanyFacts none = facts(List.of(
                new DeliveryPerformance(DeliveryScope.DEPARTMENT, "north", "2026-Q3", null, null, null, 40)),
                List.of(new CustomerService("north", "2026-Q3", 1.0, 0.9, 0.02)), List.of());
        assertThat(FiguresNotSent.of(none, SubjectType.DEPARTMENT, "north", "DELIVERY_DELAYS")).isEmpty();
        assertThat(FiguresNotSent.of(none, SubjectType.DEPARTMENT, "north", "CUSTOMER_SERVICE_PROBLEMS")).isEmpty();
        assertThat(FiguresNotSent.of(none, SubjectType.DEPARTMENT, "south", "DELIVERY_DELAYS")).isEmpty();
        assertThat(FiguresNotSent.of(none, SubjectType.DEPARTMENT, "north", "MARKETING_MISMATCH")).isEmpty();
    }

    @Test
    void serviceAndMarketingNameWhatIsMissing() {
        CompanyFacts facts = facts(List.of(), List.of(new CustomerService("north", "2026-Q3", 1.0, null, null)),
                List.of(new MarketingPerformance("north", "2026-Q3", 120, 100, null)));
        assertThat(FiguresNotSent.of(facts, SubjectType.DEPARTMENT, "north", "CUSTOMER_SERVICE_PROBLEMS"))
                .containsExactly("satisfaction", "unresolvedFollowUpRate");
        assertThat(FiguresNotSent.of(facts, SubjectType.DEPARTMENT, "north", "MARKETING_MISMATCH"))
                .containsExactly("audienceFit");
    }
}
