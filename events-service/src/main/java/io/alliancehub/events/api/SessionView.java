package io.alliancehub.events.api;

import io.alliancehub.contracts.codes.SessionKind;
import io.alliancehub.contracts.common.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Session", description = "An agenda item. eventId tells sub-forum sessions apart in a parent's agenda.")
public record SessionView(UUID id, long version, UUID eventId, LocalizedText title, SessionKind kind, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String room, List<SessionRequest.SpeakerRequest> speakers) {
}
