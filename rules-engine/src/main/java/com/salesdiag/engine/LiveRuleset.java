package com.salesdiag.engine;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.internal.ruleset.RuleSource;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.rules.RulesetInfo;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.internal.check.RulesetCandidate;
import com.salesdiag.engine.internal.check.ExpectationsAcceptance;
import com.salesdiag.engine.internal.check.RulesetCheck;
import com.salesdiag.engine.internal.check.ScenarioTrial;
import com.salesdiag.engine.rules.ExpectationsAccepted;
import com.salesdiag.engine.rules.ScenarioCase;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.rules.RulesetCatalogue;
import com.salesdiag.engine.internal.ruleset.RulesetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The ruleset that serves now, replaced while serving. A reload checks the edit first ({@link RulesetCheck}:
 * compiles, thresholds sane, scenarios hold) and swaps only when it passed; a bad edit leaves the old rules
 * serving and says why. Reloads run one at a time; diagnoses never wait for them: each takes the ruleset once and
 * finishes on it, so every {@link Diagnosis} comes wholly from the version named in its {@code rulesetVersion}.
 * Replaced rulesets are simply dropped: their Drools module left the global repository when they were compiled, so
 * the garbage collector reclaims them once the last diagnosis running on them ends.
 */
public final class LiveRuleset {

    public static final int DEFAULT_HISTORY_SIZE = 100;
    public static final int PROBLEMS_KEPT_PER_ATTEMPT = 50;

    private static final Logger LOG = LoggerFactory.getLogger(LiveRuleset.class);

    private final RulesetCheck check;
    private final Clock clock;
    private final int historySize;
    private final AtomicReference<DiagnosisEngine> active = new AtomicReference<>();
    private final ReentrantLock reloads = new ReentrantLock(true);
    private final Deque<LoadAttempt> history = new ArrayDeque<>();
    private final List<LoadListener> listeners = new CopyOnWriteArrayList<>();
    private long attempts;

    /** The folder name for scenarios kept beside the rules ({@code rules/ladder/scenarios} or {@code rules/scenarios}). */
    public static final String SCENARIOS_BESIDE_RULES = RulesetCheck.SCENARIOS_BESIDE_RULES;

    /**
     * The scenario folders every check runs.
     *
     * @param folders                  scenario folders (e.g. {@code test-data/scenarios}); missing ones are skipped
     * @param unlessRulesKeepTheirOwn  run {@code folders} only for a rules folder without a {@code scenarios} folder
     *                                 of its own (the suite shipped with the product): an analyst who keeps scenarios
     *                                 with the rules owns the whole suite
     */
    public record Scenarios(List<Path> folders, boolean unlessRulesKeepTheirOwn) {

        public Scenarios {
            folders = List.copyOf(folders);
        }

        public static Scenarios always(List<Path> folders) {
            return new Scenarios(folders, false);
        }

        public static Scenarios unlessRulesKeepTheirOwn(List<Path> folders) {
            return new Scenarios(folders, true);
        }

        RulesetCheck check() {
            return unlessRulesKeepTheirOwn ? RulesetCheck.withDefaultScenarios(new RulesetCompiler(), folders)
                    : new RulesetCheck(new RulesetCompiler(), folders);
        }
    }

    /**
     * Serves the rules of a folder an analyst edits, after the whole check (compile, thresholds, scenarios, those
     * beside the rules too). Throws {@link RulesetException} listing every problem when they do not pass: a service
     * must not start on rules that fail their own checks.
     */
    public static LiveRuleset startOn(Path rulesFolder, Scenarios scenarios, String who) {
        return start(scenarios.check(), rulesFolder, who);
    }

    /** Serves the ladder packaged with the product (checked by its build); later reloads are checked against {@code scenarios}. */
    public static LiveRuleset startPackaged(Scenarios scenarios, String who) {
        return new LiveRuleset(scenarios.check(), new RulesetCompiler().compilePackaged(), who);
    }

    /** The version the rule files of {@code rulesFolder} would have once compiled (a hash of the files). */
    public static String versionOf(Path rulesFolder) {
        return RulesetCompiler.version(RuleSource.fromDirectory(rulesFolder));
    }

    /** Serves {@code initial} (already checked by the caller) and records it as the first, accepted, attempt. */
    LiveRuleset(RulesetCheck check, Ruleset initial, String who) {
        this(check, initial, who, Clock.systemUTC(), DEFAULT_HISTORY_SIZE);
    }

    LiveRuleset(RulesetCheck check, Ruleset initial, String who, Clock clock, int historySize) {
        if (historySize < 1) {
            throw new IllegalArgumentException("historySize must be at least 1");
        }
        this.check = Objects.requireNonNull(check, "check");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.historySize = historySize;
        active.set(new DiagnosisEngine(initial));
        record(initial.version(), who, LoadAttempt.Outcome.ACCEPTED, 0, List.of());
    }

