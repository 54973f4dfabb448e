package io.alliancehub.notifications.service;

import io.alliancehub.contracts.access.AgreementAccess;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.contracts.events.agreements.AgreementSnapshot;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.notifications.domain.AgreementAccessEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Which events a partner system's webhook may carry: those about things the partner could read through the API,
 * decided by the owning services' rules. Partners read every organisation (members-service) and every event and
 * registration (events-service); of agreements only what {@link AgreementAccess} lets a partner read, which never
 * includes a PARTIES agreement (a partner's {@code org} claim does not make it a party) or one still being drafted.
 * Agreement events without a status or visibility of their own (milestones, party standing) are judged by the
 * agreement's latest snapshot event, kept in {@code agreement_access}; an agreement never seen is not sent.
 */
@ApplicationScoped
public class PartnerAudience {

    /**
     * Records what an agreement snapshot says of who may read the agreement and which members are its parties; called
     * for every event, in order, before the intakes.
     */
    public void observe(InboundEvent event) {
        if (event.payload() instanceof AgreementSnapshot a) {
            AgreementAccessEntry entry = AgreementAccessEntry.findById(a.agreementId());
            boolean unseen = entry == null;
            if (unseen) {
                entry = new AgreementAccessEntry();
                entry.agreementId = a.agreementId();
            } else if (a.version() < entry.version) {
                return; // an older snapshot, redelivered late
            }
            entry.status = a.status();
            entry.visibility = a.visibility();
            entry.partyOrganizations = a.parties().stream()
                    .map(io.alliancehub.contracts.events.agreements.Party::organizationId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toArray(UUID[]::new);
            entry.version = a.version();
            if (unseen) {
                // persisted once complete: Hibernate inserts the state the entity has when it is persisted
                entry.persist();
            }
        }
    }

    /** True when a partner system may receive {@code event}, which arrived on {@code topic}. */
    public boolean mayReceive(String topic, InboundEvent event, UUID aggregateId) {
        if (!Topics.AGREEMENTS.equals(topic)) {
            return true;
        }
        AgreementAccessEntry entry = aggregateId == null ? null : AgreementAccessEntry.findById(aggregateId);
        return entry != null
                && AgreementAccess.readable(entry.status, entry.visibility, AgreementAccess.Reader.PARTNER, false);
    }
}
