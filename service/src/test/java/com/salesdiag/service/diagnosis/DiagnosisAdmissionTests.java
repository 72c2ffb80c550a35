package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagnosisAdmissionTests {

    private static final long MB = 1 << 20;

    /** A 1 GB heap, 64 MB reserved, 100 KB per salesperson: room for 9,830 salespeople in large diagnoses. */
    private final DiagnosisAdmission gate = new DiagnosisAdmission(8, 1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofMillis(200));

    @Test
    void theRoomIsTheHeapLessTheReserveDividedByWhatASalespersonHolds() {
        assertThat(gate.capacity()).isEqualTo(9_830);
        assertThat(new DiagnosisAdmission(8, 32 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ZERO).capacity())
                .as("a heap smaller than the reserve still lets one large diagnosis run").isEqualTo(1_000);
    }

    @Test
    void admissionThatFitTogetherRunTogether() {
        try (DiagnosisAdmission.Turn first = gate.turn(4_000); DiagnosisAdmission.Turn second = gate.turn(5_000)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void oneThatDoesNotFitWaitsThenIsRefusedAsBusy() {
        try (DiagnosisAdmission.Turn running = gate.turn(6_000)) {
            assertThatThrownBy(() -> gate.turn(6_000)).isInstanceOfSatisfying(ProblemException.class, busy -> {
                assertThat(busy.type()).isEqualTo(ProblemTypes.BUSY);
                assertThat(busy.status().value()).isEqualTo(503);
            });
        }
        try (DiagnosisAdmission.Turn afterwards = gate.turn(6_000)) {
            assertThat(afterwards).as("the room came back when the first turn closed").isNotNull();
        }
    }

    @Test
    void aCompanyLargerThanTheWholeRoomRunsAloneAndSmallOnesNeverWait() {
        try (DiagnosisAdmission.Turn alone = gate.turn(50_000)) {
            assertThatThrownBy(() -> gate.turn(1_000)).isInstanceOf(ProblemException.class);
            try (DiagnosisAdmission.Turn small = gate.turn(999)) {
                assertThat(small).isNotNull();
            }
        }
    }

    @Test
    void pastTheDiagnosesAtOnceTheNextWaitsForATurnThenIsRefusedAsBusy() {
        DiagnosisAdmission two = new DiagnosisAdmission(2, 1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofMillis(200));
        try (DiagnosisAdmission.Turn first = two.turn(20); DiagnosisAdmission.Turn second = two.turn(20)) {
            assertThatThrownBy(() -> two.turn(20)).isInstanceOfSatisfying(ProblemException.class,
                    busy -> assertThat(busy.type()).isEqualTo(ProblemTypes.BUSY));
            assertThatThrownBy(() -> two.turn(5_000)).as("nor does a large one get the room and keep it")
                    .isInstanceOf(ProblemException.class);
        }
        try (DiagnosisAdmission.Turn large = two.turn(9_830); DiagnosisAdmission.Turn small = two.turn(20)) {
            assertThat(large).as("the turns and the room came back").isNotNull();
        }
    }

    @Test
    void aWaitingDiagnosisRunsAsSoonAsTheRoomIsFree() throws Exception {
        DiagnosisAdmission patient = new DiagnosisAdmission(8, 1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofSeconds(10));
        DiagnosisAdmission.Turn running = patient.turn(9_000);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try (DiagnosisAdmission.Turn turn = patient.turn(9_000)) {
                return true;
            }
        });
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isNotDone();
        running.close();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLargeBodyHoldsItsRoomBeforeItIsReadAndTheDiagnosisCountsItOnce() {
        // 9,830 salespeople of room; a 6 MB body reserves 6,000 before it is read.
        try (DiagnosisAdmission.Turn body = gate.roomForBody(6_000_000)) {
            assertThat(CompletableFuture.supplyAsync(() -> gate.roomForBody(6_000_000)))
                    .as("another request's large body waits, and here is refused")
                    .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(ProblemException.class);
            try (DiagnosisAdmission.Turn diagnosis = gate.turn(6_000)) {
                assertThat(diagnosis).as("the room the body holds is the diagnosis's: not taken twice").isNotNull();
                try (DiagnosisAdmission.Turn other = gate.turn(3_800)) {
                    assertThat(other).as("what is left is there for others").isNotNull();
                }
            }
            try (DiagnosisAdmission.Turn denser = gate.turn(9_000)) {
                assertThat(denser).as("a body denser than estimated takes the difference").isNotNull();
            }
        }
        try (DiagnosisAdmission.Turn small = gate.roomForBody(900_000); DiagnosisAdmission.Turn unknown = gate.roomForBody(-1);
             DiagnosisAdmission.Turn all = gate.turn(9_830)) {
            assertThat(all).as("small and unknown bodies reserve nothing, and the room came back").isNotNull();
        }
    }

    @Test
    void aRequestWaitsNoLongerInAllThanTheWaitWhateverItWaitedFor() throws Exception {
        DiagnosisAdmission one = new DiagnosisAdmission(1, 1024 * MB, 100 * 1024, 64 * MB, 1_000, Duration.ofMillis(300));
        try (DiagnosisAdmission.Turn running = one.turn(20)) {
            long start = System.nanoTime();
            CompletableFuture<DiagnosisAdmission.Turn> late = CompletableFuture.supplyAsync(() -> {
                try (DiagnosisAdmission.Turn body = one.roomForBody(2_000_000)) {
                    sleep(400); // reading the body takes longer than the whole wait
                    return one.turn(2_000);
                }
            });
            assertThat(late).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(ProblemException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("one wait, not one for the body and one for the turn")
                    .isLessThan(Duration.ofMillis(650));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
