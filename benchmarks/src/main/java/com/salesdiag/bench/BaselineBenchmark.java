package com.salesdiag.bench;

import com.salesdiag.bench.baseline.PlainLadder;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The plain-Java ladder on the same companies as {@link EngineBenchmark}, in salesperson-diagnoses per second.
 * {@code explanations=on} builds the same {@code Diagnosis} as the engine (the engine's collector: sentences in
 * both languages, review records); {@code off} stops at the conclusions, the bare cost of the logic.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BaselineBenchmark {

    @State(Scope.Benchmark)
    public static class Baseline {
        @Param({"on", "off"})
        public String explanations;

        PlainLadder ladder;

        @Setup
        public void compile() {
            ladder = new PlainLadder(DiagnosisEngine.withPackagedRules().ruleset());
        }

        Object run(CompanyFacts facts) {
            return "on".equals(explanations) ? ladder.diagnose(facts) : ladder.evaluate(facts);
        }
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public Object company00010(Baseline baseline, EngineBenchmark.Company10 company) {
        return baseline.run(company.facts);
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public Object company01000(Baseline baseline, EngineBenchmark.Company1000 company) {
        return baseline.run(company.facts);
    }

    @Benchmark
    @OperationsPerInvocation(10_000)
    public Object company10000(Baseline baseline, EngineBenchmark.Company10000 company) {
        return baseline.run(company.facts);
    }
}
