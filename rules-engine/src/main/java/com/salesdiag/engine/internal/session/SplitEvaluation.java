package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Diagnoses a company in parts ({@link CompanyParts}), the units in parallel, each in a small session of its own:
 * <ol>
 *   <li>the company part first: what crosses departments and needs no department's diagnosis (the company's
 *       attainment over every result against its own goal, the company's market and changes, products);</li>
 *   <li>then every unit, told what the company part concluded about the company (its attainments, findings,
 *       exclusions and recommendations) as facts, and settled within the invariants like a whole company
 *       ({@link SessionSettling}). A unit holds no {@code Company} fact: a rule that adds up the departments for
 *       the company (the company measured against the sum of its salespeople's goals, 0-goals-rolled-up.drl) would
 *       add up one unit's departments there;</li>
 *   <li>then what the company-wide rules read of the units' diagnoses goes back to the company part
 *       ({@link #FED_BACK}, and the departments' and salespeople's attainments), which settles last: a technique
 *       that top performers anywhere share, the company without a goal of its own against the sum of every
 *       salesperson's goal.</li>
 * </ol>
 * Each conclusion is taken from the part that owns its subject; the collector then explains the whole as one.
 * <p>
 * The same rules run in every part, so a unit also concludes about the company and the products from the
 * company-wide facts it holds (revenue changes of the company and products, the company's market, products).
 * Those conclusions must be the company part's in every unit; and what came back from the units may add to the
 * company part's conclusions about the company and the products but not withdraw one that the units were told.
 * When either fails, a rule draws a company-wide conclusion from some departments only (or feeds a company-wide
 * cause back from the departments' diagnoses), the parts cannot stand for the whole, and the evaluation answers
 * nothing ({@link Optional#empty()}) so that the company is diagnosed whole. What these checks cannot see (a rule
 * that reads the {@code Company} with the departments' facts, which the company part does not hold) is caught by
 * comparing the first split diagnoses of a ruleset with the whole ({@link CompanySessions}).
 */
final class SplitEvaluation {

    /**
     * The departments' findings that company-wide rules read: a technique is worth sharing when top performers
     * anywhere use it. Only these go back, not every finding: the company part lacks the departments' other facts,
     * and a rule that waits for their absence (no peers to compare with, no recognition) would conclude there what
     * the units did not, and a company-wide rule reading that would count it. A new company-wide rule over other
     * findings is caught by the first diagnoses' comparison with the whole ({@link CompanySessions}).
     */
    static final Set<String> FED_BACK = Set.of("TOP_PERFORMER");

    private final Ruleset ruleset;
    private final KieSessionsPool sessions;

    SplitEvaluation(Ruleset ruleset, KieSessionsPool sessions) {
        this.ruleset = ruleset;
        this.sessions = sessions;
    }

    /** What the parts settled on, merged; empty when the parts disagree on the company-wide conclusions. */
    Optional<SessionSettling.Settled> settle(CompanyParts parts, List<String> periodIds) {
        KieSession company = sessions.newKieSession();
        try {
            CompanyParts.Part companyPart = parts.company();
            FactLoader.load(company, companyPart.facts(), companyPart.changes(), periodIds, true);
            company.fireAllRules();
            SessionOutcome before = SessionOutcome.of(company);
            Set<Object> companyWide = companyWide(before);
            List<Object> told = aboutTheCompany(parts, before);
            List<SessionSettling.Settled> units = IntStream.range(0, parts.units().size()).parallel()
                    .mapToObj(i -> unit(parts.units().get(i), told, periodIds))
                    .toList();
            for (SessionSettling.Settled unit : units) {
                if (!companyWide(unit.outcome()).equals(companyWide)) {
                    return Optional.empty();
                }
            }
            // In the units' order, so that the company part's sums add up in the same order on every run.
            List<Object> fedBack = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                SessionOutcome unit = units.get(i).outcome();
                for (Attainment a : unit.attainments()) {
                    if (a.level() != GoalLevel.COMPANY && parts.ownerOf(subjectOf(a), a.subjectId()) == i) {
                        fedBack.add(a);
                    }
                }
                for (Finding f : unit.findings()) {
                    if (FED_BACK.contains(f.code()) && parts.ownerOf(f.subjectType(), f.subjectId()) == i) {
                        fedBack.add(f);
                    }
                }
            }
            fedBack.forEach(company::insert);
            // What came back is read in aggregate only: a rule matching one salesperson's attainment or finding
            // concludes about that salesperson, which is their unit's to do, with facts the company part lacks.
            Set<Object> cameBack = Collections.newSetFromMap(new IdentityHashMap<>(fedBack.size() * 2));
            cameBack.addAll(fedBack);
            AgendaFilter inAggregateOnly = match -> {
                for (Object o : match.getObjects()) {
                    if (cameBack.contains(o)) {
                        return false;
                    }
                }
                return true;
            };
            company.fireAllRules(inAggregateOnly);
            SessionSettling.Settled companySettled = SessionSettling.settle(company, ruleset, companyPart.facts(),
                    inAggregateOnly);
            if (!companyWide(companySettled.outcome()).containsAll(companyWide)) {
                return Optional.empty();
            }
            return Optional.of(merge(parts, companySettled, units));
        } finally {
            company.dispose();
        }
    }

    /** What the company part concluded about the company itself, which units hold no {@code Company} to conclude. */
    private static List<Object> aboutTheCompany(CompanyParts parts, SessionOutcome outcome) {
        List<Object> told = new ArrayList<>();
        for (Attainment a : outcome.attainments()) {
            if (parts.ownerOf(subjectOf(a), a.subjectId()) == CompanyParts.COMPANY) {
                told.add(a);
            }
        }
        outcome.findings().stream().filter(f -> f.subjectType() == SubjectType.COMPANY).forEach(told::add);
        outcome.recommendations().stream().filter(r -> r.subjectType() == SubjectType.COMPANY).forEach(told::add);
        outcome.exclusions().stream().filter(c -> c.subjectType() == SubjectType.COMPANY).forEach(told::add);
        return told;
    }

    private SessionSettling.Settled unit(CompanyParts.Part unit, List<Object> told, List<String> periodIds) {
        KieSession session = sessions.newKieSession();
        try {
            FactLoader.load(session, unit.facts(), unit.changes(), periodIds, false);
            told.forEach(session::insert);
            session.fireAllRules();
            return SessionSettling.settle(session, ruleset, unit.facts());
        } finally {
            session.dispose();
        }
    }

    /** Every part's own conclusions, the company part's first, then the units' in order. */
    private static SessionSettling.Settled merge(CompanyParts parts, SessionSettling.Settled company,
                                                 List<SessionSettling.Settled> units) {
        List<Finding> findings = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        List<Attainment> attainments = new ArrayList<>();
        List<PeerBenchmark> benchmarks = new ArrayList<>();
        List<CauseExcluded> exclusions = new ArrayList<>();
        List<WithheldAction> withheld = new ArrayList<>();
        for (int part = CompanyParts.COMPANY; part < units.size(); part++) {
            SessionSettling.Settled settled = part == CompanyParts.COMPANY ? company : units.get(part);
            SessionOutcome o = settled.outcome();
            for (Finding f : o.findings()) {
                if (parts.ownerOf(f.subjectType(), f.subjectId()) == part) {
                    findings.add(f);
                }
            }
            for (Recommendation r : o.recommendations()) {
                if (parts.ownerOf(r.subjectType(), r.subjectId()) == part) {
                    recommendations.add(r);
                }
            }
            for (Attainment a : o.attainments()) {
                if (parts.ownerOf(subjectOf(a), a.subjectId()) == part) {
                    attainments.add(a);
                }
            }
            for (PeerBenchmark b : o.benchmarks()) {
                if (parts.ownerOfPeerGroup(b.peerGroup()) == part) {
                    benchmarks.add(b);
                }
            }
            for (CauseExcluded c : o.exclusions()) {
                if (parts.ownerOf(c.subjectType(), c.subjectId()) == part) {
                    exclusions.add(c);
                }
            }
            for (WithheldAction w : settled.withheld()) {
                if (parts.ownerOf(w.subjectType(), w.subjectId()) == part) {
                    withheld.add(w);
                }
            }
        }
        return new SessionSettling.Settled(new SessionOutcome(findings, recommendations, attainments, benchmarks,
                exclusions), List.copyOf(withheld));
    }

    /** What a part concluded about the company and the products, which every part must conclude alike. */
    private static Set<Object> companyWide(SessionOutcome outcome) {
        Set<Object> wide = new HashSet<>();
        for (Finding f : outcome.findings()) {
            if (isCompanyWide(f.subjectType())) {
                wide.add(f);
            }
        }
        for (Recommendation r : outcome.recommendations()) {
            if (isCompanyWide(r.subjectType())) {
                wide.add(r);
            }
        }
        for (CauseExcluded c : outcome.exclusions()) {
            if (isCompanyWide(c.subjectType())) {
                wide.add(c);
            }
        }
        for (Attainment a : outcome.attainments()) {
            if (a.level() == GoalLevel.COMPANY) {
                wide.add(a);
            }
        }
        return wide;
    }

    private static boolean isCompanyWide(SubjectType type) {
        return type == SubjectType.COMPANY || type == SubjectType.PRODUCT;
    }

    private static SubjectType subjectOf(Attainment a) {
        return a.level() == GoalLevel.SALESPERSON ? SubjectType.SALESPERSON
                : a.level() == GoalLevel.DEPARTMENT ? SubjectType.DEPARTMENT : SubjectType.COMPANY;
    }
}
