package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many diagnoses run at once, so that a burst of requests is served at the machine's full speed instead of
 * slowing every one of them, and never runs the JVM out of memory.
 * <ul>
 *   <li>At most {@code salesdiag.diagnoses-at-once} diagnoses run (default: two per core); the others wait their
 *       turn. Measured with 64 connections on 2 cores: 84 answers/s and p99 1.1 s with every request running at
 *       once, 173/s and p99 156 ms with eight.</li>
 *   <li>While it runs, a diagnosis holds about {@code salesdiag.memory.per-salesperson} of heap per salesperson
 *       (10,000 salespeople ran in a 600 MB heap and ran the JVM out of memory in 512 MB, after which it failed
 *       every request). A company of {@code salesdiag.memory.large-from} salespeople or more first waits for
 *       that room in the heap, less {@code salesdiag.memory.reserved} for the service and small companies; one
 *       larger than the whole room runs alone.</li>
 * </ul>
 * A diagnosis that found no turn within {@code salesdiag.memory.wait} is refused as busy (503).
 */
@Component
public class DiagnosisAdmission {

    private static final Logger log = LoggerFactory.getLogger(DiagnosisAdmission.class);
    /**
     * A request body's bytes per salesperson, to reserve room before the body is read: the generated companies'
     * JSON has ~1,900, their CSV files fewer; counting 1,000 reserves too much rather than too little.
     */
    static final long BODY_BYTES_PER_SALESPERSON = 1_000;
    /** Room this thread already holds for the body it is reading, taken by {@link #roomForBody}. */
    private static final ThreadLocal<Held> HELD_FOR_BODY = new ThreadLocal<>();

    /** Room held for a body, in salespeople, and when the request's wait ends (its turn waits no longer). */
    private record Held(int share, long deadline) {
    }

    private final Semaphore turns;
    private final Semaphore room;
    private final int capacity;
    private final int largeFrom;
    private final Duration wait;

    @Autowired
    DiagnosisAdmission(@Value("${salesdiag.diagnoses-at-once:0}") int atOnce,
                       @Value("${salesdiag.memory.per-salesperson:48KB}") DataSize perSalesperson,
                       @Value("${salesdiag.memory.reserved:192MB}") DataSize reserved,
                       @Value("${salesdiag.memory.large-from:1000}") int largeFrom,
                       @Value("${salesdiag.memory.wait:60s}") Duration wait) {
        this(atOnce > 0 ? atOnce : 2 * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                perSalesperson.toBytes(), reserved.toBytes(), largeFrom, wait);
    }

    DiagnosisAdmission(int atOnce, long maxHeap, long perSalesperson, long reserved, int largeFrom, Duration wait) {
        long fits = Math.max(0, maxHeap - reserved) / Math.max(1, perSalesperson);
        this.capacity = (int) Math.min(Integer.MAX_VALUE, Math.max(largeFrom, fits));
        this.turns = new Semaphore(Math.max(1, atOnce), true);
        this.room = new Semaphore(capacity, true);
        this.largeFrom = largeFrom;
        this.wait = wait;
        log.info("Diagnoses at once: {}; large ones up to {} salespeople in all ({} MB of heap)", Math.max(1, atOnce),
                capacity, maxHeap >> 20);
    }

    /**
     * Room in the heap for a request body of {@code bytes}, taken before it is read: a large company's parsed facts
     * already hold much of what its diagnosis will, so requests waiting for their turn with their facts read could
     * together run the JVM out of memory (three 10,000-salesperson POSTs at once in a 600 MB heap did). Unknown
     * length ({@code -1}) or a small body: nothing is reserved here, and {@link #turn} reserves it all.
     */
    public Turn roomForBody(long bytes) {
        int salespeople = (int) Math.min(Integer.MAX_VALUE, Math.max(0, bytes) / BODY_BYTES_PER_SALESPERSON);
        if (salespeople < largeFrom || HELD_FOR_BODY.get() != null) {
            return () -> { };
        }
        int share = Math.min(salespeople, capacity);
        long deadline = System.nanoTime() + wait.toNanos();
        acquire(room, share, deadline);
        HELD_FOR_BODY.set(new Held(share, deadline));
        return () -> {
            HELD_FOR_BODY.remove();
            room.release(share);
        };
    }

    /** A diagnosis of {@code salespeople} may run until the turn is closed; throws busy when none came in time. */
    public Turn turn(int salespeople) {
        // Room in the heap first: a large diagnosis waiting for it holds no turn a small one could use. What was
        // reserved for its body already counts, and so does the time it waited for it.
        Held held = HELD_FOR_BODY.get();
        long deadline = held == null ? System.nanoTime() + wait.toNanos() : held.deadline();
        int needed = salespeople < largeFrom ? 0 : Math.min(salespeople, capacity);
        int share = Math.max(0, needed - (held == null ? 0 : held.share()));
        acquire(room, share, deadline);
        try {
            acquire(turns, 1, deadline);
        } catch (RuntimeException busy) {
            room.release(share);
            throw busy;
        }
        return () -> {
            turns.release();
            room.release(share);
        };
    }

    private void acquire(Semaphore semaphore, int permits, long deadline) {
        if (permits == 0) {
            return;
        }
        try {
            if (!semaphore.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Salespeople in large diagnoses the heap holds at once. */
    int capacity() {
        return capacity;
    }

    private ProblemException busy() {
        // A diagnosis runs for a few seconds at most: a minute later the queue has moved on.
        return new BusyException(wait, Duration.ofSeconds(30));
    }

    /** A diagnosis's turn, and the heap it holds, given back on close. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
