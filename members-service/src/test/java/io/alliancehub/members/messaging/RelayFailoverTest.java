package io.alliancehub.members.messaging;

import static io.alliancehub.members.TestData.createOrganization;
import static io.alliancehub.members.TestData.transition;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.kit.outbox.OutboxRelay;
import io.alliancehub.testkit.CloudEventsProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One relay per service: the replica holding the advisory lock sends, the others wait. Here the
 * running relay loses its lock connection, a second "replica" (this test's connection) takes the
 * lock, and later dies: the running relay must stand by meanwhile, then take over and send every
 * pending event once.
 */
@QuarkusTest
class RelayFailoverTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStandbyRelayTakesOverWhenTheLeaderGoesAndSendsEachEventOnce() throws Exception {
        await(relay::isLeader, "the relay leads at first");
        UUID id;
        try (Connection other = dataSource.getConnection();
                Statement s = other.createStatement()) {
            other.setAutoCommit(true);
            // the leader's lock connection dies (as when its pod is killed) and the other replica wins the lock
            // (advisory locks of this test database only: other databases of the server are not ours)
            s.execute("""
                    select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid()
                    and database = (select oid from pg_database where datname = current_database())""");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            boolean won = false;
            while (!won && System.nanoTime() < deadline) {
                try (ResultSet rs =
                        s.executeQuery("select pg_try_advisory_lock(hashtext('outbox-relay:members-service'))")) {
                    rs.next();
                    won = rs.getBoolean(1);
                }
            }
            assertThat(won).as("the other replica takes the lock").isTrue();
            await(() -> !relay.isLeader(), "the relay notices it lost the lock and stands by");

            id = createOrganization("接管测试", "Failover test");
            try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
                assertThat(probe.drain(CloudEventsProbe.subject(id), Duration.ofSeconds(3)))
                        .as("a standby relay sends nothing")
                        .isEmpty();
            }
        } // the other replica dies: its session, and with it the lock, ends
        await(relay::isLeader, "the relay takes over");
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
            probe.await(CloudEventsProbe.subject(id), 1, Duration.ofSeconds(30));
            // one more event on the same key, sent by the new leader: a second copy of the first would come before it
            transition(id, "APPROVE").statusCode(200);
            UUID approved = id;
            assertThat(probe.beforeMarker(
                            CloudEventsProbe.subject(id),
                            r -> CloudEventsProbe.subject(approved).test(r)
                                    && r.value().getType().equals(EventTypes.MEMBERSHIP_STATUS_CHANGED),
                            Duration.ofSeconds(30)))
                    .as("each event once")
                    .hasSize(1);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(100);
        }
    }
}
