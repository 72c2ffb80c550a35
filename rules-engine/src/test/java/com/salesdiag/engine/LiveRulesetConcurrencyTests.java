package com.salesdiag.engine;

import com.salesdiag.engine.rules.LoadAttempt;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRulesetConcurrencyTests {

    private static final int RELOADS = 12;
    private static final int DIAGNOSING_THREADS = 3;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void diagnosesDuringManyReloadsNeverFailAndEachComesWhollyFromOneVersion() throws Exception {
        List<RuleFile> strict = Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.95");
        List<RuleFile> lenient = Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "0.92");
        CompanyFacts facts = Scenarios.northOnTime93();
        RulesetCompiler compiler = new RulesetCompiler();
        Ruleset strictRuleset = compiler.compile(strict);
        Ruleset lenientRuleset = compiler.compile(lenient);
        Map<String, Diagnosis> answerOf = Map.of(
                strictRuleset.version(), new DiagnosisEngine(strictRuleset).diagnose(facts),
                lenientRuleset.version(), new DiagnosisEngine(lenientRuleset).diagnose(facts));
        assertThat(codes(answerOf.get(strictRuleset.version()))).contains("DELIVERY_DELAYS");
        assertThat(codes(answerOf.get(lenientRuleset.version()))).doesNotContain("DELIVERY_DELAYS");

        LiveRuleset live = new LiveRuleset(RulesetCheck.withScenarios(), strictRuleset, "startup");
        AtomicBoolean reloading = new AtomicBoolean(true);
        Queue failures = new Queue();
        Map<String, AtomicInteger> diagnosesPerVersion = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(DIAGNOSING_THREADS + 1);
        try {
            List<Future<?>> diagnosers = new ArrayList<>();
            for (int t = 0; t < DIAGNOSING_THREADS; t++) {
                diagnosers.add(pool.submit(() -> {
                    while (reloading.get()) {
                        try {
                            Diagnosis diagnosis = live.diagnose(facts);
                            Diagnosis expected = answerOf.get(diagnosis.rulesetVersion());
                            if (!diagnosis.equals(expected)) {
                                failures.add("diagnosis under " + diagnosis.rulesetVersion()
                                        + " differs from what that version gives: " + codes(diagnosis));
                            }
                            diagnosesPerVersion.computeIfAbsent(diagnosis.rulesetVersion(), v -> new AtomicInteger())
                                    .incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add("diagnosis failed: " + e);
                        }
                        LockSupport.parkNanos(100_000); // leave the reloader some CPU on a small machine
                    }
                }));
            }
            Future<?> reloader = pool.submit(() -> {
                try {
                    for (int i = 0; i < RELOADS; i++) {
                        LoadAttempt attempt = live.reload(i % 2 == 0 ? lenient : strict, "reloader");
                        if (!attempt.accepted()) {
                            failures.add("reload " + i + " rejected: " + attempt.problems());
                        }
                    }
                } finally {
                    reloading.set(false);
                }
            });
            reloader.get(4, TimeUnit.MINUTES);
            for (Future<?> diagnoser : diagnosers) {
                diagnoser.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures.items).isEmpty();
        assertThat(diagnosesPerVersion).containsOnlyKeys(strictRuleset.version(), lenientRuleset.version());
        assertThat(diagnosesPerVersion.values()).allSatisfy(count -> assertThat(count.get()).isGreaterThan(RELOADS));
        assertThat(live.history()).hasSize(RELOADS + 1).allSatisfy(a -> assertThat(a.accepted()).isTrue());
        assertThat(live.activeVersion()).isEqualTo(strictRuleset.version());
    }

    private static List<String> codes(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(DiagnosedFinding::code).toList();
    }

    /** Failures seen by any thread; the first few are enough to diagnose. */
    private static final class Queue {
        final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

        void add(String failure) {
            if (items.size() < 20) {
                items.add(failure);
            }
        }
    }
}
