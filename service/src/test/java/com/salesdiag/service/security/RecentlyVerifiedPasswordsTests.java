package com.salesdiag.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecentlyVerifiedPasswordsTests {

    private static final PasswordEncoder BCRYPT = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String STORED = BCRYPT.encode("demo-manager");

    /** Counts the checks that reach the real encoder. */
    private static final class CountingEncoder implements PasswordEncoder {
        final List<String> checked = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.add(raw.toString());
            return BCRYPT.matches(raw, encoded);
        }
    }

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-27T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final TestClock clock = new TestClock();
    private final RecentlyVerifiedPasswords passwords =
            new RecentlyVerifiedPasswords(bcrypt, Duration.ofMinutes(5), clock);

    @Test
    void aPasswordThatMatchedIsNotCheckedWithBcryptAgainWithinTheTtl() {
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();
        clock.now = clock.now.plusSeconds(299);
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();

        assertThat(bcrypt.checked).containsExactly("demo-manager");
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverAccepted() {
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();
        assertThat(passwords.matches("demo-managers", STORED)).isFalse();
        assertThat(passwords.matches("demo-managers", STORED)).isFalse();
        assertThat(passwords.matches("", STORED)).isFalse();

        assertThat(bcrypt.checked).containsExactly("demo-manager", "demo-managers", "demo-managers", "");
        assertThat(passwords.matches("demo-manager", STORED)).as("the right one is still remembered").isTrue();
        assertThat(bcrypt.checked).hasSize(4);
    }

    @Test
    void afterTheTtlThePasswordIsCheckedAgain() {
        passwords.matches("demo-manager", STORED);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();
        assertThat(passwords.matches("demo-manager", STORED)).isTrue();

        assertThat(bcrypt.checked).containsExactly("demo-manager", "demo-manager");
    }

    @Test
    void aChangedStoredHashIsCheckedAfresh() {
        String changed = BCRYPT.encode("new-password");
        passwords.matches("demo-manager", STORED);

        assertThat(passwords.matches("demo-manager", changed)).isFalse();
        assertThat(passwords.matches("new-password", changed)).isTrue();
        assertThat(passwords.matches("new-password", changed)).isTrue();
        assertThat(bcrypt.checked).containsExactly("demo-manager", "demo-manager", "new-password");
    }

    @Test
    void aZeroTtlChecksEveryTime() {
        RecentlyVerifiedPasswords always = new RecentlyVerifiedPasswords(bcrypt, Duration.ZERO, clock);
        assertThat(always.matches("demo-manager", STORED)).isTrue();
        assertThat(always.matches("demo-manager", STORED)).isTrue();

        assertThat(bcrypt.checked).hasSize(2);
    }

    @Test
    void aNegativeTtlIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecentlyVerifiedPasswords(bcrypt, Duration.ofSeconds(-1), clock))
                .withMessageContaining("negative");
    }

    @Test
    void encodingAndUpgradesAreTheDelegates() {
        String encoded = passwords.encode("secret");
        assertThat(BCRYPT.matches("secret", encoded)).isTrue();
        assertThat(passwords.upgradeEncoding(STORED)).isFalse();
    }
}
