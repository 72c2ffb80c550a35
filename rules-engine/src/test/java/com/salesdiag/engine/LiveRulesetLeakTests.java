package com.salesdiag.engine;

import com.salesdiag.engine.rules.LoadAttempt;

import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieRepository;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of reloads leave nothing behind: no Drools module per release in the global repository, and every
 * replaced (or rejected) knowledge base can be garbage collected. Uses a one-rule ruleset so 200 compilations
 * stay quick; the release mechanism is the same for the full ladder.
 */
class LiveRulesetLeakTests {

    private static final int RELOADS = 200;

    @Test
    void twoHundredReloadsLeaveNoModuleInTheKieRepositoryAndNoOldRulesetReachable() throws InterruptedException {
        List<RuleFile> strict = Rules.tiny("0.95");
        List<RuleFile> lenient = Rules.tiny("0.92");
        List<RuleFile> insane = Rules.tiny("95");
        LiveRuleset live = LiveRuleset.start(RulesetCheck.withScenarios(), strict, "startup");
        long firstBuild = RulesetCompiler.builds();
        List<WeakReference<KieBase>> replaced = new ArrayList<>();

        for (int i = 0; i < RELOADS; i++) {
            KieBase before = live.active().kieBase();
            boolean rejectThisOne = i % 20 == 19;
            LoadAttempt attempt = live.reload(rejectThisOne ? insane : i % 2 == 0 ? lenient : strict, "reloader");
            assertThat(attempt.accepted()).as("reload %d", i).isEqualTo(!rejectThisOne);
            if (attempt.accepted()) {
                replaced.add(new WeakReference<>(before));
            }
        }
        boolean lenientServes = live.active().threshold("delivery.onTimeTolerance").orElseThrow() == 0.92;
        assertThat(live.diagnose(Scenarios.northOnTime93()).findingsFor("north"))
                .extracting(DiagnosedFinding::code).matches(codes -> codes.contains("DELIVERY_DELAYS") != lenientServes);

        KieRepository repository = KieServices.get().getRepository();
        long lastBuild = RulesetCompiler.builds();
        assertThat(lastBuild - firstBuild).isEqualTo(RELOADS);
        assertThat(LongStream.rangeClosed(1, lastBuild)
                .filter(build -> repository.getKieModule(RulesetCompiler.releaseIdOfBuild(build)) != null))
                .as("builds whose module is still in the KieRepository").isEmpty();

        assertThat(collected(replaced)).as("replaced rulesets the garbage collector reclaimed")
                .isEqualTo(replaced.size());
        assertThat(live.history()).hasSize(LiveRuleset.DEFAULT_HISTORY_SIZE);
    }

    private static long collected(List<WeakReference<KieBase>> references) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            if (references.stream().allMatch(r -> r.get() == null)) {
                break;
            }
            Thread.sleep(100);
        }
        return references.stream().filter(r -> r.get() == null).count();
    }
}
