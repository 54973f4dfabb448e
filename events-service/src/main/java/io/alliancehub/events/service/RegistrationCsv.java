package io.alliancehub.events.service;

import io.alliancehub.events.service.model.RegistrationView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/** The attendee list as CSV. E-mails are already blanked in the views for callers who may not see them. */
@ApplicationScoped
public class RegistrationCsv {

    public static final List<String> HEADER = List.of(
            "id",
            "name",
            "email",
            "organizationId",
            "title",
            "category",
            "status",
            "waitlistPosition",
            "registeredAt",
            "confirmedAt",
            "checkedInAt",
            "cancelledAt");

    /** One registration as a row of {@link #HEADER}. */
    public List<String> row(RegistrationView r) {
        return List.of(
                r.id().toString(),
                r.attendee().name(),
                text(r.attendee().email()),
                text(r.attendee().organizationId()),
                text(r.attendee().title()),
                r.category().name(),
                r.status().name(),
                text(r.waitlistPosition()),
                text(r.registeredAt()),
                text(r.confirmedAt()),
                text(r.checkedInAt()),
                text(r.cancelledAt()));
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
