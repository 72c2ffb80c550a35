package com.salesdiag.bench;

import com.salesdiag.engine.ruleset.RuleFile;
import com.salesdiag.engine.ruleset.RuleSource;
import com.salesdiag.engine.ruleset.Ruleset;
import com.salesdiag.engine.ruleset.RulesetCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to compile the ladder into a knowledge base. "cold" is the first build in a fresh JVM (what a start pays:
 * run with many forks and no warm-up), "reload" reads the rules folder an analyst edits and compiles it in a warm
 * JVM (what a live reload pays). Set the folder with {@code -p rulesFolder=...} (default {@code rules/ladder},
 * relative to the repository root).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class KnowledgeBaseBenchmark {

    @org.openjdk.jmh.annotations.Param("rules/ladder")
    public String rulesFolder;

    private List<RuleFile> packaged;

    @Setup
    public void read() {
        packaged = RuleSource.fromClasspath();
    }

    /** The packaged ladder, from files already read. */
    @Benchmark
    public Ruleset build() {
        return new RulesetCompiler().compile(packaged);
    }

    /** What a live reload does: read the folder, compile, and be ready to swap. */
    @Benchmark
    public Ruleset reloadFromFolder() {
        return new RulesetCompiler().compile(RuleSource.fromDirectory(Path.of(rulesFolder)));
    }
}
