package io.alliancehub.members.service;

import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.members.domain.MembershipTransition;
import io.alliancehub.members.domain.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The events members-service publishes on {@code alliance.members.v1}, written to the outbox in
 * the caller's transaction (topic and type from the contract catalog). They carry no personal data: contacts are never in an event.
 */
@ApplicationScoped
class MembersEvents {

    @Inject
    Outbox outbox;

    void registered(Organization o) {
        outbox.publish(o.id, OrganizationMapper.registered(o));
    }

    void updated(Organization o, List<String> changedFields) {
        outbox.publish(o.id, OrganizationMapper.updated(o, changedFields));
    }

    /**
     * The move itself, then the organisation's snapshot after it: alliance.members.v1 is compacted to the latest
     * record per organisation, and that record must be a whole snapshot (name, sector, status, term) for a replica
     * rebuilt from the topic to be complete.
     */
    void statusChanged(Organization o, MembershipTransition t) {
        outbox.publish(o.id, OrganizationMapper.statusChanged(o, t));
        outbox.publish(o.id, OrganizationMapper.updated(o, MEMBERSHIP_FIELDS));
    }

    /** What a membership move changes in the snapshot. */
    static final List<String> MEMBERSHIP_FIELDS = List.of("membershipStatus", "termStart", "termEnd");
}
