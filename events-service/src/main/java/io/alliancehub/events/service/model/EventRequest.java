package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event as a client writes it: the body of POST and the document a merge patch applies to.
 * Status, seats, id and version are the server's (unknown properties are rejected).
 */
@Schema(name = "EventRequest", description = "An event as a client writes it.")
public record EventRequest(
        @Schema(example = "{\"zh\": \"细胞治疗产业高峰论坛\", \"en\": \"Cell Therapy Industry Summit Forum\"}")
        @NotNull
        @Bilingual(max = 300)
        LocalizedText title,

        @Bilingual(max = 8000) LocalizedText description,
        @Schema(example = "SUB_FORUM") @NotNull EventType type,

        @Schema(
                description =
                        "The forum this one is a sub-forum of (one level: a sub-forum has no sub-forums); its start and end "
                                + "must lie within the parent's")
        UUID parentId,

        @Schema(description = "Organising member organisations (ids from members-service)")
        @NotNull
        @Size(min = 1, max = 20)
        List<@NotNull UUID> organizers,

        @Schema(description = "Co-hosting member organisations") @Size(max = 50)
        List<@NotNull UUID> coHosts,

        @Valid EventVenue venue,

        @Schema(example = "2019-04-13T09:00:00+08:00") @NotNull
        OffsetDateTime startsAt,

        @Schema(example = "2019-04-13T17:00:00+08:00") @NotNull
        OffsetDateTime endsAt,

        @Schema(
                description =
                        "IANA time zone of the venue; defaults to Asia/Shanghai. Times are shown and calendars written in it.",
                example = "Asia/Shanghai")
        @Size(max = 60)
        String timeZone,

        @Schema(description = "Seats; omit for no limit. Registrations beyond it are waitlisted.", example = "120")
        @Min(1)
        @Max(100_000)
        Integer capacity,

        @Schema(
                description = "Seats reserved per registration category inside the capacity (e.g. PRESS 50, VIP 20): a "
                        + "category never gets more, each has its own waitlist order; categories without a quota share the "
                        + "rest. Each category once; together at most the capacity.")
        @Size(max = 20)
        List<@NotNull @Valid Quota> quotas,

        @Schema(
                description =
                        "PUBLIC: anyone sees it; MEMBERS: members-only, only organisations in good standing register")
        @NotNull
        EventVisibility visibility) {

    @Schema(name = "CategoryQuota")
    public record Quota(
            @Schema(example = "PRESS") @NotNull RegistrationCategory category,

            @Schema(example = "50") @NotNull @Min(0) @Max(100_000)
            Integer seats) {}

    @Schema(name = "EventVenue")
    public record EventVenue(
            @Schema(example = "Junlai Shizun Hotel") @Size(max = 300)
            String name,

            @Size(max = 500) String address,
            @Schema(example = "Wuxi") @Size(max = 100) String city) {}
}
