package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.change.RevenueChanges;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Diagnoses on one compiled ruleset. Thread-safe. A small company is evaluated whole, in one session of its own
 * (taken from a pool, reset after use), with rules joining facts on ids. A large one is cut into units of whole
 * departments diagnosed in parallel ({@link SplitEvaluation}), with the same answer: one session over a whole large
 * company holds hundreds of megabytes until its end, which the garbage collector copies over and over, so that
 * each salesperson cost ~3× more at 10,000 than at 1,000; units of a few hundred salespeople cost the same per
 * salesperson at any size, and use both cores for one request.
 * <p>
 * The split is trusted only while the parts agree ({@link SplitEvaluation}); and the first split diagnoses of each
 * ruleset are also evaluated whole and compared ({@link Splitting#verifications}). When either check fails, the
 * ruleset has a rule that crosses departments in a way the parts cannot see (an analyst's new rule, say), the
 * company is diagnosed whole, and so is every later company on that ruleset; a warning says so.
 */
public final class CompanySessions {

    private static final Logger LOG = LoggerFactory.getLogger(CompanySessions.class);

    /**
     * When to cut a company: from {@code from} salespeople, into units of about {@code unitSize}; the first
     * {@code verifications} split diagnoses of a ruleset are also evaluated whole and compared.
     */
    public record Splitting(boolean enabled, int from, int unitSize, int verifications) {

        /** Measured on the 1,000 and 10,000 benchmark companies: units of 100-500 cost alike; see benchmarks/. */
        public static final int UNIT_SIZE = 250;

        /**
         * As the product runs: a company of {@code split-from} salespeople or more in units, unless
         * {@code -Dsalesdiag.engine.split=false}. The parts give the whole company's answer on the packaged rules,
         * the change rules and the goals rolled up from the salespeople's included (SplitEvaluationTests: generated
         * companies and every scenario, compared with the whole).
         */
        public static Splitting standard() {
            return new Splitting(Boolean.parseBoolean(System.getProperty("salesdiag.engine.split", "true")),
                    Integer.getInteger("salesdiag.engine.split-from", 2 * UNIT_SIZE),
                    Integer.getInteger("salesdiag.engine.unit-size", UNIT_SIZE),
                    Integer.getInteger("salesdiag.engine.split-verifications", 1));
        }

        public static Splitting never() {
            return new Splitting(false, Integer.MAX_VALUE, UNIT_SIZE, 0);
        }
    }

    private final Ruleset ruleset;
    /**
     * Sessions are reset and reused rather than built anew for each diagnosis: for a small company, building the
     * session's node memories costs as much as the rules themselves (a 10-salesperson company: ~20 % less CPU).
     * The pool grows with the number of sessions running at once.
     */
    private final KieSessionsPool sessions;
    private final Splitting splitting;
    private final SplitEvaluation split;
    private final AtomicBoolean splitTrusted = new AtomicBoolean(true);
    private final AtomicInteger verificationsLeft;

    public CompanySessions(Ruleset ruleset) {
        this(ruleset, Splitting.standard());
    }

    public CompanySessions(Ruleset ruleset, Splitting splitting) {
        this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
        this.splitting = Objects.requireNonNull(splitting, "splitting");
        this.sessions = ruleset.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.split = new SplitEvaluation(ruleset, sessions);
        this.verificationsLeft = new AtomicInteger(splitting.verifications());
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public Diagnosis diagnose(CompanyFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<RevenueChange> changes = RevenueChanges.of(facts);
        if (splitting.enabled() && splitTrusted.get() && facts.salespeople().size() >= splitting.from()) {
            Optional<Diagnosis> inParts = inParts(facts, changes);
            if (inParts.isPresent() && verificationsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                Diagnosis whole = whole(facts, changes);
                if (!whole.equals(inParts.get())) {
                    distrust("its diagnosis in parts differs from the whole company's");
                    return whole;
                }
            }
            if (inParts.isPresent()) {
                return inParts.get();
            }
        }
        return whole(facts, changes);
    }

    /** The whole company in one session, as every company was diagnosed before the split. */
    public Diagnosis diagnoseWhole(CompanyFacts facts) {
        return whole(Objects.requireNonNull(facts, "facts"), RevenueChanges.of(facts));
    }

    /**
     * The company in units of whole departments, whatever its size, even one unit beside the company part (the
     * product cuts a company only into two units or more); empty when it cannot be cut (a salesperson of an unknown
     * department, or of two). For the tests that hold the split to the whole.
     *
     * @throws IllegalStateException when the parts disagree on what they conclude about the company or products
     */
    public Optional<Diagnosis> diagnoseInParts(CompanyFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<RevenueChange> changes = RevenueChanges.of(facts);
        return CompanyParts.of(facts, changes, splitting.unitSize(), 1)
                .map(parts -> split.settle(parts, FactLoader.periodIds(facts)).orElseThrow(() ->
                        new IllegalStateException("The parts disagree on the company-wide conclusions")))
                .map(settled -> new ConclusionCollector(ruleset, facts, changes).collect(settled));
    }

    private Optional<Diagnosis> inParts(CompanyFacts facts, List<RevenueChange> changes) {
        Optional<CompanyParts> parts = CompanyParts.of(facts, changes, splitting.unitSize(), 2);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionSettling.Settled> settled = split.settle(parts.get(), FactLoader.periodIds(facts));
        if (settled.isEmpty()) {
            distrust("its departments' sessions disagree on what they conclude about the company or the products");
            return Optional.empty();
        }
        return Optional.of(new ConclusionCollector(ruleset, facts, changes).collect(settled.get()));
    }

    private void distrust(String why) {
        if (splitTrusted.getAndSet(false)) {
            LOG.warn("Ruleset {}: {}, so a rule crosses departments in a way a diagnosis in parts cannot see; every "
                    + "company is diagnosed whole from now on, in one session (slower for large companies)",
                    ruleset.version(), why);
        }
    }

    private Diagnosis whole(CompanyFacts facts, List<RevenueChange> changes) {
        KieSession session = sessions.newKieSession();
        try {
            FactLoader.load(session, facts, changes);
            session.fireAllRules();
            return new ConclusionCollector(ruleset, facts, changes).collect(SessionSettling.settle(session, ruleset, facts));
        } finally {
            session.dispose(); // reset and back to the pool
        }
    }
}
