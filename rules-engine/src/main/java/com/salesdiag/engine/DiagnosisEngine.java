package com.salesdiag.engine;

import com.salesdiag.engine.derived.Recommendation;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.ruleset.RuleSource;
import com.salesdiag.engine.ruleset.Ruleset;
import com.salesdiag.engine.ruleset.RulesetCompiler;
import com.salesdiag.engine.session.ConclusionCollector;
import com.salesdiag.engine.session.FactLoader;
import com.salesdiag.engine.session.SessionOutcome;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine's one entry point. Thread-safe: the ruleset is compiled once and immutable; each call evaluates the
 * whole company in one session of its own (taken from a pool, reset after use), with rules joining facts on ids.
 */
public final class DiagnosisEngine {

    /** How many times forbidden actions are withdrawn and the rules settle again before the answer is taken. */
    private static final int GUARD_ROUNDS = 5;

    private final Ruleset ruleset;
    /**
     * Sessions are reset and reused rather than built anew for each diagnosis: for a small company, building the
     * session's node memories costs as much as the rules themselves (a 10-salesperson company: ~20 % less CPU).
     * The pool grows with the number of diagnoses running at once.
     */
    private final KieSessionsPool sessions;

    public DiagnosisEngine(Ruleset ruleset) {
        this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
        this.sessions = ruleset.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The ladder packaged with the product. */
    public static DiagnosisEngine withPackagedRules() {
        return new DiagnosisEngine(new RulesetCompiler().compilePackaged());
    }

    /** The ladder in a folder an analyst edits. */
    public static DiagnosisEngine withRulesFrom(Path folder) {
        return new DiagnosisEngine(new RulesetCompiler().compile(RuleSource.fromDirectory(folder)));
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public Diagnosis diagnose(CompanyFacts facts) {
        Objects.requireNonNull(facts, "facts");
        KieSession session = sessions.newKieSession();
        try {
            FactLoader.load(session, facts);
            session.fireAllRules();
            ConclusionCollector collector = new ConclusionCollector(ruleset, facts);
            SessionOutcome outcome = SessionOutcome.of(session);
            List<WithheldAction> withheld = new ArrayList<>();
            // A corrective action the invariants forbid is withdrawn from the session, not only left out of the
            // answer: the ladder's later steps (coaching, recognition) wait for its absence and answer again.
            for (int round = 0; round < GUARD_ROUNDS; round++) {
                List<Recommendation> forbidden = collector.toWithdraw(outcome, withheld);
                if (forbidden.isEmpty()) {
                    break;
                }
                for (Recommendation r : forbidden) {
                    FactHandle handle = session.getFactHandle(r);
                    if (handle != null) {
                        session.delete(handle, FactHandle.State.ALL);
                    }
                }
                session.fireAllRules();
                outcome = SessionOutcome.of(session);
            }
            return collector.collect(outcome, withheld);
        } finally {
            session.dispose(); // reset and back to the pool
        }
    }
}
