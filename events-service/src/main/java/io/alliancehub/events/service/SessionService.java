package io.alliancehub.events.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.events.domain.AgendaSession;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.domain.Speaker;
import io.alliancehub.events.service.model.SessionRequest;
import io.alliancehub.events.service.model.SessionView;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.text.SearchText;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.PatchBinder;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agenda of an event. Admins write it; whoever sees the event reads it. */
@ApplicationScoped
public class SessionService {

    @Inject
    EventService eventService;

    @Inject
    OrganizationReplica organizations;

    @Inject
    PatchBinder patches;

    /** The event's sessions in time order; with {@code includeSubForums}, its visible sub-forums' sessions too. */
    public List<SessionView> agenda(UUID eventId, boolean includeSubForums, String q) {
        Event event = eventService.visible(eventId);
        List<UUID> eventIds = new ArrayList<>(List.of(event.id));
        if (includeSubForums) {
            Event.<Event>list("parentId", event.id).stream()
                    .filter(eventService::canSee)
                    .forEach(child -> eventIds.add(child.id));
        }
        return AgendaSession.<AgendaSession>list(
                        "eventId in ?1", Sort.by("startsAt").and("id"), eventIds)
                .stream()
                .filter(s -> SearchText.matches(q, searchable(s)))
                .map(s -> view(s, event.timeZone))
                .toList();
    }

    /** What q finds a session by: its title and room, and its speakers' names, titles and affiliations. */
    private static String[] searchable(AgendaSession s) {
        List<String> texts = new ArrayList<>(java.util.Arrays.asList(s.titleZh, s.titleEn, s.room));
        for (Speaker speaker : s.speakers) {
            for (LocalizedText t : java.util.Arrays.asList(speaker.name(), speaker.title(), speaker.affiliation())) {
                if (t != null) {
                    texts.add(t.zh());
                    texts.add(t.en());
                }
            }
        }
        return texts.toArray(String[]::new);
    }

    public SessionView get(UUID eventId, UUID sessionId) {
        Event event = eventService.visible(eventId);
        return view(find(eventId, sessionId), event.timeZone);
    }

    @Transactional
    public SessionView create(UUID eventId, SessionRequest request) {
        Event event = editable(eventId);
        AgendaSession s = new AgendaSession();
        s.eventId = eventId;
        s.createdAt = EventService.now();
        apply(event, request, s);
        s.persist();
        s.flush();
        return view(s, event.timeZone);
    }

    @Transactional
    public SessionView patch(UUID eventId, UUID sessionId, String ifMatch, JsonNode patch) {
        Event event = editable(eventId);
        AgendaSession s = find(eventId, sessionId);
        patches.update(
                ifMatch, s.version, writable(s, event.timeZone), patch, SessionRequest.class, (request, changed) -> {
                    apply(event, request, s);
                    s.flush();
                });
        return view(s, event.timeZone);
    }

    @Transactional
    public void delete(UUID eventId, UUID sessionId, String ifMatch) {
        editable(eventId);
        AgendaSession s = find(eventId, sessionId);
        ETags.requireMatch(ifMatch, s.version);
        s.delete();
    }

    private void apply(Event event, SessionRequest r, AgendaSession s) {
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw ApiException.invalidField("endsAt", "must be after startsAt");
        }
        if (r.startsAt().isBefore(event.startsAt) || r.endsAt().isAfter(event.endsAt)) {
            throw ApiException.invalidField(
                    "startsAt",
                    "a session must lie within the event, " + EventMapper.local(event, event.startsAt) + " – "
                            + EventMapper.local(event, event.endsAt));
        }
        List<SessionRequest.SpeakerRequest> speakers = r.speakers() == null ? List.of() : r.speakers();
        Map<String, UUID> orgs = new LinkedHashMap<>();
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).organizationId() != null) {
                orgs.put("speakers[" + i + "].organizationId", speakers.get(i).organizationId());
            }
        }
        organizations.requireKnown(orgs);
        s.titleZh = r.title().zh();
        s.titleEn = r.title().en();
        s.kind = r.kind();
        s.startsAt = r.startsAt();
        s.endsAt = r.endsAt();
        s.room = r.room();
        s.speakers = speakers.stream()
                .map(p -> new Speaker(p.name(), p.title(), p.organizationId(), p.affiliation()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        s.updatedAt = EventService.now();
    }

    private Event editable(UUID eventId) {
        Event event = eventService.find(eventId);
        if (!EventStateMachine.EDITABLE.contains(event.status)) {
            throw ApiException.conflict("event-closed", "Event can no longer change", "the event is " + event.status);
        }
        return event;
    }

    private AgendaSession find(UUID eventId, UUID sessionId) {
        AgendaSession s = Lookup.visible(
                AgendaSession.findById(sessionId), found -> found.eventId.equals(eventId), "session", sessionId);
        return s;
    }

    private static SessionRequest writable(AgendaSession s, String zone) {
        return new SessionRequest(
                LocalizedText.of(s.titleZh, s.titleEn),
                s.kind,
                EventMapper.inZone(s.startsAt, zone),
                EventMapper.inZone(s.endsAt, zone),
                s.room,
                speakers(s));
    }

    static SessionView view(AgendaSession s, String zone) {
        return new SessionView(
                s.id,
                s.version,
                s.eventId,
                LocalizedText.of(s.titleZh, s.titleEn),
                s.kind,
                EventMapper.inZone(s.startsAt, zone),
                EventMapper.inZone(s.endsAt, zone),
                s.room,
                speakers(s));
    }

    private static List<SessionRequest.SpeakerRequest> speakers(AgendaSession s) {
        return s.speakers == null
                ? List.of()
                : s.speakers.stream()
                        .map(p -> new SessionRequest.SpeakerRequest(
                                p.name(), p.title(), p.organizationId(), p.affiliation()))
                        .toList();
    }
}
