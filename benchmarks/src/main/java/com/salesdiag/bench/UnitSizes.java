package com.salesdiag.bench;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.internal.session.CompanySessions.Splitting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the size of the units a large company is cut into changes the time of one diagnosis, against the whole company
 * in one session: every variant in turn, round after round, so that a busy machine slows them alike. Prints the
 * median wall time per variant and per salesperson.
 * {@code java -cp benchmarks/target/benchmarks.jar com.salesdiag.bench.UnitSizes [SALESPEOPLE] [ROUNDS] [SIZES...]}
 */
public final class UnitSizes {

    private UnitSizes() {
    }

    public static void main(String[] args) {
        int salespeople = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 250, 500, 1000);
        }
        Ruleset ruleset = DiagnosisEngine.withPackagedRules().ruleset();
        CompanyFacts facts = Companies.of(salespeople, 1L);
        Map<String, CompanySessions> variants = new LinkedHashMap<>();
        variants.put("whole", new CompanySessions(ruleset, Splitting.never()));
        for (int size : sizes) {
            variants.put("units of " + size, new CompanySessions(ruleset, new Splitting(true, 0, size, 0)));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, CompanySessions> v : variants.entrySet()) {
                long start = System.nanoTime();
                v.getValue().diagnose(facts);
                long nanos = System.nanoTime() - start;
                // The first rounds warm up the JIT; they are printed, not counted.
                if (round >= rounds / 2) {
                    times.get(v.getKey()).add(nanos);
                }
                System.out.printf("round %d, %s: %d ms%n", round, v.getKey(), nanos / 1_000_000);
            }
        }
        System.out.printf("%d salespeople, median of the last %d rounds, load %s:%n", salespeople, rounds - rounds / 2,
                Load.average());
        times.forEach((variant, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            long median = sorted.get(sorted.size() / 2);
            System.out.printf("  %-14s %6d ms  %6.1f µs per salesperson%n", variant, median / 1_000_000,
                    median / 1e3 / salespeople);
        });
    }

    /** The machine's load average, for the record: other work on the cores slows every figure. */
    static final class Load {
        static String average() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            } catch (java.io.IOException e) {
                return "?";
            }
        }
    }
}
