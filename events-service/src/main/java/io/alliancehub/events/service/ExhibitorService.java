package io.alliancehub.events.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.domain.Exhibitor;
import io.alliancehub.events.service.model.ExhibitorRequest;
import io.alliancehub.events.service.model.ExhibitorView;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.replica.ReplicatedOrganization;
import io.alliancehub.kit.text.SearchText;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.PatchBinder;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Exhibitors of an event. Admins write them; whoever sees the event reads them. */
@ApplicationScoped
public class ExhibitorService {

    @Inject
    EventService eventService;

    @Inject
    OrganizationReplica organizations;

    @Inject
    PatchBinder patches;

    public List<ExhibitorView> list(UUID eventId, String q) {
        eventService.visible(eventId);
        List<Exhibitor> exhibitors = Exhibitor.list("eventId", Sort.by("booth").and("id"), eventId);
        Map<UUID, ReplicatedOrganization> names = organizations.known(
                exhibitors.stream().map(x -> x.organizationId).toList());
        return exhibitors.stream()
                .filter(x -> {
                    ReplicatedOrganization o = names.get(x.organizationId);
                    return SearchText.matches(
                            q,
                            o == null ? null : o.nameZh,
                            o == null ? null : o.nameEn,
                            x.booth,
                            x.showcaseZh,
                            x.showcaseEn);
                })
                .map(x -> view(x, names.get(x.organizationId)))
                .toList();
    }

    @Transactional
    public ExhibitorView create(UUID eventId, ExhibitorRequest request) {
        editable(eventId);
        Exhibitor x = new Exhibitor();
        x.eventId = eventId;
        x.createdAt = EventService.now();
        apply(request, x);
        x.persist();
        x.flush();
        return view(x, organizations.find(x.organizationId).orElse(null));
    }

    @Transactional
    public ExhibitorView patch(UUID eventId, UUID exhibitorId, String ifMatch, JsonNode patch) {
        editable(eventId);
        Exhibitor x = find(eventId, exhibitorId);
        patches.update(ifMatch, x.version, writable(x), patch, ExhibitorRequest.class, (request, changed) -> {
            apply(request, x);
            x.flush();
        });
        return view(x, organizations.find(x.organizationId).orElse(null));
    }

    @Transactional
    public void delete(UUID eventId, UUID exhibitorId, String ifMatch) {
        editable(eventId);
        Exhibitor x = find(eventId, exhibitorId);
        ETags.requireMatch(ifMatch, x.version);
        x.delete();
    }

    private void apply(ExhibitorRequest r, Exhibitor x) {
        organizations.requireKnown(Map.of("organizationId", r.organizationId()));
        if (!r.organizationId().equals(x.organizationId)
                && Exhibitor.count("eventId = ?1 and organizationId = ?2", x.eventId, r.organizationId()) > 0) {
            throw ApiException.conflict(
                    "duplicate-exhibitor",
                    "Already exhibiting",
                    "organisation " + r.organizationId() + " already exhibits at this event");
        }
        x.organizationId = r.organizationId();
        x.booth = r.booth();
        x.showcaseZh = r.showcase() == null ? null : r.showcase().zh();
        x.showcaseEn = r.showcase() == null ? null : r.showcase().en();
        x.updatedAt = EventService.now();
    }

    private void editable(UUID eventId) {
        Event event = eventService.find(eventId);
        if (!EventStateMachine.EDITABLE.contains(event.status)) {
            throw ApiException.conflict("event-closed", "Event can no longer change", "the event is " + event.status);
        }
    }

    private Exhibitor find(UUID eventId, UUID exhibitorId) {
        Exhibitor x = Lookup.visible(
                Exhibitor.findById(exhibitorId), found -> found.eventId.equals(eventId), "exhibitor", exhibitorId);
        return x;
    }

    private static ExhibitorRequest writable(Exhibitor x) {
        return new ExhibitorRequest(x.organizationId, x.booth, showcase(x));
    }

    private static LocalizedText showcase(Exhibitor x) {
        return x.showcaseZh == null && x.showcaseEn == null ? null : LocalizedText.of(x.showcaseZh, x.showcaseEn);
    }

    private static ExhibitorView view(Exhibitor x, ReplicatedOrganization org) {
        return new ExhibitorView(
                x.id,
                x.version,
                x.eventId,
                x.organizationId,
                org == null ? null : LocalizedText.of(org.nameZh, org.nameEn),
                x.booth,
                showcase(x));
    }
}
