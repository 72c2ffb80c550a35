package com.salesdiag.service.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters alone, on a clock of the test's: refusal after the limit, its end, successes, bounded memory. */
class LoginThrottleTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = now::get;

    private LoginThrottle throttle(int perUser, int perSource, int maxTracked) {
        return new LoginThrottle(new SecurityProperties.LoginLimits(perUser, perSource, Duration.ofMinutes(15),
                maxTracked), ticker);
    }

    @Test
    void aUserIsRefusedAfterTheLimitUntilTheWindowHasPassedSinceTheLastFailure() {
        LoginThrottle throttle = throttle(3, 0, 100);
        assertThat(throttle.failed("manager", "10.0.0.1")).isFalse();
        assertThat(throttle.failed("Manager", "10.0.0.2")).isFalse();
        assertThat(throttle.retryAfter("manager", "10.0.0.3")).isNull();
        assertThat(throttle.failed("manager", "10.0.0.3")).isTrue();

        assertThat(throttle.retryAfter("MANAGER", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("hr", "10.0.0.1")).isNull();
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(throttle.retryAfter("manager", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(throttle.retryAfter("manager", "10.0.0.9")).isNull();
    }

    @Test
    void anAddressIsRefusedWhateverNamesItTries() {
        LoginThrottle throttle = throttle(0, 3, 100);
        throttle.failed("a", "10.0.0.1");
        throttle.failed("b", "10.0.0.1");
        throttle.failed("c", "10.0.0.1");
        assertThat(throttle.retryAfter("d", "10.0.0.1")).isPositive();
        assertThat(throttle.retryAfter("d", "10.0.0.2")).isNull();
    }

    @Test
    void theRightPasswordClearsItsUsersFailuresButNotItsAddresss() {
        LoginThrottle throttle = throttle(2, 3, 100);
        throttle.failed("manager", "10.0.0.1");
        throttle.succeeded("manager");
        throttle.failed("manager", "10.0.0.1");
        assertThat(throttle.retryAfter("manager", "10.0.0.2")).isNull();
        throttle.failed("other", "10.0.0.1");
        assertThat(throttle.retryAfter("anyone", "10.0.0.1")).isPositive();
    }

    @Test
    void memoryIsBoundedWhateverNamesAndAddressesAreSent() {
        LoginThrottle throttle = throttle(5, 20, 100);
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("user-" + i + "x".repeat(1000), "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(200);
    }
}
