package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.SessionKind;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Session", description = "An agenda item. eventId tells sub-forum sessions apart in a parent's agenda.")
public record SessionView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull UUID eventId,
        @NotNull LocalizedText title,
        @NotNull SessionKind kind,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        String room,
        @NotNull List<SessionRequest.SpeakerRequest> speakers)
        implements Versioned {}
