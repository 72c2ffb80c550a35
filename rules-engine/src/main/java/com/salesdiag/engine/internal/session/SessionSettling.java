package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.List;

/**
 * Settles a session whose rules have fired within the domain's invariants ({@link InvariantGuard}): a corrective
 * action the invariants forbid is withdrawn from the session, not only left out of the answer, because the
 * ladder's later steps (coaching, recognition) wait for its absence; then the rules fire again. After
 * {@link #ROUNDS} rounds what is still forbidden is left out. The only place that changes a session after its
 * facts are loaded and its rules first fired; collecting the conclusions ({@link ConclusionCollector}) only reads.
 */
public final class SessionSettling {

    private static final int ROUNDS = 5;

    /** What the rules settled on, and the actions withheld on the way. */
    public record Settled(SessionOutcome outcome, List<WithheldAction> withheld) {
    }

    private SessionSettling() {
    }

    public static Settled settle(KieSession session, Ruleset ruleset, CompanyFacts facts) {
        return settle(session, ruleset, facts, match -> true);
    }

    /** Firing again only what {@code filter} lets fire, as the session's last firing did. */
    static Settled settle(KieSession session, Ruleset ruleset, CompanyFacts facts, AgendaFilter filter) {
        InvariantGuard guard = InvariantGuard.of(ruleset, facts, new SubjectNames(facts));
        List<WithheldAction> withdrawn = new ArrayList<>();
        InvariantGuard.Guarded guarded = guard.apply(SessionOutcome.of(session));
        for (int round = 0; round < ROUNDS && !guarded.heldBack().isEmpty(); round++) {
            withdrawn.addAll(guarded.withheld());
            for (Recommendation r : guarded.heldBack()) {
                FactHandle handle = session.getFactHandle(r);
                if (handle != null) {
                    session.delete(handle, FactHandle.State.ALL);
                }
            }
            session.fireAllRules(filter);
            guarded = guard.apply(SessionOutcome.of(session));
        }
        withdrawn.addAll(guarded.withheld());
        return new Settled(guarded.outcome(), List.copyOf(withdrawn));
    }
}
