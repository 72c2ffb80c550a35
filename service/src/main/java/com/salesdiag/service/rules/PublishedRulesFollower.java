package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.LoadAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this instance on the latest publication in the rules log, so that every replica on one database serves the
 * same rules. Every {@code salesdiag.rules.sync-interval} it reads the latest publication (one indexed row); when it
 * names another version than the one serving here, it checks that version as a reload does, with the scenarios it
 * was published with, and serves it only if it passes. A version this instance cannot check stays unserved: the
 * version serving keeps serving, and readiness says DOWN, and why ({@link PublishedRulesHealth}), until a publication
 * this instance accepts.
 * <p>
 * Polling, not PostgreSQL's LISTEN/NOTIFY: it works the same on H2 and PostgreSQL, needs no connection held open
 * outside the pool, misses nothing across a dropped connection or a restart (the log, not a message, is the truth),
 * and costs one primary-key read per interval per instance. The price is up to one interval of delay.
 * <p>
 * The first comparison runs during the start, before the service reports itself ready: an instance never takes
 * traffic on other rules than those published. Decided at start, not by a Spring condition, like the folder watcher.
 * <p>
 * An instance that starts on the packaged rules reads them precompiled and has never compiled DRL: its first check of
 * a published version would pay the compiler's cold start (Drools and the Java compiler loaded and not yet optimised:
 * many times a warm build), several seconds of a switch that should take a few. With
 * {@code salesdiag.rules.warm-up} (on by default) it checks the packaged ladder once in the background after the
 * start, as a reload would, so that the first switch compiles warm.
 */
@Component
class PublishedRulesFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublishedRulesFollower.class);

    private final RulesLog rulesLog;
    private final RulesPublisher publisher;
    private final LiveRuleset live;
    private final InstanceName instance;
    private final RulesProperties properties;
    private final Duration interval;
    private final boolean warmUp;
    /** Whether this instance compiled rules from DRL since it started (then the compiler is warm already). */
    private volatile boolean compiled;
    private volatile ScheduledExecutorService schedule;
    private volatile State state = State.starting();
    private volatile boolean failing;

    PublishedRulesFollower(RulesLog rulesLog, RulesPublisher publisher, LiveRuleset live, InstanceName instance,
                           RulesProperties properties,
                           @Value("${salesdiag.rules.sync-interval:1s}") Duration interval,
                           @Value("${salesdiag.rules.warm-up:true}") boolean warmUp) {
        this.rulesLog = rulesLog;
        this.publisher = publisher;
        this.live = live;
        this.instance = instance;
        this.properties = properties;
        this.interval = interval.isNegative() || interval.isZero() ? Duration.ofSeconds(2) : interval;
        this.warmUp = warmUp;
    }

    /**
     * Where this instance stands against the rules log.
     *
     * @param kind        STARTING (not compared yet), NONE_PUBLISHED (nobody published: each instance serves the rules
     *                    it started with), SERVING (the latest publication serves here), REFUSED (it failed this
     *                    instance's check: the previous version serves)
     * @param publication the latest publication, when there is one
     * @param problems    why it was refused, the first ones
     * @param at          when this instance last read the log
     */
    record State(Kind kind, Publication publication, int problemCount, List<CheckProblem> problems, Instant at) {

        enum Kind { STARTING, NONE_PUBLISHED, SERVING, REFUSED }

        static State starting() {
            return new State(Kind.STARTING, null, 0, List.of(), null);
        }

        boolean refused(Publication latest) {
            return kind == Kind.REFUSED && publication.id() == latest.id();
        }
    }

    State state() {
        return state;
    }

    @Override
    public void start() {
        follow();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "published-rules-follower");
            thread.setDaemon(true);
            return thread;
        });
        if (warmUp && !properties.editable() && !compiled) {
            // First on the follower's thread: a publication meanwhile waits for it, then compiles warm.
            executor.execute(this::warmUpCompiler);
        }
        executor.scheduleWithFixedDelay(this::follow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        schedule = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = schedule;
        schedule = null;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    private void warmUpCompiler() {
        long start = System.nanoTime();
        try {
            live.checkPackaged();
            log.atInfo().addKeyValue("warmUpMs", (System.nanoTime() - start) / 1_000_000)
                    .log("Rules compiler warmed up: a published version is checked here as fast as a reload");
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("Rules compiler warm-up failed; the first switch will be slower");
        }
    }

    /** Compares the latest publication with what serves here, and follows it when it differs. Never throws. */
    void follow() {
        try {
            state = publisher.exclusively(this::compare);
            if (failing) {
                failing = false;
                log.atInfo().log("The rules log can be read again: following its publications");
            }
        } catch (RuntimeException e) {
            // The database is away (its own health says so) or a version cannot be laid out: try again next time,
            // saying so once, not every interval.
            if (!failing) {
                failing = true;
                log.atWarn().setCause(e).log("Cannot compare the rules serving with the rules log; trying again");
            }
        }
    }

    private State compare() {
        Optional<Publication> found = rulesLog.latestPublication();
        Instant now = Instant.now();
        if (found.isEmpty()) {
            return new State(State.Kind.NONE_PUBLISHED, null, 0, List.of(), now);
        }
        Publication latest = found.get();
        if (latest.version().equals(live.activeVersion())) {
            return new State(State.Kind.SERVING, latest, 0, List.of(), now);
        }
        State current = state;
        if (current.refused(latest)) {
            // The same files and scenarios give the same answer: checked again only when something is published.
            return new State(current.kind(), latest, current.problemCount(), current.problems(), now);
        }
        String previous = live.activeVersion();
        compiled = true;
        LoadAttempt attempt = publisher.follow(latest, "replica " + instance.get());
        if (attempt.accepted()) {
            log.atInfo().addKeyValue("version", latest.version()).addKeyValue("replacing", previous)
                    .addKeyValue("publishedBy", latest.who()).addKeyValue("publishedOn", latest.instance())
                    .addKeyValue("publication", latest.id())
                    .log("Rules published on another instance now serve here");
            return new State(State.Kind.SERVING, latest, 0, List.of(), now);
        }
        log.atError().addKeyValue("version", latest.version()).addKeyValue("serving", attempt.activeVersion())
                .addKeyValue("publishedBy", latest.who()).addKeyValue("publication", latest.id())
                .addKeyValue("problemCount", attempt.problemCount())
                .addKeyValue("problems", attempt.problems().stream().limit(5).map(Object::toString).toList())
                .log("The published rules fail this instance's check: the previous version keeps serving and "
                        + "readiness is DOWN until rules this instance accepts are published");
        return new State(State.Kind.REFUSED, latest, attempt.problemCount(), attempt.problems(), now);
    }
}
