package com.salesdiag.bench;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.internal.session.CompanySessions.Splitting;
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
 * The engine's throughput in salesperson-diagnoses per second (ops/s = salespeople diagnosed per second): a whole
 * generated company per call, explanations in English and Italian included. Run with {@code -t 1} and {@code -t 2}.
 * <p>
 * {@code evaluation}: {@code parts} as the product runs (a company from 500 salespeople cut into units of whole
 * departments, diagnosed in parallel), {@code whole} as before (every company in one session), in the same run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"parts", "whole"})
        String evaluation;

        CompanySessions engine;

        @Setup
        public void compile() {
            engine = new CompanySessions(DiagnosisEngine.withPackagedRules().ruleset(),
                    evaluation.equals("whole") ? Splitting.never() : Splitting.standard());
        }
    }

    @State(Scope.Benchmark)
    public static class Company10 {
        CompanyFacts facts = Companies.of(10, 1L);
    }

    @State(Scope.Benchmark)
    public static class Company1000 {
        CompanyFacts facts = Companies.of(1_000, 1L);
    }

    @State(Scope.Benchmark)
    public static class Company10000 {
        CompanyFacts facts = Companies.of(10_000, 1L);
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public Diagnosis company00010(Engine engine, Company10 company) {
        return engine.engine.diagnose(company.facts);
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public Diagnosis company01000(Engine engine, Company1000 company) {
        return engine.engine.diagnose(company.facts);
    }

    @Benchmark
    @OperationsPerInvocation(10_000)
    public Diagnosis company10000(Engine engine, Company10000 company) {
        return engine.engine.diagnose(company.facts);
    }
}
