package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.fixtures.Scenarios;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static com.salesdiag.engine.fixtures.Rules.THRESHOLDS;
import static org.assertj.core.api.Assertions.assertThat;

class RulesCheckCommandTests {

    private static final Path PACKAGED_RULES = Path.of("..", "rules", "ladder");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RulesCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void thePackagedRulesPrintOkWithTheirVersionAndExitZero() {
        int exit = run("--rules", PACKAGED_RULES.toString(), "--scenarios", Scenarios.LADDER.toString());

        assertThat(exit).isZero();
        assertThat(outLines()).singleElement().asString()
                .startsWith("OK " + RulesetCompiler.version(com.salesdiag.engine.internal.ruleset.RuleSource.fromDirectory(PACKAGED_RULES)))
                .contains("1 scenario(s) hold");
    }

    @Test
    void aBrokenCopyPrintsEachProblemAsFileLineMessageAloneAndExitsOne(@TempDir Path dir) {
        List<RuleFile> broken = Rules.replacing(
                Rules.withThreshold(Rules.packaged(), "delivery.onTimeTolerance", "95"),
                THRESHOLDS, "Band goal GOAL_MET,goal,GOAL_MET,0.95,", "Band goal GOAL_MET,goal,GOAL_MET,0.96,");
        Path rules = Rules.writeTo(broken, dir.resolve("ladder"));

        int exit = run("--rules", rules.toString(), "--scenarios", Scenarios.LADDER.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).contains(
                THRESHOLDS + ":" + Rules.lineOf(broken, THRESHOLDS, "Threshold delivery.onTimeTolerance,")
                        + ": threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1",
                THRESHOLDS + ":" + Rules.lineOf(broken, THRESHOLDS, "Band goal GOAL_MET,")
                        + ": band goal GOAL_MET starts at 0.96 but GOAL_MISSED ends at 0.95: gap");
        assertThat(outLines()).as("scenarios wait for the root causes")
                .noneSatisfy(line -> assertThat(line).startsWith("scenario "));
        assertThat(outLines().get(outLines().size() - 1)).startsWith("REJECTED ")
                .contains("scenarios not run until these are fixed");
    }

    @Test
    void withoutARulesFolderItPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        assertThat(run("--rules", "no/such/folder")).isEqualTo(2);
    }
}
