package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;

import com.salesdiag.engine.internal.ruleset.RulesetCompiler;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a rules folder offline, exactly as a live reload would: compile, threshold sanity, every scenario. From
 * the project root:
 *
 * <pre>
 * ./mvnw -q -B -pl rules-engine -am process-classes -Dcheck.rules=rules/ladder
 * ./mvnw -q -B -pl rules-engine -am process-classes -Dcheck.rules=/tmp/my-edit -Dcheck.scenarios=test-data/scenarios
 * </pre>
 *
 * Prints each problem as {@code file:line: message} or {@code scenario NAME: difference}, then {@code OK <version>}
 * or {@code REJECTED <version>}; exits 0 when the rules pass, 1 when they do not, 2 on a usage error.
 */
public final class RulesCheckCommand {

    static final Path DEFAULT_SCENARIOS = Path.of("test-data", "scenarios");
    static final String USAGE = "usage: RulesCheckCommand --rules DIR [--scenarios DIR]...\n"
            + "  --rules DIR      the rules folder to check (DRL files and *.drl.csv / *.drl.xlsx tables)\n"
            + "  --scenarios DIR  scenario folder to run (repeatable; default: " + DEFAULT_SCENARIOS
            + " when it exists).\n"
            + "                   A 'scenarios' folder inside or beside the rules folder always runs too.";

    private RulesCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the check; returns the exit code (0 passed, 1 rejected, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path rules = null;
        List<Path> scenarios = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i] == null ? "" : args[i];
            if ((arg.equals("--rules") || arg.equals("--scenarios")) && i + 1 < args.length) {
                String value = args[++i] == null ? "" : args[i].strip();
                if (value.isEmpty()) {
                    continue; // an unset option passed through by a build tool
                }
                if (arg.equals("--rules")) {
                    rules = Path.of(value);
                } else {
                    scenarios.add(Path.of(value));
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (!arg.isBlank()) {
                err.println("unknown or incomplete argument: " + arg);
                err.println(USAGE);
                return 2;
            }
        }
        if (rules == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(rules)) {
            err.println("rules folder not found: " + rules.toAbsolutePath());
            return 2;
        }
        if (scenarios.isEmpty() && Files.isDirectory(DEFAULT_SCENARIOS)) {
            scenarios.add(DEFAULT_SCENARIOS);
        }
        for (Path folder : scenarios) {
            if (!Files.isDirectory(folder)) {
                err.println("scenario folder not found: " + folder.toAbsolutePath());
                return 2;
            }
        }
        CheckReport report = new RulesetCheck(new RulesetCompiler(), scenarios).check(rules).report();
        report.problems().forEach(out::println);
        if (report.passed()) {
            out.println("OK " + report.version() + ": " + rules + " compiles, thresholds are sane, "
                    + report.scenariosRun() + " scenario(s) hold" + from(report));
            return 0;
        }
        out.println("REJECTED " + report.version() + ": " + report.problems().size() + " problem(s) ("
                + report.problems(CheckProblem.Kind.COMPILE).size() + " compile, "
                + report.problems(CheckProblem.Kind.SANITY).size() + " sanity, "
                + report.problems(CheckProblem.Kind.SCENARIO).size() + " scenario); "
                + (report.problems(CheckProblem.Kind.SCENARIO).isEmpty() && report.scenariosRun() == 0
                ? "scenarios not run until these are fixed" : report.scenariosRun() + " scenario(s) run")
                + from(report));
        return 1;
    }

    private static String from(CheckReport report) {
        return report.scenarioFolders().isEmpty() ? " (no scenario folder)"
                : " (from " + String.join(", ", report.scenarioFolders()) + ")";
    }
}
