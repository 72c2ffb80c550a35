package com.salesdiag.engine.rules;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to load rules into a {@code LiveRuleset}, kept in its bounded history. Plain data, safe to return as
 * JSON.
 *
 * @param sequence      1 for the first attempt of this holder, then 2, 3…
 * @param version       content hash of the rule files tried
 * @param at            when the attempt finished
 * @param who           who asked (user name, "startup", …)
 * @param outcome       ACCEPTED: the version now serves; REJECTED: the previous version kept serving
 * @param activeVersion the version serving right after the attempt
 * @param scenariosRun  how many scenarios the edit was checked against
 * @param problemCount  how many problems the check found (all of them, even when {@code problems} is cut short)
 * @param problems      the first {@code LiveRuleset.PROBLEMS_KEPT_PER_ATTEMPT} problems
 */
public record LoadAttempt(long sequence, String version, Instant at, String who, Outcome outcome,
                          String activeVersion, int scenariosRun, int problemCount, List<CheckProblem> problems) {

    public enum Outcome { ACCEPTED, REJECTED }

    public LoadAttempt {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
