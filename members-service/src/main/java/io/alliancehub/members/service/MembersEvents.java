package io.alliancehub.members.service;

import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.members.domain.MembershipTransition;
import io.alliancehub.members.domain.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The events members-service publishes on {@code alliance.members.v1}, written to the outbox in
 * the caller's transaction. They carry no personal data: contacts are never in an event.
 */
@ApplicationScoped
class MembersEvents {

    @Inject
    Outbox outbox;

    void registered(Organization o) {
        outbox.publish(Topics.MEMBERS, EventTypes.ORGANIZATION_REGISTERED, o.id, OrganizationMapper.registered(o));
    }

    void updated(Organization o, List<String> changedFields) {
        outbox.publish(Topics.MEMBERS, EventTypes.ORGANIZATION_UPDATED, o.id, OrganizationMapper.updated(o, changedFields));
    }

    void statusChanged(Organization o, MembershipTransition t) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBERSHIP_STATUS_CHANGED, o.id, OrganizationMapper.statusChanged(o, t));
    }
}
