package com.salesdiag.engine;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.ruleset.RuleSource;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.session.CompanySessions;
import com.salesdiag.engine.rules.RulesetInfo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The engine's entry point for a diagnosis. Thread-safe: the ruleset is compiled once and immutable; each call
 * evaluates the whole company in one session of its own, so equal facts on equal rules give an equal answer.
 */
public final class DiagnosisEngine {

    private final CompanySessions sessions;

    /** For the engine's own tools and tests, which compile a ruleset themselves; others use the factories. */
    public DiagnosisEngine(Ruleset ruleset) {
        this.sessions = new CompanySessions(Objects.requireNonNull(ruleset, "ruleset"));
    }

    /** The ladder packaged with the product. */
    public static DiagnosisEngine withPackagedRules() {
        return new DiagnosisEngine(new RulesetCompiler().compilePackaged());
    }

    /** The ladder in a folder an analyst edits. */
    public static DiagnosisEngine withRulesFrom(Path folder) {
        return new DiagnosisEngine(new RulesetCompiler().compile(RuleSource.fromDirectory(folder)));
    }

    public Diagnosis diagnose(CompanyFacts facts) {
        return sessions.diagnose(facts);
    }

    /** Which rules this engine runs: version, when they were compiled, how many rules and thresholds, their files. */
    public RulesetInfo rules() {
        return ruleset().info();
    }

    /** The compiled ruleset, for the engine's own tools (checks, benchmarks); not part of what a service reads. */
    public Ruleset ruleset() {
        return sessions.ruleset();
    }
}
