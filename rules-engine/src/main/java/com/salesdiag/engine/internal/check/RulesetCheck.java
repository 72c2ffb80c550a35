package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.Phrase;

import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import com.salesdiag.engine.internal.ruleset.RuleSource;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.ruleset.RulesetException;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import com.salesdiag.engine.internal.scenario.ScenarioResult;
import com.salesdiag.engine.internal.scenario.ScenarioRunner;

import com.salesdiag.engine.answer.Diagnosis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether a rules edit may serve: it must compile, its thresholds and bands must make sense
 * ({@link RulesetSanityCheck}), its rules' text must give the product what it serves them with
 * ({@link RuleTextCheck}), and every scenario must still hold. Scenarios run only on rules that compile and pass
 * those checks: their failures would follow from the same root causes. Used before a live reload and by the offline
 * {@link RulesCheckCommand}. Thread-safe.
 */
public final class RulesetCheck {

    /** The folder name for scenarios kept beside the rules ({@code rules/ladder/scenarios} or {@code rules/scenarios}). */
    public static final String SCENARIOS_BESIDE_RULES = "scenarios";

    private final RulesetCompiler compiler;
    private final RulesetSanityCheck sanity = new RulesetSanityCheck();
    private final RuleTextCheck ruleText = new RuleTextCheck();
    private final List<Path> scenarioFolders;
    private final AtomicReference<Ruleset> lastCompiled = new AtomicReference<>();
    /** Whether {@link #scenarioFolders} run only for a rules folder that keeps no scenarios of its own. */
    private final boolean unlessFolderHasItsOwn;

    /** @param scenarioFolders scenario folders to run for every edit (e.g. {@code test-data/scenarios}); missing ones are skipped */
    public RulesetCheck(RulesetCompiler compiler, List<Path> scenarioFolders) {
        this(compiler, scenarioFolders, false);
    }

    private RulesetCheck(RulesetCompiler compiler, List<Path> scenarioFolders, boolean unlessFolderHasItsOwn) {
        this.compiler = compiler;
        this.scenarioFolders = List.copyOf(scenarioFolders);
        this.unlessFolderHasItsOwn = unlessFolderHasItsOwn;
    }

    /**
     * A check whose {@code defaultScenarioFolders} (the suite shipped with the product) run only for a rules folder
     * without a {@code scenarios} folder of its own. An analyst who keeps scenarios with the rules owns the whole
     * suite: a scenario they change or delete together with a rule is not contradicted by the shipped copy.
     */
    public static RulesetCheck withDefaultScenarios(RulesetCompiler compiler, List<Path> defaultScenarioFolders) {
        return new RulesetCheck(compiler, defaultScenarioFolders, true);
    }

    public static RulesetCheck withScenarios(Path... scenarioFolders) {
        return new RulesetCheck(new RulesetCompiler(), List.of(scenarioFolders));
    }

    public List<Path> scenarioFolders() {
        return scenarioFolders;
    }

    /**
     * Whether the configured scenarios are the suite shipped with the product, which a rules folder keeping scenarios
     * of its own replaces: then accepting new expectations may copy the suite into the folder to rewrite it there.
     */
    public boolean adoptsTheSuite() {
        return unlessFolderHasItsOwn;
    }

    /** Checks the rule files of a folder, with the configured scenarios and any scenarios kept beside the rules. */
    public RulesetCandidate check(Path rulesFolder) {
        return check(rulesFolder, List.of());
    }

    /**
     * Checks the rule files of a folder as they would be with {@code edits} saved in it (a file of the same path
     * replaced, a new path added), with the same scenarios as {@link #check(Path)}: an edit not yet saved is checked
     * as the reload that follows its saving would check it.
     */
    public RulesetCandidate check(Path rulesFolder, List<RuleFile> edits) {
        List<RuleFile> files;
        try {
            files = withEdits(RuleSource.fromDirectory(rulesFolder), edits);
        } catch (RuntimeException e) {
            CheckProblem problem = CheckProblem.of(CheckProblem.Kind.COMPILE, rulesFolder.toString(), 0,
                    Phrase.of("rules.folderUnreadable", String.valueOf(e.getMessage())));
            return rejected("", List.of(problem), 0, folders(scenarioFolders, List.of()));
        }
        List<Path> beside = scenarioFoldersBeside(rulesFolder);
        if (unlessFolderHasItsOwn && !beside.isEmpty()) {
            return check(files, beside, List.of());
        }
        return check(files, beside);
    }

    private static List<RuleFile> withEdits(List<RuleFile> files, List<RuleFile> edits) {
        if (edits.isEmpty()) {
            return files;
        }
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        files.forEach(file -> byPath.put(file.path(), file));
        edits.forEach(edit -> byPath.put(edit.path(), edit));
        return List.copyOf(byPath.values());
    }

