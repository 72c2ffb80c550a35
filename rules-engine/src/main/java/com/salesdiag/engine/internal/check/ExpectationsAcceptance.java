package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.scenario.ExpectationChanges;
import com.salesdiag.engine.internal.scenario.ExpectationRewriter;
import com.salesdiag.engine.internal.scenario.Scenario;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.ExpectationChange;
import com.salesdiag.engine.rules.ExpectationsAccepted;
import com.salesdiag.engine.rules.ExpectationsAccepted.NotAccepted;
import com.salesdiag.engine.rules.ExpectationsAccepted.RewrittenScenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepts the expectations an edit of the rules changes, in one step and never silently: only when asked, only for
 * the version the analyst checked, only in the rules folder's own scenarios, each rewrite shown as a difference.
 * Every expectation a scenario no longer meets moves to the other list of its {@code expect} ({@code mustContain}
 * to {@code mustNotContain} or back); nothing else of the file changes. When the rules folder keeps no scenarios of
 * its own and the suite that guards it is the one shipped with the product, the suite is first copied into
 * {@code <rules>/scenarios}: from then on the folder owns it, as a reload already assumes.
 */
public final class ExpectationsAcceptance {

    private final RulesetCheck check;

    public ExpectationsAcceptance(RulesetCheck check) {
        this.check = check;
    }

    /**
     * @param serving         the rules serving, to say why an expectation changes
     * @param expectedVersion the version the analyst checked; null or blank accepts for whatever the folder holds
     */
    public ExpectationsAccepted accept(Ruleset serving, Path rulesFolder, String expectedVersion) {
        RulesetCandidate candidate = check.check(rulesFolder);
        CheckReport report = candidate.report();
        if (expectedVersion != null && !expectedVersion.isBlank() && !expectedVersion.equals(report.version())) {
            return refused(ExpectationsAccepted.Refusal.RULES_CHANGED, report);
        }
        if (candidate.compiled().isEmpty()) {
            return refused(ExpectationsAccepted.Refusal.RULES_FAIL_THEIR_CHECKS, report);
        }
        Set<String> failing = new LinkedHashSet<>();
        report.problems(CheckProblem.Kind.SCENARIO).forEach(p -> failing.add(p.file()));
        if (failing.isEmpty()) {
            return new ExpectationsAccepted(ExpectationsAccepted.Outcome.NOTHING_TO_ACCEPT,
                    ExpectationsAccepted.Refusal.NONE, report.version(), List.of(), "", 0, List.of(), report);
        }
        Ruleset edited = candidate.compiled().get();
        Path root = rulesFolder.toAbsolutePath().normalize();
        List<Path> own = RulesetCheck.scenarioFoldersBeside(root).stream()
                .map(p -> p.toAbsolutePath().normalize()).toList();
        Path adoptInto = null;
        int adopted = 0;
        if (own.isEmpty() && check.adoptsTheSuite()) {
            adoptInto = root.resolve(RulesetCheck.SCENARIOS_BESIDE_RULES);
            adopted = adopt(check.scenarioFolders(), adoptInto);
            own = List.of(adoptInto);
        }
        List<RewrittenScenario> rewritten = new ArrayList<>();
        List<NotAccepted> notAccepted = new ArrayList<>();
        for (String name : failing) {
            Path file = Path.of(name).toAbsolutePath().normalize();
            Path target = target(file, own, adoptInto);
            if (target == null) {
                notAccepted.add(new NotAccepted(scenarioName(file), file.toString(),
                        NotAccepted.Reason.OUTSIDE_THE_RULES_FOLDER, file.getParent().toString()));
                continue;
            }
            accept(serving, edited, target, rewritten, notAccepted);
        }
        CheckReport after = check.check(rulesFolder).report();
        return new ExpectationsAccepted(rewritten.isEmpty() ? ExpectationsAccepted.Outcome.NOTHING_TO_ACCEPT
                : ExpectationsAccepted.Outcome.ACCEPTED, ExpectationsAccepted.Refusal.NONE, report.version(),
                rewritten, adoptInto == null ? "" : adoptInto.toString(), adopted, notAccepted, after);
    }

    private static void accept(Ruleset serving, Ruleset edited, Path file, List<RewrittenScenario> rewritten,
                               List<NotAccepted> notAccepted) {
        Scenario scenario;
        Scenario asServed;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            scenario = ScenarioFiles.read(file, ScenarioFigures.of(edited));
            asServed = ScenarioFiles.read(file, ScenarioFigures.of(serving));
        } catch (IOException | RuntimeException e) {
            notAccepted.add(new NotAccepted(scenarioName(file), file.toString(), NotAccepted.Reason.CANNOT_BE_READ,
                    e.getMessage()));
            return;
        }
        String name = scenario.name() == null ? file.getFileName().toString() : scenario.name();
        Diagnosis diagnosis = new CompanySessions(edited).diagnose(scenario.facts());
        if (!diagnosis.withheld().isEmpty()) {
            notAccepted.add(new NotAccepted(name, file.toString(), NotAccepted.Reason.BREAKS_AN_INVARIANT,
                    diagnosis.withheld().get(0).action() + " for " + diagnosis.withheld().get(0).subjectId()
                            + " (rule \"" + diagnosis.withheld().get(0).rule() + "\")"));
            return;
        }
        ExpectationChanges.Unmet unmet = ExpectationChanges.unmet(scenario, diagnosis);
        if (unmet.isEmpty()) {
            return;
        }
        List<ExpectationChange> changes = ExpectationChanges.of(name, file.toString(), scenario,
                new CompanySessions(serving).diagnose(asServed.facts()), diagnosis, serving.thresholds(),
                edited.thresholds());
        String after = ExpectationRewriter.rewrite(text, new HashSet<>(unmet.mustContain()),
                new HashSet<>(unmet.mustNotContain()));
        write(file, after);
        rewritten.add(new RewrittenScenario(name, file.toString(), changes,
                UnifiedDiff.of(file.getFileName().toString(), text, after)));
    }

    /** The file to rewrite: the failing one when it is the rules folder's own, its adopted copy, or none. */
    private static Path target(Path file, List<Path> own, Path adoptedInto) {
        for (Path folder : own) {
            if (file.startsWith(folder)) {
                return file;
            }
        }
        if (adoptedInto != null && Files.isRegularFile(adoptedInto.resolve(file.getFileName()))) {
            return adoptedInto.resolve(file.getFileName());
        }
        return null;
    }

    private static int adopt(List<Path> suite, Path into) {
        int copied = 0;
        try {
            Files.createDirectories(into);
            for (Path folder : suite) {
                for (Path file : ScenarioFiles.list(folder)) {
                    Path target = into.resolve(file.getFileName());
                    if (!Files.exists(target)) {
                        Files.copy(file, target);
                        copied++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the scenarios into " + into, e);
        }
        return copied;
    }

    /** Written beside and moved over, so that a reload or a watcher never reads half a file. */
    private static void write(Path file, String text) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".accepting-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite " + file, e);
        }
    }

    private static String scenarioName(Path file) {
        try {
            tools.jackson.databind.JsonNode name = ScenarioFiles.mapper().readTree(file.toFile()).get("name");
            return name == null || !name.isString() ? file.getFileName().toString() : name.asString();
        } catch (RuntimeException e) {
            return file.getFileName().toString();
        }
    }

    private static ExpectationsAccepted refused(ExpectationsAccepted.Refusal refusal, CheckReport report) {
        return new ExpectationsAccepted(ExpectationsAccepted.Outcome.REFUSED, refusal, report.version(), List.of(), "",
                0, List.of(), report);
    }
}
