package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargeDiagnosesTests {

    private static final long MB = 1 << 20;

    /** A 1 GB heap, 64 MB reserved, 100 KB per salesperson: room for 9,830 salespeople in large diagnoses. */
    private final LargeDiagnoses gate = new LargeDiagnoses(1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofMillis(200));

    @Test
    void theRoomIsTheHeapLessTheReserveDividedByWhatASalespersonHolds() {
        assertThat(gate.capacity()).isEqualTo(9_830);
        assertThat(new LargeDiagnoses(32 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ZERO).capacity())
                .as("a heap smaller than the reserve still lets one large diagnosis run").isEqualTo(1_000);
    }

    @Test
    void largeDiagnosesThatFitTogetherRunTogether() {
        try (LargeDiagnoses.Turn first = gate.turn(4_000); LargeDiagnoses.Turn second = gate.turn(5_000)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void oneThatDoesNotFitWaitsThenIsRefusedAsBusy() {
        try (LargeDiagnoses.Turn running = gate.turn(6_000)) {
            assertThatThrownBy(() -> gate.turn(6_000)).isInstanceOfSatisfying(ProblemException.class, busy -> {
                assertThat(busy.type()).isEqualTo(ProblemTypes.BUSY);
                assertThat(busy.status().value()).isEqualTo(503);
            });
        }
        try (LargeDiagnoses.Turn afterwards = gate.turn(6_000)) {
            assertThat(afterwards).as("the room came back when the first turn closed").isNotNull();
        }
    }

    @Test
    void aCompanyLargerThanTheWholeRoomRunsAloneAndSmallOnesNeverWait() {
        try (LargeDiagnoses.Turn alone = gate.turn(50_000)) {
            assertThatThrownBy(() -> gate.turn(1_000)).isInstanceOf(ProblemException.class);
            try (LargeDiagnoses.Turn small = gate.turn(999)) {
                assertThat(small).isNotNull();
            }
        }
    }

    @Test
    void aWaitingDiagnosisRunsAsSoonAsTheRoomIsFree() throws Exception {
        LargeDiagnoses patient = new LargeDiagnoses(1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofSeconds(10));
        LargeDiagnoses.Turn running = patient.turn(9_000);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try (LargeDiagnoses.Turn turn = patient.turn(9_000)) {
                return true;
            }
        });
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isNotDone();
        running.close();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
