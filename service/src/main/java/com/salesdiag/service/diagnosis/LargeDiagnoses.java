package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * As many large diagnoses at once as the heap holds, and no more. While it runs, a diagnosis holds about
 * {@code salesdiag.memory.per-salesperson} of heap per salesperson (10,000 salespeople ran in a 640 MB heap and ran
 * the JVM out of memory in 512 MB): past what the heap holds the JVM fails every request it is serving, small ones
 * too. So a company of {@code salesdiag.memory.large-from} salespeople or more waits its turn for up to
 * {@code salesdiag.memory.wait}, and is then refused as busy (503); a smaller one runs at once, in the room
 * {@code salesdiag.memory.reserved} keeps for them and for the service itself. A company larger than the whole room
 * runs alone.
 */
@Component
public class LargeDiagnoses {

    private static final Logger log = LoggerFactory.getLogger(LargeDiagnoses.class);

    private final Semaphore room;
    private final int capacity;
    private final int largeFrom;
    private final Duration wait;

    @Autowired
    LargeDiagnoses(@Value("${salesdiag.memory.per-salesperson:48KB}") DataSize perSalesperson,
                   @Value("${salesdiag.memory.reserved:192MB}") DataSize reserved,
                   @Value("${salesdiag.memory.large-from:1000}") int largeFrom,
                   @Value("${salesdiag.memory.wait:60s}") Duration wait) {
        this(Runtime.getRuntime().maxMemory(), perSalesperson.toBytes(), reserved.toBytes(), largeFrom, wait);
    }

    LargeDiagnoses(long maxHeap, long perSalesperson, long reserved, int largeFrom, Duration wait) {
        long fits = Math.max(0, maxHeap - reserved) / Math.max(1, perSalesperson);
        this.capacity = (int) Math.min(Integer.MAX_VALUE, Math.max(largeFrom, fits));
        this.room = new Semaphore(capacity, true);
        this.largeFrom = largeFrom;
        this.wait = wait;
        log.info("Large diagnoses at once: up to {} salespeople in all ({} MB of heap)", capacity, maxHeap >> 20);
    }

    /** A diagnosis of {@code salespeople} may run until the turn is closed; throws busy when none came in time. */
    public Turn turn(int salespeople) {
        if (salespeople < largeFrom) {
            return () -> { };
        }
        int share = Math.min(salespeople, capacity);
        try {
            if (!room.tryAcquire(share, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return () -> room.release(share);
    }

    /** Salespeople in large diagnoses the heap holds at once. */
    int capacity() {
        return capacity;
    }

    private ProblemException busy() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "salesdiag.problem.busy.detail",
                wait.toSeconds());
    }

    /** The heap a large diagnosis holds, returned on close. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
