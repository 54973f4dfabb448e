package io.alliancehub.agreements.service;

import io.alliancehub.agreements.domain.ReplicatedEvent;
import io.alliancehub.contracts.events.events.EventSnapshot;
import io.alliancehub.kit.inbox.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The events (forums, summits) agreements-service knows, for {@code signedAt.eventId}. Registration events are ignored. */
@ApplicationScoped
public class EventReplica {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        if (!(event.payload() instanceof EventSnapshot s)) {
            return;
        }
        ReplicatedEvent e = ReplicatedEvent.findById(s.eventId());
        if (e == null) {
            e = new ReplicatedEvent();
            e.id = s.eventId();
        } else if (s.version() < e.sourceVersion) {
            return;
        }
        e.titleZh = s.title().zh();
        e.titleEn = s.title().en();
        e.startsAt = s.startsAt();
        e.endsAt = s.endsAt();
        e.status = s.status();
        e.sourceVersion = s.version();
        e.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.persist();
    }

    public Optional<ReplicatedEvent> find(UUID id) {
        return id == null ? Optional.empty() : ReplicatedEvent.findByIdOptional(id);
    }
}
