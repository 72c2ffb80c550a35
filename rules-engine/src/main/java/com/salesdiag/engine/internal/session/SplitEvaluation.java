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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Diagnoses a company in parts ({@link CompanyParts}), the units in parallel, each in a small session of its own:
 * <ol>
 *   <li>the company part first: what crosses departments and needs no department's diagnosis (the company's
 *       attainment over every result, the company's market, products);</li>
 *   <li>then every unit, with the company's figures (its attainments) as facts, settled within the invariants
 *       like a whole company ({@link SessionSettling});</li>
 *   <li>then the units' top performers go back to the company part, for what rests on every department's
 *       diagnosis (a technique that top performers anywhere share; {@link #FED_BACK}).</li>
 * </ol>
 * Each conclusion is taken from the part that owns its subject; the collector then explains the whole as one.
 * <p>
 * The same rules run in every part, so a unit also concludes about the company and the products from the
 * company-wide facts it holds. Those conclusions must be the company part's, in every unit and before and after the
 * units' findings came back: when they differ, a rule draws a company-wide conclusion from some departments only
 * (or feeds a company-wide cause back from the departments' diagnoses), the parts cannot stand for the whole, and
 * the evaluation answers nothing ({@link Optional#empty()}) so that the company is diagnosed whole.
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
            FactLoader.load(company, companyPart.facts(), companyPart.changes(), periodIds);
            company.fireAllRules();
            SessionOutcome before = SessionOutcome.of(company);
            Set<Object> companyWide = companyWide(before);
            List<Attainment> figures = before.attainments().stream()
                    .filter(a -> parts.ownerOf(subjectOf(a), a.subjectId()) == CompanyParts.COMPANY).toList();
            List<SessionSettling.Settled> units = IntStream.range(0, parts.units().size()).parallel()
                    .mapToObj(i -> unit(parts.units().get(i), figures, periodIds))
                    .toList();
            for (SessionSettling.Settled unit : units) {
                if (!companyWide(unit.outcome()).equals(companyWide)) {
                    return Optional.empty();
                }
            }
            for (int i = 0; i < units.size(); i++) {
                for (Finding f : units.get(i).outcome().findings()) {
                    if (FED_BACK.contains(f.code()) && parts.ownerOf(f.subjectType(), f.subjectId()) == i) {
                        company.insert(f);
                    }
                }
            }
            company.fireAllRules();
            SessionSettling.Settled companySettled = SessionSettling.settle(company, ruleset, companyPart.facts());
            if (!companyWide(companySettled.outcome()).equals(companyWide)) {
                return Optional.empty();
            }
            return Optional.of(merge(parts, companySettled, units));
        } finally {
            company.dispose();
        }
    }

    private SessionSettling.Settled unit(CompanyParts.Part unit, List<Attainment> companyFigures, List<String> periodIds) {
        KieSession session = sessions.newKieSession();
        try {
            FactLoader.load(session, unit.facts(), unit.changes(), periodIds);
            companyFigures.forEach(session::insert);
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
