package io.alliancehub.events.api;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.events.service.EventQuery;
import io.alliancehub.kit.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the event list. Parsed here so bad values are 400 problems. */
public class EventFilterParams {

    @QueryParam("q")
    @Parameter(
            description = "Free text: matches zh and en titles, pinyin (full and initials), venue and city",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = EventType.class))
    public String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = EventStatus.class))
    public String status;

    @QueryParam("city")
    @Parameter(
            description = "Venue city, case-insensitive exact match",
            example = "Wuxi",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String city;

    @QueryParam("organizerId")
    @Parameter(
            description = "Organised by this organisation",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String organizer;

    @QueryParam("from")
    @Parameter(
            description = "Only events ending at or after this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
            example = "2026-01-01T00:00:00+08:00")
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "Only events starting at or before this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String to;

    @QueryParam("parentId")
    @Parameter(
            description = "Only the sub-forums of this event",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String parentId;

    @QueryParam("topLevel")
    @Parameter(description = "true: only events that are not sub-forums", schema = @Schema(type = SchemaType.BOOLEAN))
    public String topLevel;

    @QueryParam("visibility")
    @Parameter(schema = @Schema(implementation = EventVisibility.class))
    public String visibility;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only events changed at or after this instant (for syncing partner systems)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    public EventQuery toQuery() {
        return new EventQuery(
                Params.text(q, "q", 200),
                Params.enumValue(EventType.class, type, "type"),
                Params.enumValue(EventStatus.class, status, "status"),
                Params.text(city, "city", 100),
                Params.uuid(organizer, "organizerId"),
                Params.dateTime(from, "from"),
                Params.dateTime(to, "to"),
                Params.uuid(parentId, "parentId"),
                topLevel == null ? null : Params.bool(topLevel, "topLevel"),
                Params.enumValue(EventVisibility.class, visibility, "visibility"),
                Params.dateTime(updatedSince, "updatedSince"));
    }
}
