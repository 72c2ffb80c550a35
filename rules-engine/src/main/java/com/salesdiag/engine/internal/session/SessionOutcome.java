package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.derived.Attainment;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.derived.PeerBenchmark;
import com.salesdiag.engine.derived.Recommendation;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules left in working memory once they settled. Read at the end, not from fired events, because
 * truth maintenance may have withdrawn a conclusion that fired early (an upstream cause found later).
 */
public record SessionOutcome(List<Finding> findings, List<Recommendation> recommendations,
                             List<Attainment> attainments, List<PeerBenchmark> benchmarks,
                             List<CauseExcluded> exclusions) {

    public static SessionOutcome of(KieSession session) {
        List<Finding> findings = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        List<Attainment> attainments = new ArrayList<>();
        List<PeerBenchmark> benchmarks = new ArrayList<>();
        List<CauseExcluded> exclusions = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof Finding f) {
                findings.add(f);
            } else if (fact instanceof Recommendation r) {
                recommendations.add(r);
            } else if (fact instanceof Attainment a) {
                attainments.add(a);
            } else if (fact instanceof PeerBenchmark b) {
                benchmarks.add(b);
            } else if (fact instanceof CauseExcluded c) {
                exclusions.add(c);
            }
        }
        return new SessionOutcome(findings, recommendations, attainments, benchmarks, exclusions);
    }
}
