package com.salesdiag.bench;

import com.salesdiag.engine.derived.FigureChange;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.change.RevenueChanges;
import com.salesdiag.engine.internal.change.UpstreamChanges;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the change against earlier periods costs before the rules run (docs/change.md): the revenue changes of every
 * scope with contributors, people and volume/value ({@code RevenueChanges}), and the figures around sales in both
 * periods ({@code UpstreamChanges}), on the 10,000-salesperson company of {@link EngineBenchmark}. Milliseconds per
 * company; the rules on the change are in {@code EngineBenchmark.company10000} and {@code Anatomy}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChangeBenchmark {

    @State(Scope.Benchmark)
    public static class Company10000 {
        CompanyFacts facts = Companies.of(10_000, 1L);
    }

    @Benchmark
    public List<RevenueChange> revenueChanges10000(Company10000 company) {
        return RevenueChanges.of(company.facts);
    }

    @Benchmark
    public List<FigureChange> upstreamChanges10000(Company10000 company) {
        return UpstreamChanges.of(company.facts);
    }
}
