package io.alliancehub.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Class-path locations of the contract documents shipped in this jar. Paths are relative to the
 * class-path root (no leading slash), for {@link ClassLoader#getResource(String)}; a schema
 * validator that understands {@code classpath:} locations can use {@code "classpath:" + path}.
 */
public final class SchemaPaths {

    /** Folder of the members-service event schemas. */
    public static final String MEMBERS_DIR = "schemas/members/";

    public static final String ORGANIZATION_REGISTERED_V1 = MEMBERS_DIR + "organization.registered.v1.json";
    public static final String ORGANIZATION_UPDATED_V1 = MEMBERS_DIR + "organization.updated.v1.json";
    public static final String MEMBERSHIP_STATUS_CHANGED_V1 = MEMBERS_DIR + "membership.status-changed.v1.json";

    /** Folder of the events-service event schemas. */
    public static final String EVENTS_DIR = "schemas/events/";

    public static final String EVENT_PUBLISHED_V1 = EVENTS_DIR + "event.published.v1.json";
    public static final String EVENT_UPDATED_V1 = EVENTS_DIR + "event.updated.v1.json";
    public static final String EVENT_CANCELLED_V1 = EVENTS_DIR + "event.cancelled.v1.json";
    public static final String EVENT_COMPLETED_V1 = EVENTS_DIR + "event.completed.v1.json";
    public static final String REGISTRATION_CONFIRMED_V1 = EVENTS_DIR + "registration.confirmed.v1.json";
    public static final String REGISTRATION_WAITLISTED_V1 = EVENTS_DIR + "registration.waitlisted.v1.json";
    public static final String REGISTRATION_CANCELLED_V1 = EVENTS_DIR + "registration.cancelled.v1.json";
    public static final String ATTENDEE_CHECKED_IN_V1 = EVENTS_DIR + "attendee.checked-in.v1.json";

    /** Folder of the agreements-service event schemas. */
    public static final String AGREEMENTS_DIR = "schemas/agreements/";

    public static final String AGREEMENT_DRAFTED_V1 = AGREEMENTS_DIR + "agreement.drafted.v1.json";
    public static final String AGREEMENT_SIGNED_V1 = AGREEMENTS_DIR + "agreement.signed.v1.json";
    public static final String AGREEMENT_ACTIVATED_V1 = AGREEMENTS_DIR + "agreement.activated.v1.json";
    public static final String AGREEMENT_AMENDED_V1 = AGREEMENTS_DIR + "agreement.amended.v1.json";
    public static final String AGREEMENT_TERMINATED_V1 = AGREEMENTS_DIR + "agreement.terminated.v1.json";
    public static final String AGREEMENT_EXPIRING_V1 = AGREEMENTS_DIR + "agreement.expiring.v1.json";
    public static final String AGREEMENT_EXPIRED_V1 = AGREEMENTS_DIR + "agreement.expired.v1.json";
    public static final String AGREEMENT_COMPLETED_V1 = AGREEMENTS_DIR + "agreement.completed.v1.json";
    public static final String MILESTONE_COMPLETED_V1 = AGREEMENTS_DIR + "milestone.completed.v1.json";
    public static final String MILESTONE_OVERDUE_V1 = AGREEMENTS_DIR + "milestone.overdue.v1.json";
    public static final String AGREEMENT_PARTY_STANDING_CHANGED_V1 = AGREEMENTS_DIR + "agreement.party-standing-changed.v1.json";

    /** The AsyncAPI 3.0 document listing every channel and message. */
    public static final String ASYNCAPI = "asyncapi/asyncapi.yaml";

    private SchemaPaths() {
    }

    /** URL of a contract resource of this jar; fails if it is missing. */
    public static URL url(String path) {
        URL url = SchemaPaths.class.getClassLoader().getResource(strip(path));
        if (url == null) {
            throw new IllegalArgumentException("no such contract resource on the class path: " + path);
        }
        return url;
    }

    /** Opens a contract resource of this jar; the caller closes the stream. */
    public static InputStream open(String path) {
        try {
            return url(path).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract resource " + path, e);
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
