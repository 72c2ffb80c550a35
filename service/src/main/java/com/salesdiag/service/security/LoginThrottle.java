package com.salesdiag.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Locale;

/**
 * Counts wrong HTTP Basic passwords per user name and per source address, and says when a login must be refused
 * (429) without checking its password: after {@code maxFailuresPerUser} failures for a name, or
 * {@code maxFailuresPerSource} from an address, until {@code window} has passed since the last of them. A refused
 * attempt is not a failure (its password is never checked), so the refusal ends on time however often it is tried.
 * <p>
 * The counters are two Caffeine caches, each at most {@code maxTracked} entries, an entry dropped {@code window}
 * after its last failure: the memory an attack can take is bounded whatever names and addresses it sends. A name is
 * counted as the login compares it (case-insensitively), cut to {@value #MAX_KEY} characters.
 */
public final class LoginThrottle {

    static final int MAX_KEY = 128;

    private record Failures(int count, long lastNanos) {
    }

    private final SecurityProperties.LoginLimits limits;
    private final Ticker ticker;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> sources;

    LoginThrottle(SecurityProperties.LoginLimits limits, Ticker ticker) {
        if (limits.window().isNegative() || limits.maxTracked() < 1) {
            throw new IllegalArgumentException("salesdiag.security.login-throttle: window must not be negative and "
                    + "max-tracked at least 1: " + limits);
        }
        this.limits = limits;
        this.ticker = ticker;
        this.users = counters(limits, ticker);
        this.sources = counters(limits, ticker);
    }

    private static Cache<String, Failures> counters(SecurityProperties.LoginLimits limits, Ticker ticker) {
        return Caffeine.newBuilder().maximumSize(limits.maxTracked()).expireAfterWrite(limits.window())
                .ticker(ticker).build();
    }

    /** How long before {@code user} from {@code source} may try a password again; null: now. */
    public Duration retryAfter(String user, String source) {
        Duration byUser = wait(users, key(user), limits.maxFailuresPerUser());
        Duration bySource = wait(sources, key(source), limits.maxFailuresPerSource());
        if (byUser == null) {
            return bySource;
        }
        return bySource == null || byUser.compareTo(bySource) >= 0 ? byUser : bySource;
    }

    /** A wrong password for {@code user} from {@code source}; true when this failure starts a refusal. */
    boolean failed(String user, String source) {
        long now = ticker.read();
        int byUser = count(users, key(user), now);
        int bySource = count(sources, key(source), now);
        return limits.maxFailuresPerUser() > 0 && byUser == limits.maxFailuresPerUser()
                || limits.maxFailuresPerSource() > 0 && bySource == limits.maxFailuresPerSource();
    }

    /** The right password for {@code user}: its earlier failures are forgotten (its address's are not). */
    void succeeded(String user) {
        users.invalidate(key(user));
    }

    /** Forgets every failure (tests). */
    void forgetAll() {
        users.invalidateAll();
        sources.invalidateAll();
    }

    /** How many user names and addresses are being counted (after evictions due). */
    long tracked() {
        users.cleanUp();
        sources.cleanUp();
        return users.estimatedSize() + sources.estimatedSize();
    }

    private Duration wait(Cache<String, Failures> counters, String key, int max) {
        if (max <= 0) {
            return null;
        }
        Failures failures = counters.getIfPresent(key);
        if (failures == null || failures.count() < max) {
            return null;
        }
        long left = limits.window().toNanos() - (ticker.read() - failures.lastNanos());
        return left > 0 ? Duration.ofNanos(left) : null;
    }

    private static int count(Cache<String, Failures> counters, String key, long now) {
        return counters.asMap().merge(key, new Failures(1, now),
                (before, one) -> new Failures(before.count() + 1, now)).count();
    }

    private static String key(String value) {
        String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return lower.length() > MAX_KEY ? lower.substring(0, MAX_KEY) : lower;
    }
}
