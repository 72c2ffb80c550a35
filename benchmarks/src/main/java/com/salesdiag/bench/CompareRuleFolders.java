package com.salesdiag.bench;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.ruleset.RuleSource;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.session.FactLoader;
import com.salesdiag.engine.internal.session.SessionOutcome;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What an edit of the rules costs: the CPU time of loading and firing the same generated company in sessions of
 * several rule folders, taken in turn in one JVM so that the machine's drift (a shared machine's speed moves by
 * ±20 % from minute to minute) falls on all of them alike. Prints, per folder, the CPU of the diagnosing thread
 * per salesperson (minimum, lower quartile, median) and how many findings and recommendations the rules left, so
 * that an edit meant to change nothing can be seen to change nothing.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar com.salesdiag.bench.CompareRuleFolders SALESPEOPLE RUNS FOLDER...}
 */
public final class CompareRuleFolders {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CompareRuleFolders() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: CompareRuleFolders SALESPEOPLE RUNS FOLDER [FOLDER...]");
            System.exit(2);
        }
        int salespeople = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        CompanyFacts facts = Companies.of(salespeople, 1L);
        int folders = args.length - 2;
        KieSessionsPool[] pools = new KieSessionsPool[folders];
        for (int i = 0; i < folders; i++) {
            Ruleset ruleset = new RulesetCompiler().compile(RuleSource.fromDirectory(Path.of(args[i + 2])));
            pools[i] = ruleset.kieBase().newKieSessionsPool(1);
        }
        long[][] cpu = new long[folders][runs];
        SessionOutcome[] outcomes = new SessionOutcome[folders];
        // As many runs again first, unmeasured: the JIT and Drools' generated code settle in 20-30 s.
        for (int run = -runs; run < runs; run++) {
            for (int i = 0; i < folders; i++) {
                KieSession session = pools[i].newKieSession();
                long start = CPU.getCurrentThreadCpuTime();
                FactLoader.load(session, facts);
                session.fireAllRules();
                long spent = CPU.getCurrentThreadCpuTime() - start;
                if (run >= 0) {
                    cpu[i][run] = spent;
                    outcomes[i] = SessionOutcome.of(session);
                }
                session.dispose();
            }
        }
        for (int i = 0; i < folders; i++) {
            long[] sorted = cpu[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%s: load and fire, CPU µs per salesperson: min %.1f, p25 %.1f, median %.1f; "
                            + "%d findings, %d recommendations%n", args[i + 2], perSalesperson(sorted[0], salespeople),
                    perSalesperson(sorted[runs / 4], salespeople), perSalesperson(sorted[runs / 2], salespeople),
                    outcomes[i].findings().size(), outcomes[i].recommendations().size());
        }
    }

    private static double perSalesperson(long nanos, int salespeople) {
        return nanos / 1e3 / salespeople;
    }
}