    /**
     * Checks {@code files} and serves them. Throws {@link RulesetException} listing every problem when they do not
     * pass: a service must not start on rules that fail their own checks.
     */
    static LiveRuleset start(RulesetCheck check, List<RuleFile> files, String who) {
        RulesetCandidate candidate = check.check(files);
        return new LiveRuleset(check, candidate.ruleset().orElseThrow(() -> rejected(candidate.report())), who);
    }

    /** As {@link #start(RulesetCheck, List, String)}, from a rules folder (scenarios beside it are run too). */
    static LiveRuleset start(RulesetCheck check, Path rulesFolder, String who) {
        RulesetCandidate candidate = check.check(rulesFolder);
        return new LiveRuleset(check, candidate.ruleset().orElseThrow(() -> rejected(candidate.report())), who);
    }

    /** The ruleset serving now. Take it once per request if you need several things from the same version. */
    Ruleset active() {
        return active.get().ruleset();
    }

    /** Which rules serve now. */
    public RulesetInfo serving() {
        return active().info();
    }

    public String activeVersion() {
        return active().version();
    }

    /** An engine bound to the ruleset serving now; it keeps that ruleset even if a reload happens meanwhile. */
    public DiagnosisEngine engine() {
        return active.get();
    }

    /** Diagnoses on the ruleset serving when the call starts; a reload meanwhile does not affect this call. */
    public Diagnosis diagnose(CompanyFacts facts) {
        return active.get().diagnose(facts);
    }

    /** Checks rule files and, only when they pass, makes them the serving ruleset. Never throws for a bad edit. */
    public LoadAttempt reload(List<RuleFile> files, String who) {
        return reload(() -> check.check(files), who);
    }

    /** As {@link #reload(List, String)}, from a rules folder; scenarios kept beside the rules are run too. */
    public LoadAttempt reload(Path rulesFolder, String who) {
        return reload(() -> check.check(rulesFolder), who);
    }

    /** Checks rule files as a reload would, without serving them or recording an attempt ("test my edit"). */
    public CheckReport check(List<RuleFile> files) {
        return check.check(files).report();
    }

    /** Checks the ladder packaged with the product as a reload would. */
    public CheckReport checkPackaged() {
        return check(RuleSource.fromClasspath());
    }

    public CheckReport check(Path rulesFolder) {
        return check.check(rulesFolder).report();
    }

    /**
     * Checks a rules folder as a reload would, without serving it or recording an attempt, and when it compiles and
     * passes its own checks, diagnoses every scenario it was checked against with both the serving rules and the
     * edit, to show what the edit changes (conclusions added and removed) and which expectations it no longer meets.
     */
    public CheckReport preview(Path rulesFolder) {
        return trial(rulesFolder).report();
    }

    /**
     * As {@link #preview(Path)}, for the folder as it would be with {@code edits} saved in it (a file of the same
     * path replaced, a new one added): what checking and reloading the folder would say once they are saved,
     * before anything is written.
     */
    public CheckReport preview(Path rulesFolder, List<RuleFile> edits) {
        return trial(rulesFolder, edits).report();
    }

    /**
     * A preview ({@link #preview(Path)}) with what it ran on, for a caller that compares more than conclusions
     * (amounts, sentences) or diagnoses more than the scenarios (recorded diagnoses, replayed): the engine serving,
     * the edit's engine when the edit compiles and passes its own checks (even if scenarios fail; never served), and
     * each scenario's facts as each of them reads it.
     */
    public Trial trial(Path rulesFolder) {
        return trial(rulesFolder, List.of());
    }

    /** As {@link #trial(Path)}, with {@code edits} laid over the folder's files as {@link #preview(Path, List)} does. */
    public Trial trial(Path rulesFolder, List<RuleFile> edits) {
        RulesetCandidate candidate = check.check(rulesFolder, edits);
        DiagnosisEngine serving = engine();
        if (candidate.compiled().isEmpty()) {
            return new Trial(candidate.report(), serving, Optional.empty(), List.of());
        }
        Ruleset edited = candidate.compiled().get();
        ScenarioTrial.Outcome outcome = ScenarioTrial.run(serving.ruleset(), edited,
                candidate.report().scenarioFolders(), candidate.scenarioDiagnoses());
        return new Trial(candidate.report().withChanges(outcome.changes()).withExpectationChanges(outcome.expectations()),
                serving, Optional.of(new DiagnosisEngine(edited)), outcome.cases());
    }

