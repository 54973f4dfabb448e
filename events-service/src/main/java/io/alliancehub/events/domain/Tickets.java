package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.RegistrationStatus;
import java.security.SecureRandom;
import java.util.Base64;

/** Ticket secrets and what a scan of one means. */
public final class Tickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tickets() {}

    /** 192 random bits, URL-safe (32 characters): unguessable, short enough for a small QR code. */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A ticket exists (can be shown and scanned) for a registration holding a seat. */
    public static boolean issued(RegistrationStatus status) {
        return RegistrationRules.HOLDS_SEAT.contains(status);
    }
}
