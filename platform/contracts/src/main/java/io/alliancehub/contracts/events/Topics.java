package io.alliancehub.contracts.events;

/**
 * Kafka topic names. One topic per producing service; the record key is the aggregate id so one
 * aggregate's events stay in order.
 */
public final class Topics {

    /** Events of members-service (organisations, memberships). Key: organisation id. */
    public static final String MEMBERS = "alliance.members.v1";
    /** Events of events-service (forums, summits, registrations). Key: event id. */
    public static final String EVENTS = "alliance.events.v1";
    /** Events of agreements-service (agreements, milestones). Key: agreement id. */
    public static final String AGREEMENTS = "alliance.agreements.v1";
    /**
     * Events of notifications-service about its webhook subscriptions (for operators and other systems; no
     * service of the suite consumes it, and partners cannot subscribe to it). Key: subscription id.
     */
    public static final String NOTIFICATIONS = "alliance.notifications.v1";

    /** Suffix of a dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {}

    /** The dead-letter topic of {@code topic}, e.g. {@code alliance.members.v1.dlt}. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }
}
