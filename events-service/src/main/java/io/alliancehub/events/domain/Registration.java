package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One attendee's registration for an event. The attendee's name and e-mail are personal data:
 * only admins and the attendee's own organisation see the e-mail, and no event carries either.
 */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public UUID eventId;

    public String attendeeName;
    /** Stored lower-case: one live registration per e-mail per event. */
    public String attendeeEmail;

    public UUID attendeeOrganizationId;
    public String attendeeTitle;
    /** The language of the e-mails the attendee receives: zh or en. */
    public String attendeeLanguage = "zh";

    @Enumerated(EnumType.STRING)
    public RegistrationCategory category;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** When the registration arrived: the waitlist is promoted in this order. */
    public OffsetDateTime registeredAt;

    public OffsetDateTime confirmedAt;
    public OffsetDateTime checkedInAt;

    /** Where the attendee was checked in (the gate's name), when scanned at a gate. */
    public String checkInGate;

    /**
     * The ticket: an unguessable secret, made with the registration; a gate device scans it (as a QR
     * code) once the registration is CONFIRMED. Not personal data, but a bearer credential: shown only
     * to admins and the attendee's organisation.
     */
    public String ticketSecret = Tickets.newSecret();

    public OffsetDateTime cancelledAt;
    public String cancelReason;
    /** role:subject of whoever registered the attendee. */
    public String registeredBy;

    public OffsetDateTime updatedAt;
}
