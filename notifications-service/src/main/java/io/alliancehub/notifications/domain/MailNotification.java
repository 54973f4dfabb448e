package io.alliancehub.notifications.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One e-mail to one recipient (or, for {@code event:} keys, to all of an event's attendees), made from one event. */
@Entity
@Table(name = "mail_notification")
public class MailNotification extends PanacheEntityBase {

    /** Recipient keys: one attendee, or every attendee of an event. */
    public static final String REGISTRATION = "registration:";

    public static final String EVENT_ATTENDEES = "event:";

    /** Recipient keys: one contact of a member organisation, or its representatives. */
    public static final String CONTACT = "contact:";

    public static final String ORGANIZATION_REPRESENTATIVES = "organization:";

    /** Recipient key: the notice address of a webhook subscription's owner, read from the subscription when sent. */
    public static final String WEBHOOK_OWNER = "webhook:";

    /** Status values. */
    public static final String PENDING = "PENDING";

    public static final String SENT = "SENT";
    public static final String SKIPPED = "SKIPPED";

    @Id
    public UUID id = Uuid7.next();

    public String eventId;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    public String recipientKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> refs;

    public String status = PENDING;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public String lastError;
    public String recipientHash;
    public String language;
    public OffsetDateTime sentAt;
    public OffsetDateTime createdAt;
}
