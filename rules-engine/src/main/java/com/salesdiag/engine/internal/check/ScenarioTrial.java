package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.scenario.ExpectationChanges;
import com.salesdiag.engine.internal.scenario.Scenario;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;
import com.salesdiag.engine.internal.scenario.ScenarioRunner;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.rules.ExpectationChange;
import com.salesdiag.engine.rules.ScenarioCase;
import com.salesdiag.engine.rules.ScenarioChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Every scenario diagnosed with the rules serving and with an edit, each reading the scenario's figures with its own
 * thresholds: the conclusions the edit adds and removes, and the expectations it no longer meets, with why. A
 * scenario that cannot be read is left out here; the check reports it.
 */
public final class ScenarioTrial {

    /** What the edit changes in the scenarios, and the scenarios as both rulesets read them. */
    public record Outcome(List<ScenarioChange> changes, List<ExpectationChange> expectations, List<ScenarioCase> cases) {
    }

    private ScenarioTrial() {
    }

    /** @param known what {@code edited} concluded on scenario files already, by file (the check's own run) */
    public static Outcome run(Ruleset serving, Ruleset edited, List<String> folders, Map<String, Diagnosis> known) {
        CompanySessions before = new CompanySessions(serving);
        CompanySessions after = new CompanySessions(edited);
        ScenarioFigures servingFigures = ScenarioFigures.of(serving);
        ScenarioFigures editedFigures = ScenarioFigures.of(edited);
        List<ScenarioChange> changes = new ArrayList<>();
        List<ExpectationChange> expectations = new ArrayList<>();
        List<ScenarioCase> cases = new ArrayList<>();
        for (String folder : folders) {
            for (Path file : ScenarioFiles.list(Path.of(folder))) {
                Scenario asServed;
                Scenario asEdited;
                try {
                    asServed = ScenarioFiles.read(file, servingFigures);
                    asEdited = ScenarioFiles.read(file, editedFigures);
                } catch (RuntimeException e) {
                    continue;
                }
                String name = asEdited.name() == null ? file.getFileName().toString() : asEdited.name();
                Diagnosis was = before.diagnose(asServed.facts());
                Diagnosis is = known.containsKey(file.toString()) ? known.get(file.toString())
                        : after.diagnose(asEdited.facts());
                SortedSet<String> wasConcluded = ScenarioRunner.conclusions(was);
                SortedSet<String> isConcluded = ScenarioRunner.conclusions(is);
                if (!wasConcluded.equals(isConcluded)) {
                    changes.add(new ScenarioChange(name, file.toString(), difference(isConcluded, wasConcluded),
                            difference(wasConcluded, isConcluded)));
                }
                expectations.addAll(ExpectationChanges.of(name, file.toString(), asEdited, was, is,
                        serving.thresholds(), edited.thresholds()));
                cases.add(new ScenarioCase(name, file.toString(), asServed.facts(), was, asEdited.facts(), is));
            }
        }
        return new Outcome(changes, expectations, cases);
    }

    private static List<String> difference(SortedSet<String> of, SortedSet<String> without) {
        return of.stream().filter(c -> !without.contains(c)).toList();
    }
}
