package io.alliancehub.testkit;

import io.agroal.api.AgroalDataSource;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Member organisations for the tests of services that consume alliance.members.v1: they reach
 * the service's replica the real way, as members-service events on the test broker, consumed
 * through its inbox.
 */
public final class MembersFixtures {

    private MembersFixtures() {}

    /** The organization.registered payload of an APPLIED member organisation named {@code name} (zh; en with " Ltd"). */
    public static OrganizationRegistered registered(UUID id, String name) {
        return new OrganizationRegistered(
                id,
                0,
                LocalizedText.of(name, name + " Ltd"),
                null,
                Sector.ENTERPRISE,
                null,
                "CN",
                "Jiangsu",
                "Wuxi",
                List.of(),
                MembershipTier.MEMBER,
                MembershipStatus.APPLIED,
                null,
                null);
    }

    /** Publishes organization.registered (and, for any other status, membership.status-changed) and waits for the replica. */
    public static UUID organization(String name, MembershipStatus status) {
        UUID id = UUID.randomUUID();
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            publisher.publish(id, registered(id, name));
            if (status != MembershipStatus.APPLIED) {
                changeStatus(publisher, id, MembershipStatus.APPLIED, status);
            }
        }
        awaitReplica(id, status);
        return id;
    }

    /** Publishes membership.status-changed (as members-service would) and waits for the replica. */
    public static void changeStatus(UUID id, MembershipStatus from, MembershipStatus to) {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            changeStatus(publisher, id, from, to);
        }
        awaitReplica(id, to);
    }

    private static void changeStatus(
            CloudEventsPublisher publisher, UUID id, MembershipStatus from, MembershipStatus to) {
        publisher.publish(id, statusChanged(id, from, to));
    }

    /** A membership.status-changed payload as members-service would publish it. */
    public static MembershipStatusChanged statusChanged(UUID id, MembershipStatus from, MembershipStatus to) {
        return new MembershipStatusChanged(
                id,
                MembershipTier.MEMBER,
                from,
                to,
                "TEST",
                null,
                "admin:test",
                LocalDate.now(),
                LocalDate.now().plusYears(1),
                OffsetDateTime.now());
    }

    public static void awaitReplica(UUID id, MembershipStatus status) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (status.name().equals(replicatedStatus(id))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("organisation " + id + " did not reach " + status + " in the replica within 30 s");
    }

    /** The replica's row, read as the service under test stores it (table organization_replica of service-kit's replica migration). */
    private static String replicatedStatus(UUID id) {
        AgroalDataSource dataSource =
                Arc.container().select(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select membership_status from organization_replica where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the organisation replica", e);
        }
    }
}
