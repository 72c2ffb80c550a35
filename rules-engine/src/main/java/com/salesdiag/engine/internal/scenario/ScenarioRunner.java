package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.rules.Phrase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs scenarios against an engine and reports each expectation the diagnosis did not meet. */
public final class ScenarioRunner {

    private final Function<CompanyFacts, Diagnosis> engine;
    private final ScenarioFigures figures;

    /** @param engine diagnoses a scenario's facts ({@code DiagnosisEngine::diagnose}); formulas are refused */
    public ScenarioRunner(Function<CompanyFacts, Diagnosis> engine) {
        this(engine, ScenarioFigures.NONE);
    }

    /**
     * @param engine  diagnoses a scenario's facts
     * @param figures the thresholds of the rules {@code engine} runs, for the figures scenarios state relative to them
     */
    public ScenarioRunner(Function<CompanyFacts, Diagnosis> engine, ScenarioFigures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    public List<ScenarioResult> runAll(Path folder) {
        return ScenarioFiles.list(folder).stream().map(this::run).toList();
    }

    public ScenarioResult run(Path file) {
        String name = file.getFileName().toString();
        try {
            Scenario scenario = ScenarioFiles.read(file, figures);
            Diagnosis diagnosis = engine.apply(scenario.facts());
            return new ScenarioResult(scenario.name() == null ? name : scenario.name(), file.toString(),
                    differences(scenario, diagnosis), diagnosis);
        } catch (RuntimeException e) {
            return new ScenarioResult(name, file.toString(), List.of(Phrase.of("scenario.cannotRun", e.toString())), null);
        }
    }

    public static List<Phrase> differences(Scenario scenario, Diagnosis diagnosis) {
        List<Phrase> differences = new ArrayList<>();
        Expectations expect = scenario.expect() == null ? new Expectations(null, null) : scenario.expect();
        for (Expectation e : expect.mustContain()) {
            if (!contains(diagnosis, e)) {
                differences.add(Phrase.of("scenario.notConcluded", e.phrase(), codesAbout(diagnosis, e.subject())));
            }
        }
        for (Expectation e : expect.mustNotContain()) {
            if (contains(diagnosis, e)) {
                differences.add(Phrase.of("scenario.concluded", e.phrase(), rulesFor(diagnosis, e)));
            }
        }
        for (ChangeExpectation e : expect.changes()) {
            List<RevenueChange> about = diagnosis.changes().stream()
                    .filter(e::isAbout).toList();
            if (about.size() != 1) {
                differences.add(Phrase.of("scenario.changeCount", e.phrase(), about.size()));
            } else {
                List<Phrase> wrong = e.differences(about.get(0));
                if (!wrong.isEmpty()) {
                    // Pairs of "{0}; {1}": a phrase's arguments are fixed, the number of fields that differ is not.
                    Phrase all = wrong.stream().reduce((a, b) -> Phrase.of("scenario.differences", a, b)).orElseThrow();
                    differences.add(Phrase.of("scenario.changeMismatch", e.phrase(), all));
                }
            }
        }
        // Whatever a scenario expects, rules that recommend what the domain's invariants (docs/domain.md) forbid are wrong.
        diagnosis.withheld().forEach(w -> differences.add(Phrase.of("scenario.withheld", w.action(), w.subjectId(),
                w.rule(), w.reason() + (w.basedOn().isEmpty() ? "" : " " + w.basedOn()))));
        return differences;
    }

    static boolean contains(Diagnosis diagnosis, Expectation e) {
        return items(diagnosis).anyMatch(item -> item.matches(e));
    }

    private static List<Phrase> codesAbout(Diagnosis diagnosis, String subject) {
        return items(diagnosis).filter(i -> subject == null || subject.isBlank() || i.subject.equals(subject))
                .map(i -> Phrase.of("conclusion.for", i.code + (i.incentive.isEmpty() ? "" : "/" + i.incentive), i.subject))
                .distinct().toList();
    }

    private static List<String> rulesFor(Diagnosis diagnosis, Expectation e) {
        return items(diagnosis).filter(i -> i.matches(e)).flatMap(i -> i.rules.stream()).distinct().toList();
    }

    /** One conclusion of a diagnosis, as scenarios match it, with what it rests on. */
    record Item(String code, String subject, String incentive, List<String> rules,
                List<com.salesdiag.engine.derived.Evidence> evidence) {
        boolean matches(Expectation e) {
            return code.equals(e.code())
                    && (e.subject() == null || e.subject().isBlank() || subject.equals(e.subject()))
                    && (e.incentive() == null || incentive.equals(e.incentive()));
        }
    }

    /**
     * Every conclusion of a diagnosis as a scenario names it: {@code DELIVERY_DELAYS for north},
     * {@code RECOGNIZE/TRIP for anna}; sorted.
     */
    public static java.util.SortedSet<String> conclusions(Diagnosis diagnosis) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        items(diagnosis).forEach(i -> all.add(i.code + (i.incentive.isEmpty() ? "" : "/" + i.incentive) + " for " + i.subject));
        return all;
    }

    /** The first conclusion of {@code diagnosis} that meets {@code e}; there must be one. */
    static Item first(Diagnosis diagnosis, Expectation e) {
        return items(diagnosis).filter(i -> i.matches(e)).findFirst().orElseThrow();
    }

    private static Stream<Item> items(Diagnosis diagnosis) {
        return Stream.concat(
                diagnosis.findings().stream().map((DiagnosedFinding f) ->
                        new Item(f.code(), f.subjectId(), "", f.rules(), f.evidence())),
                diagnosis.recommendations().stream().map((DiagnosedRecommendation r) ->
                        new Item(r.action(), r.subjectId(), r.incentive(), r.rules(), r.evidence())));
    }
}