    /** Checks rule files (paths relative to the rules folder) with the configured scenarios. */
    public RulesetCandidate check(List<RuleFile> files) {
        return check(files, List.of());
    }

    /** Checks rule files with the configured scenarios plus {@code moreScenarioFolders}. */
    public RulesetCandidate check(List<RuleFile> files, List<Path> moreScenarioFolders) {
        return check(files, moreScenarioFolders, scenarioFolders);
    }

    private RulesetCandidate check(List<RuleFile> files, List<Path> moreScenarioFolders, List<Path> configured) {
        String version = RulesetCompiler.version(files);
        List<Path> folders = folders(configured, moreScenarioFolders);
        Ruleset ruleset;
        try {
            ruleset = compile(files, version);
        } catch (RulesetException e) {
            return rejected(version, e.problems().stream().map(p -> problem(CheckProblem.Kind.COMPILE, p)).toList(),
                    0, folders);
        }
        List<CheckProblem> problems = new ArrayList<>();
        for (RuleProblem problem : sanity.check(ruleset, files)) {
            problems.add(problem(CheckProblem.Kind.SANITY, problem));
        }
        for (RuleProblem problem : ruleText.check(files)) {
            problems.add(problem(CheckProblem.Kind.SANITY, problem));
        }
        if (!problems.isEmpty()) {
            // Root causes first: a threshold out of range or a sentence that cannot be read breaks scenarios by the
            // dozen, and those failures would bury the one line the analyst has to fix.
            return rejected(version, problems, 0, folders);
        }
        ScenarioRunner runner = new ScenarioRunner(new CompanySessions(ruleset)::diagnose, ScenarioFigures.of(ruleset));
        int run = 0;
        Map<String, Diagnosis> diagnoses = new HashMap<>();
        for (Path folder : folders) {
            for (ScenarioResult result : runner.runAll(folder)) {
                run++;
                result.differences().forEach(d -> problems.add(CheckProblem.scenario(result.name(), result.file(), d)));
                if (result.diagnosis() != null) {
                    diagnoses.put(result.file(), result.diagnosis());
                }
            }
        }
        CheckReport report = new CheckReport(version, problems.isEmpty(), run, names(folders), problems);
        return new RulesetCandidate(problems.isEmpty() ? Optional.of(ruleset) : Optional.empty(), report,
                Optional.of(ruleset), diagnoses);
    }

    /**
     * The last ruleset compiled, kept while it is the version asked for: an analyst checks an edit, accepts its
     * expectations (which checks it twice) and reloads it, and the same files compile to the same rules. One is
     * kept, so at most one knowledge base more than those serving stays in memory.
     */
    private Ruleset compile(List<RuleFile> files, String version) {
        Ruleset last = lastCompiled.get();
        if (last != null && last.version().equals(version)) {
            return last;
        }
        Ruleset ruleset = compiler.compile(files);
        lastCompiled.set(ruleset);
        return ruleset;
    }

    /** Scenario folders kept with the rules: {@code <rules>/scenarios} and {@code <rules>/../scenarios}, when they exist. */
    public static List<Path> scenarioFoldersBeside(Path rulesFolder) {
        List<Path> found = new ArrayList<>();
        Path inside = rulesFolder.resolve(SCENARIOS_BESIDE_RULES);
        if (Files.isDirectory(inside)) {
            found.add(inside);
        }
        Path parent = rulesFolder.toAbsolutePath().normalize().getParent();
        if (parent != null && Files.isDirectory(parent.resolve(SCENARIOS_BESIDE_RULES))) {
            found.add(parent.resolve(SCENARIOS_BESIDE_RULES));
        }
        return found;
    }

    private static List<Path> folders(List<Path> configured, List<Path> more) {
        Set<Path> unique = new LinkedHashSet<>();
        for (Path folder : configured) {
            unique.add(folder.toAbsolutePath().normalize());
        }
        for (Path folder : more) {
            unique.add(folder.toAbsolutePath().normalize());
        }
        return List.copyOf(unique);
    }

    private static List<String> names(List<Path> folders) {
        return folders.stream().map(Path::toString).toList();
    }

    private static RulesetCandidate rejected(String version, List<CheckProblem> problems, int run, List<Path> folders) {
        return new RulesetCandidate(Optional.empty(), new CheckReport(version, false, run, names(folders), problems));
    }

    private static CheckProblem problem(CheckProblem.Kind kind, RuleProblem problem) {
        return CheckProblem.of(kind, problem.file(), problem.line(), problem.phrase());
    }
}
