package com.salesdiag.engine.derived;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence prints as the record always did: the collector orders a subject's conclusions by this text. (A test
 * class in this package lies in another folder than the fact model's classes; PrecompiledRulesetTests shows that the
 * model's fingerprint, and so the precompiled ladder, ignores it.)
 */
class EvidenceTests {

    @Test
    void printsLikeARecord() {
        List<Evidence> evidence = Evidence.of("share", 0.4, "lost", 12L, "since", LocalDate.of(2026, 3, 31));
        assertThat(evidence.toString()).isEqualTo("[Evidence[name=share, value=0.4], Evidence[name=lost, value=12], "
                + "Evidence[name=since, value=2026-03-31]]");
    }

    @Test
    void aFigureNotSentIsNoEvidence() {
        assertThat(Evidence.of("onTimeRate", 0.8, "orders", null)).containsExactly(new Evidence("onTimeRate", 0.8));
    }

    @Test
    void valuesAreNormalised() {
        assertThat(Evidence.of("rate", 0.7400000001, "unbounded", Double.POSITIVE_INFINITY, "count", 3L))
                .extracting(Evidence::value).containsExactly(0.74, "unbounded", 3);
    }
}
