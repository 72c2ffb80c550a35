package com.salesdiag.bench;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.session.ConclusionCollector;
import com.salesdiag.engine.internal.session.FactLoader;
import com.salesdiag.engine.internal.session.SessionOutcome;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where the time of one diagnosis goes: load, fire, collect, and how often each rule matched, fired and was
 * cancelled. {@code java -cp benchmarks/target/benchmarks.jar [-Drules=FOLDER] com.salesdiag.bench.Anatomy SALESPEOPLE [RUNS]}
 */
public final class Anatomy {

    private Anatomy() {
    }

    public static void main(String[] args) {
        int salespeople = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String folder = System.getProperty("rules");
        DiagnosisEngine engine = folder == null ? DiagnosisEngine.withPackagedRules()
                : DiagnosisEngine.withRulesFrom(java.nio.file.Path.of(folder));
        CompanyFacts facts = Companies.of(salespeople, 1L);
        System.out.printf("company: %d departments, %d salespeople, %d facts%n", facts.departments().size(),
                facts.salespeople().size(), Companies.factCount(facts));
        for (int run = 0; run < runs; run++) {
            Map<String, long[]> counts = new TreeMap<>();
            KieSession session = engine.ruleset().newSession();
            boolean last = run == runs - 1;
            if (last) {
                session.addEventListener(new Counting(counts));
            }
            Map<String, long[]> objects = new TreeMap<>();
            if (last) {
                session.addEventListener(new Objects(objects));
            }
            long c0 = CPU.getCurrentThreadCpuTime();
            FactLoader.load(session, facts);
            long c1 = CPU.getCurrentThreadCpuTime();
            long fired = session.fireAllRules();
            long c2 = CPU.getCurrentThreadCpuTime();
            SessionOutcome outcome = SessionOutcome.of(session);
            long c3 = CPU.getCurrentThreadCpuTime();
            var diagnosis = new ConclusionCollector(engine.ruleset(), facts).collect(outcome);
            long c4 = CPU.getCurrentThreadCpuTime();
            session.dispose();
            System.out.printf("run %d (CPU time): load %d ms, fire %d ms (%d fired), read %d ms, collect %d ms, total %d ms = %.0f salespeople/s; %d findings, %d recommendations%n",
                    run, ms(c1 - c0), ms(c2 - c1), fired, ms(c3 - c2), ms(c4 - c3), ms(c4 - c0),
                    facts.salespeople().size() * 1e9 / (c4 - c0), diagnosis.findings().size(),
                    diagnosis.recommendations().size());
            if (last) {
                System.out.println("rule: created / fired / cancelled");
                counts.forEach((rule, c) -> System.out.printf("  %-60s %8d %8d %8d%n", rule, c[0], c[1], c[2]));
                System.out.println("fact class: inserted / updated / deleted");
                objects.forEach((type, c) -> System.out.printf("  %-60s %8d %8d %8d%n", type, c[0], c[1], c[2]));
            }
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static final class Objects implements org.kie.api.event.rule.RuleRuntimeEventListener {
        private final Map<String, long[]> counts;

        Objects(Map<String, long[]> counts) {
            this.counts = counts;
        }

        private long[] of(Object fact) {
            return counts.computeIfAbsent(fact == null ? "?" : fact.getClass().getSimpleName(), r -> new long[3]);
        }

        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            of(event.getObject())[0]++;
        }

        @Override
        public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
            of(event.getObject())[1]++;
        }

        @Override
        public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
            of(event.getOldObject())[2]++;
        }
    }

    private static final class Counting extends DefaultAgendaEventListener {
        private final Map<String, long[]> counts;

        Counting(Map<String, long[]> counts) {
            this.counts = counts;
        }

        private long[] of(String rule) {
            return counts.computeIfAbsent(rule, r -> new long[3]);
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            of(event.getMatch().getRule().getName())[0]++;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            of(event.getMatch().getRule().getName())[1]++;
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            of(event.getMatch().getRule().getName())[2]++;
        }
    }
}
