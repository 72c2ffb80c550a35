package com.salesdiag.bench;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.session.FactLoader;
import com.salesdiag.engine.internal.session.SessionOutcome;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * How close the engine is to Drools' own floor on this ladder: the same 1,000-salesperson company as
 * {@link EngineBenchmark}, taken apart. {@code insertOnly} puts the facts into a pooled session of the packaged
 * ladder and resets it, firing nothing; {@code rulesWithoutExplanations} also fires the rules and reads what they
 * concluded. {@code EngineBenchmark.company01000} adds the explanations (merging, sentences in two languages, HR
 * review records). Scores are salesperson-diagnoses per second, as there.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineFloorBenchmark {

    @State(Scope.Benchmark)
    public static class Sessions {
        KieSessionsPool pool;
        CompanyFacts facts = Companies.of(1_000, 1L);

        @Setup
        public void compile() {
            pool = new RulesetCompiler().compilePackaged().kieBase()
                    .newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public long insertOnly(Sessions s) {
        return inPooledSession(s, session -> {
            FactLoader.load(session, s.facts);
            return session.getFactCount();
        });
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public SessionOutcome rulesWithoutExplanations(Sessions s) {
        return inPooledSession(s, session -> {
            FactLoader.load(session, s.facts);
            session.fireAllRules();
            return SessionOutcome.of(session);
        });
    }

    /** As the engine uses its sessions: taken from the pool, reset into it afterwards. */
    private static <T> T inPooledSession(Sessions s, Function<KieSession, T> work) {
        KieSession session = s.pool.newKieSession();
        try {
            return work.apply(session);
        } finally {
            session.dispose();
        }
    }
}
