package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.SessionKind;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionRequest",
        description = "An agenda item as a client writes it. It must lie within the event's start and end.")
public record SessionRequest(
        @Schema(example = "{\"zh\": \"主旨演讲\", \"en\": \"Keynote\"}") @NotNull @Bilingual(max = 300)
        LocalizedText title,

        @Schema(example = "KEYNOTE") @NotNull SessionKind kind,

        @Schema(example = "2019-04-13T09:30:00+08:00") @NotNull
        OffsetDateTime startsAt,

        @Schema(example = "2019-04-13T10:00:00+08:00") @NotNull
        OffsetDateTime endsAt,

        @Schema(example = "Main hall") @Size(max = 200) String room,
        @Size(max = 30) List<@NotNull @Valid SpeakerRequest> speakers) {

    @Schema(
            name = "Speaker",
            description = "A speaker: name, title and affiliation — organizationId for speakers from member "
                    + "organisations (must be known), or affiliation as text for others.")
    public record SpeakerRequest(
            @Schema(example = "{\"zh\": \"李诣书\", \"en\": \"Li Yishu\"}") @NotNull @Bilingual(max = 200)
            LocalizedText name,

            @Schema(example = "{\"zh\": \"总裁\", \"en\": \"President\"}") @Bilingual(max = 200)
            LocalizedText title,

            UUID organizationId,
            @Bilingual(max = 300) LocalizedText affiliation) {}
}