    /**
     * An edit tried beside the rules serving.
     *
     * @param edited    the edit's engine, present when it compiled and passed its own checks; it never serves
     * @param scenarios every scenario that could be read, with its facts as the rules serving and the edit read them
     */
    public record Trial(CheckReport report, DiagnosisEngine serving, Optional<DiagnosisEngine> edited,
                        List<ScenarioCase> scenarios) {

        public Trial {
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * Accepts the expectations an edit of {@code rulesFolder} changes: each scenario of the folder's own that the
     * edit fails has the expectations it no longer meets moved to the other list of its {@code expect}, and the
     * rewrite is returned as a difference. Runs only for the version the analyst checked ({@code expectedVersion},
     * when given) and for rules that compile and pass their own checks; a scenario the edit fails for breaking an
     * invariant is never accepted. Loads nothing: the analyst reloads when ready. One at a time with reloads.
     */
    public ExpectationsAccepted acceptExpectations(Path rulesFolder, String expectedVersion) {
        reloads.lock();
        try {
            return new ExpectationsAcceptance(check).accept(active(), rulesFolder, expectedVersion);
        } finally {
            reloads.unlock();
        }
    }

    /** The rule files of a folder (DRL and decision tables, subfolders included), as a check or reload reads them. */
    public static List<RuleFile> filesOf(Path rulesFolder) {
        return RuleSource.fromDirectory(rulesFolder);
    }

    /** Load attempts, newest first; at most the history size given at construction. */
    public List<LoadAttempt> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** Every rule, threshold and band of the serving ruleset. */
    public RulesetCatalogue catalogue() {
        return active().catalogue();
    }

    private LoadAttempt reload(Supplier<RulesetCandidate> candidateCheck, String who) {
        reloads.lock();
        try {
            RulesetCandidate candidate = candidateCheck.get();
            CheckReport report = candidate.report();
            if (candidate.ruleset().isPresent()) {
                Ruleset previous = active.getAndSet(new DiagnosisEngine(candidate.ruleset().get())).ruleset();
                LOG.info("Rules {} loaded by {} (replacing {}), {} scenarios hold", report.version(), who,
                        previous.version(), report.scenariosRun());
                return record(report.version(), who, LoadAttempt.Outcome.ACCEPTED, report.scenariosRun(), List.of());
            }
            LOG.warn("Rules {} from {} rejected, {} keeps serving: {} problem(s), first: {}", report.version(), who,
                    activeVersion(), report.problems().size(),
                    report.problems().isEmpty() ? "-" : report.problems().get(0));
            return record(report.version(), who, LoadAttempt.Outcome.REJECTED, report.scenariosRun(), report.problems());
        } finally {
            reloads.unlock();
        }
    }

    /**
     * Tells {@code listener} of every load attempt from now on, in order, with the rules serving right after it
     * (for an accepted attempt, the rules it loaded). Attempts made before are in {@link #history()}.
     */
    public void addListener(LoadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Told of each load attempt; called on the thread that loaded, under the reload lock, so in order. */
    @FunctionalInterface
    public interface LoadListener {
        void loaded(LoadAttempt attempt, RulesetInfo serving);
    }

    private LoadAttempt record(String version, String who, LoadAttempt.Outcome outcome, int scenariosRun,
                               List<CheckProblem> problems) {
        LoadAttempt attempt;
        synchronized (history) {
            attempt = new LoadAttempt(++attempts, version, clock.instant(), who == null ? "" : who, outcome,
                    activeVersion(), scenariosRun, problems.size(),
                    problems.subList(0, Math.min(problems.size(), PROBLEMS_KEPT_PER_ATTEMPT)));
            history.addFirst(attempt);
            while (history.size() > historySize) {
                history.removeLast();
            }
        }
        for (LoadListener listener : listeners) {
            try {
                listener.loaded(attempt, serving());
            } catch (RuntimeException e) {
                // Serving must not depend on who listens: a listener that fails is logged, the load stands.
                LOG.error("A listener of rules loads failed on attempt {}", attempt.sequence(), e);
            }
        }
        return attempt;
    }

    private static RulesetException rejected(CheckReport report) {
        List<RuleProblem> problems = new ArrayList<>();
        for (CheckProblem p : report.problems()) {
            Object what = p.phrase() == null ? p.message() : p.phrase();
            problems.add(p.kind() == CheckProblem.Kind.SCENARIO
                    ? RuleProblem.of(p.file(), 0, "problem.inScenario", p.scenario(), what)
                    : p.phrase() != null ? new RuleProblem(p.file(), p.line(), p.phrase())
                    : RuleProblem.of(p.file(), p.line(), "problem.asWritten", p.message()));
        }
        return new RulesetException(problems);
    }
}
