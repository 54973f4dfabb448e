package io.alliancehub.kit.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits. Ordered
 * ids keep B-tree inserts local. Used for entity and event ids.
 *
 * <p>The random bits come from one of a few DRBG generators, chosen by thread. The JDK's default
 * {@code SecureRandom} on Linux (NativePRNG) reads {@code /dev/urandom} under one process-wide lock: under
 * a create load on 2 busy cores, request threads queued on that lock for 47 ms on average
 * (bench/findings/2026-12-04-night.md). A DRBG is seeded once and then generates in memory; each is
 * thread-safe, and the stripes keep threads from queueing on one.
 */
public final class Uuid7 {

    private static final SecureRandom[] RANDOMS = new SecureRandom[16];

    static {
        try {
            for (int i = 0; i < RANDOMS.length; i++) {
                RANDOMS[i] = SecureRandom.getInstance("DRBG");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Uuid7() {}

    public static UUID next() {
        SecureRandom random = RANDOMS[(int) (Thread.currentThread().threadId() & (RANDOMS.length - 1))];
        long millis = System.currentTimeMillis();
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
