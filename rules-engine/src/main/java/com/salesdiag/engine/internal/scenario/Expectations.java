package com.salesdiag.engine.internal.scenario;

import java.util.List;

/**
 * What a scenario's diagnosis must and must not contain, and how revenue must have changed against earlier periods.
 *
 * @param changes what the change of revenue must be for a scope against one earlier period (docs/analysts.md)
 */
public record Expectations(List<Expectation> mustContain, List<Expectation> mustNotContain,
                           List<ChangeExpectation> changes) {

    public Expectations {
        mustContain = mustContain == null ? List.of() : List.copyOf(mustContain);
        mustNotContain = mustNotContain == null ? List.of() : List.copyOf(mustNotContain);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public Expectations(List<Expectation> mustContain, List<Expectation> mustNotContain) {
        this(mustContain, mustNotContain, null);
    }
}
