package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.DataSent;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.derived.PeriodCalendar;
import org.kie.api.runtime.KieSession;

import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.internal.change.RevenueChanges;
import com.salesdiag.engine.internal.change.UpstreamChanges;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Puts one company's facts into a session, with a {@code Period} fact for every period they mention. */
public final class FactLoader {

    private FactLoader() {
    }

    public static void load(KieSession session, CompanyFacts facts) {
        load(session, facts, RevenueChanges.of(facts));
    }

    /** With the changes of revenue and of the figures around sales against earlier periods, as facts rules read. */
    public static void load(KieSession session, CompanyFacts facts, List<RevenueChange> changes) {
        load(session, facts, changes, periodIds(facts), true);
    }

    /**
     * With the periods named: a part of a company ({@link CompanyParts}) gets the periods of the whole company, so
     * that a period only another department mentions is still there to be benchmarked or compared with. A unit of
     * departments gets no {@code Company} fact ({@code withCompany} false): it is told what the company part
     * concluded about the company instead of concluding it from its own departments ({@link SplitEvaluation}).
     */
    static void load(KieSession session, CompanyFacts facts, List<RevenueChange> changes, List<String> periodIds,
                     boolean withCompany) {
        changes.forEach(session::insert);
        UpstreamChanges.of(facts).forEach(session::insert);
        if (withCompany && facts.company() != null) {
            session.insert(facts.company());
        }
        periodIds.forEach(id -> session.insert(PeriodCalendar.of(facts, id)));
        Stream.of(facts.departments(), facts.salespeople(), facts.goals(), facts.results(), facts.products(),
                        facts.productPerformance(), facts.delivery(), facts.customerService(), facts.marketing(),
                        facts.marketIndicators(), facts.trainings(), facts.coachingPlans(), facts.recognitions(),
                        facts.feedback(), facts.techniques())
                .flatMap(Collection::stream)
                .forEach(session::insert);
        for (FactKind kind : FactKind.values()) {
            if (facts.sent(kind)) {
                session.insert(new DataSent(kind));
            }
        }
    }

    /** Sorted, so that periods enter the session in the same order whatever the order of the facts. */
    static List<String> periodIds(CompanyFacts facts) {
        // A hash set, sorted once: a large company names a handful of periods in a hundred thousand facts.
        Set<String> ids = new HashSet<>();
        ids.add(facts.period());
        facts.goals().forEach(g -> ids.add(g.period()));
        facts.results().forEach(r -> ids.add(r.period()));
        facts.productPerformance().forEach(p -> ids.add(p.period()));
        facts.delivery().forEach(d -> ids.add(d.period()));
        facts.customerService().forEach(c -> ids.add(c.period()));
        facts.marketing().forEach(m -> ids.add(m.period()));
        facts.marketIndicators().forEach(m -> ids.add(m.period()));
        facts.feedback().forEach(f -> ids.add(f.period()));
        facts.techniques().forEach(t -> ids.add(t.period()));
        ids.remove(null);
        return ids.stream().sorted().toList();
    }
}
