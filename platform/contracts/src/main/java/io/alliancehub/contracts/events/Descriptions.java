package io.alliancehub.contracts.events;

/**
 * Texts that several payload records share in their {@code @JsonClassDescription} and
 * {@code @JsonPropertyDescription}, so the generated JSON Schemas describe a property alike wherever it
 * occurs. (The properties of a snapshot interface are described once, on the interface.)
 */
public final class Descriptions {

    public static final String NO_PERSONAL_DATA_ORGANIZATIONS =
            "Carries no personal data: no contacts, names of people, e-mail addresses or phone numbers.";
    public static final String NO_PERSONAL_DATA_EVENTS = "Carries no personal data: organisers and co-hosts are "
            + "organisation ids; no names of people, e-mail addresses or phone numbers.";
    public static final String NO_PERSONAL_DATA_REGISTRATIONS = "Carries no personal data: no attendee name, "
            + "e-mail address or phone number; the attendee's organisation is given by id only.";
    public static final String NO_PERSONAL_DATA_AGREEMENTS = "Carries no personal data: no signatory names or "
            + "titles, e-mail addresses or phone numbers; parties are organisation ids or names of external "
            + "organisations.";

    public static final String ACTOR = "Who made the change, as an identifier: the subject of the caller's token, "
            + "or 'system' for date-driven changes. Never a person's name, e-mail address or phone number.";
    public static final String OCCURRED_AT =
            "When the change happened (RFC 3339 with offset); also the CloudEvents time (ce_time).";

    public static final String REGISTRATION_ID = "Id of the registration; the CloudEvents subject.";
    public static final String REGISTRATION_EVENT_ID = "Id of the event registered for; also the Kafka record key, "
            + "so the registrations of one event stay in order.";
    public static final String ATTENDEE_ORGANIZATION_ID = "Id of the attendee's organisation (members-service "
            + "organisation id); absent when the attendee is not from a member organisation.";
    public static final String REGISTRATION_CATEGORY = "Category of the registration.";
    public static final String REGISTERED_AT =
            "When the registration was made (RFC 3339 with offset); waitlist order follows it.";

    public static final String MILESTONE_ID = "Id of the milestone; the CloudEvents subject.";
    public static final String MILESTONE_AGREEMENT_ID =
            "Id of the agreement the milestone belongs to; also the Kafka record key.";
    public static final String MILESTONE_TITLE = "Title of the milestone.";
    public static final String MILESTONE_OWNER_PARTY_ROLE =
            "Role of the party that owns the milestone in the agreement.";
    public static final String MILESTONE_DUE_ON = "Due date of the milestone (YYYY-MM-DD).";

    /** Pattern of a changed property's dotted path, e.g. {@code venue.city}. */
    public static final String CHANGED_FIELD_PATTERN = "^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$";

    private Descriptions() {}
}
