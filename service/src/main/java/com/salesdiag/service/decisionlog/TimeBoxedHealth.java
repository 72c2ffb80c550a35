package com.salesdiag.service.decisionlog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A health check of the database that answers within its limit whatever the database does: the check runs in a
 * thread of its own, and when it has not answered in time the part is DOWN. A check still waiting (a server that
 * does not answer) is joined by the next health request, not started again, so that no more than one thread per
 * check ever waits on the database.
 */
final class TimeBoxedHealth implements HealthIndicator {

    private final HealthIndicator check;
    private final Duration limit;
    private final Executor executor;
    private CompletableFuture<Health> running;

    TimeBoxedHealth(HealthIndicator check, Duration limit, Executor executor) {
        this.check = check;
        this.limit = limit;
        this.executor = executor;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> probe;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(check::health, executor);
            }
            probe = running;
        }
        try {
            return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }
}
