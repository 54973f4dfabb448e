package io.alliancehub.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.MembersFixtures;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real broker: committed events arrive in commit order with their CloudEvents
 * attributes, each once, and are marked sent; while the broker is unreachable they wait in the
 * outbox and arrive once it is back.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "alliance.members.v1";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.alliancehub.kit.config.KitConfig config;

    private List<UUID> publish(UUID organization, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            MembershipStatus from = MembershipStatus.APPLIED;
            for (int i = 0; i < count; i++) {
                MembershipStatus to = i % 2 == 0 ? MembershipStatus.ACTIVE : MembershipStatus.SUSPENDED;
                ids.add(outbox.publish(organization, MembersFixtures.statusChanged(organization, from, to)));
                from = to;
            }
            return ids;
        });
    }

    /**
     * Publishes one more event for {@code organization} and returns what arrived for it before that one: a duplicate
     * of an earlier event would be among them.
     */
    private List<ConsumerRecord<String, CloudEvent>> beforeTheNextEvent(CloudEventsProbe probe, UUID organization) {
        UUID marker = publish(organization, 1).get(0);
        return probe.beforeMarker(
                CloudEventsProbe.subject(organization), CloudEventsProbe.id(marker), Duration.ofSeconds(20));
    }

    private long unsent(List<UUID> ids) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from outbox_event where event_id = any(?) and published_at is null")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> ids(List<ConsumerRecord<String, CloudEvent>> records) {
        return records.stream().map(r -> r.value().getId()).toList();
    }

    @Test
    void committedEventsArriveInOrderOnceAndAreMarkedSent() throws Exception {
        UUID organization = UUID.randomUUID();
        try (CloudEventsProbe probe = new CloudEventsProbe(TOPIC)) {
            List<UUID> ids = publish(organization, 5);
            List<ConsumerRecord<String, CloudEvent>> arrived =
                    probe.await(CloudEventsProbe.subject(organization), 5, Duration.ofSeconds(20));
            assertThat(ids(arrived))
                    .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
            ConsumerRecord<String, CloudEvent> first = arrived.get(0);
            assertThat(first.key()).isEqualTo(organization.toString());
            assertThat(first.value().getType()).isEqualTo("io.alliancehub.members.membership.status-changed.v1");
            assertThat(first.value().getSource().toString()).isEqualTo(Outbox.source("kit-test"));
            assertThat(beforeTheNextEvent(probe, organization))
                    .as("nothing twice")
                    .hasSize(5);
            assertThat(unsent(ids)).isZero();
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        UUID organization = UUID.randomUUID();
        try (CloudEventsProbe probe = new CloudEventsProbe(TOPIC)) {
            QuarkusTransaction.begin();
            outbox.publish(
                    organization,
                    MembersFixtures.statusChanged(organization, MembershipStatus.APPLIED, MembershipStatus.ACTIVE));
            QuarkusTransaction.rollback();
            assertThat(beforeTheNextEvent(probe, organization))
                    .as("nothing of the rolled-back transaction before the next committed event")
                    .isEmpty();
        }
    }

    @Test
    void whileTheBrokerIsUnreachableEventsWaitAndThenArriveOnce() throws Exception {
        UUID organization = UUID.randomUUID();
        try (CloudEventsProbe probe = new CloudEventsProbe(TOPIC)) {
            List<UUID> ids;
            KafkaTestBroker.link().cut();
            try {
                ids = publish(organization, 3);
                // the relay's send times out after alliance.outbox.send-timeout (3 s here), then it backs off
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (relay.lastError() == null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(relay.lastError())
                        .as("the relay reports why it is paused")
                        .isNotNull();
                assertThat(unsent(ids))
                        .as("kept in the outbox while the broker is away")
                        .isEqualTo(3);
            } finally {
                KafkaTestBroker.link().restore();
            }
            List<ConsumerRecord<String, CloudEvent>> arrived =
                    probe.await(CloudEventsProbe.subject(organization), 3, Duration.ofSeconds(60));
            assertThat(ids(arrived))
                    .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
            assertThat(beforeTheNextEvent(probe, organization))
                    .as("nothing twice")
                    .hasSize(3);
            assertThat(unsent(ids)).isZero();
        }
    }

    /**
     * The database ends the session that holds the relay's advisory lock (a failover, an administrator): the relay
     * notices within a poll interval, takes the lock again, and later events still arrive, each once.
     */
    @Test
    void whenTheLockSessionEndsTheRelayTakesTheLockAgain() throws Exception {
        UUID organization = UUID.randomUUID();
        try (CloudEventsProbe probe = new CloudEventsProbe(TOPIC)) {
            List<UUID> before = publish(organization, 1);
            probe.await(CloudEventsProbe.subject(organization), 1, Duration.ofSeconds(20));
            int lockSessionPid;
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("""
                            select pid from pg_locks
                            where locktype = 'advisory' and granted
                              and database = (select oid from pg_database where datname = current_database())
                              and objid::bigint = (hashtext(?)::bigint & 4294967295)""")) {
                ps.setString(1, "outbox-relay:" + config.serviceName());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("the relay holds its lock").isTrue();
                    lockSessionPid = rs.getInt(1);
                }
            }
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("select pg_terminate_backend(?)")) {
                ps.setInt(1, lockSessionPid);
                ps.execute();
            }
            List<UUID> after = publish(organization, 2);
            List<ConsumerRecord<String, CloudEvent>> arrived =
                    probe.await(CloudEventsProbe.subject(organization), 3, Duration.ofSeconds(30));
            assertThat(ids(arrived))
                    .containsExactly(
                            before.get(0).toString(),
                            after.get(0).toString(),
                            after.get(1).toString());
            assertThat(relay.isLeader()).isTrue();
            assertThat(unsent(after)).isZero();
        }
    }
}
