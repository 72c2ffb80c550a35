package com.salesdiag.engine.internal.scenario;

import java.util.List;

/** What a scenario's diagnosis must and must not contain. */
public record Expectations(List<Expectation> mustContain, List<Expectation> mustNotContain) {

    public Expectations {
        mustContain = mustContain == null ? List.of() : List.copyOf(mustContain);
        mustNotContain = mustNotContain == null ? List.of() : List.copyOf(mustNotContain);
    }
}
