package com.salesdiag.bench;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleSource;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to turn the ladder into a serving knowledge base. Run from the repository root (the folders are relative).
 * <ul>
 * <li>{@code build}: compile the packaged rule files (already read) into a Ruleset. With many forks and no
 * warm-up ({@code -f 5 -wi 0 -i 1}) it is the first build in a fresh JVM, what a start pays; warm, what a
 * reload's compile step pays.</li>
 * <li>{@code loadPrecompiled}: what a service start on the packaged rules pays now: read the knowledge base the
 * build compiled ({@code PrecompiledRuleset}) and describe it; fails if it had to compile DRL instead.</li>
 * <li>{@code liveReload}: what {@code POST /api/v1/rules/reload} does: read the rules folder, compile, sanity-check
 * the thresholds, run every scenario against the candidate, and swap it in.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class KnowledgeBaseBenchmark {

    @Param("rules/ladder")
    public String rulesFolder;

    @Param("test-data/scenarios")
    public String scenarios;

    private List<RuleFile> packaged;

    @Setup
    public void read() {
        packaged = RuleSource.fromClasspath();
    }

    /** A serving ruleset to reload; its own state, so that {@code build} in a fresh JVM is the first build. */
    @State(Scope.Benchmark)
    public static class Serving {
        LiveRuleset live;

        @Setup
        public void start(KnowledgeBaseBenchmark folders) {
            live = LiveRuleset.startOn(Path.of(folders.rulesFolder),
                    LiveRuleset.Scenarios.always(List.of(Path.of(folders.scenarios))), "benchmark");
        }
    }

    @Benchmark
    public Ruleset build() {
        return new RulesetCompiler().compile(packaged);
    }

    @Benchmark
    public Ruleset loadPrecompiled() {
        long builds = RulesetCompiler.builds();
        Ruleset ruleset = new RulesetCompiler().compilePackaged();
        if (RulesetCompiler.builds() != builds) {
            throw new IllegalStateException("the packaged rules were compiled, not read: is the precompiled ladder missing?");
        }
        return ruleset;
    }

    @Benchmark
    public LoadAttempt liveReload(Serving serving) {
        LoadAttempt attempt = serving.live.reload(Path.of(rulesFolder), "benchmark");
        if (attempt.outcome() != LoadAttempt.Outcome.ACCEPTED) {
            throw new IllegalStateException("reload rejected: " + attempt);
        }
        return attempt;
    }
}
