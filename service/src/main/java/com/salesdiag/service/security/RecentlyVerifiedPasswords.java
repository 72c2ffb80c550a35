package com.salesdiag.service.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password encoder that remembers, for a short while, that a password matched a stored hash, so that a client
 * sending the same HTTP Basic credentials on every request (the service keeps no session) pays the bcrypt check
 * (~80 ms on this machine, most of a small request's time) once per {@code ttl}, not on every request.
 * <p>
 * What is kept is not the password: an HMAC-SHA256 of it under a key drawn at random when the service starts and
 * never written anywhere, one entry per stored hash (so at most one per configured user). Only successful checks
 * are remembered: a wrong password always pays the full bcrypt, so guessing stays as slow as without this class.
 * A changed password has a new stored hash and starts afresh. Elasticsearch's realms cache verified credentials the
 * same way ({@code cache.ttl}, {@code cache.hash_algo}).
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(byte[] mac, Instant until) {
    }

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Duration ttl, Clock clock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the time a verified password is remembered cannot be negative: " + ttl);
        }
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttl.isZero() || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        byte[] mac = mac(rawPassword);
        Instant now = clock.instant();
        Verified known = verified.get(encodedPassword);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(encodedPassword, new Verified(mac, now.plus(ttl)));
        }
        return matches;
    }

    /**
     * Whether {@code rawPassword} matched {@code encodedPassword} within the last {@code ttl}: answered from the keyed
     * hash alone, never with bcrypt (false when nothing is remembered), so it may be asked of a throttled login.
     */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        if (ttl.isZero() || rawPassword == null || encodedPassword == null) {
            return false;
        }
        Verified known = verified.get(encodedPassword);
        return known != null && clock.instant().isBefore(known.until())
                && MessageDigest.isEqual(known.mac(), mac(rawPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
