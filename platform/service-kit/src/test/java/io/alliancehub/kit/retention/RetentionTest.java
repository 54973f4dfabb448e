package io.alliancehub.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The retention purge against PostgreSQL: what goes, what stays, and two replicas purging at once. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oldBookkeepingGoesRecentAndUnsentStay() throws Exception {
        String run = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // sent 8 days ago (goes), unsent for 8 days (stays: not yet in Kafka), sent a day ago (stays)
            s.execute(outbox(run + "-sent-old", "now() - interval '8 days'"));
            s.execute(outbox(run + "-unsent-old", "null"));
            s.execute("update outbox_event set written_at = now() - interval '8 days' where event_key = '" + run
                    + "-unsent-old'");
            s.execute(outbox(run + "-sent-recent", "now() - interval '1 day'"));
            s.execute(
                    "insert into inbox_event (consumer, event_id, event_type, received_at) values ('retention-test', '"
                            + run + "-old', 'x', now() - interval '29 days'), ('retention-test', '" + run
                            + "-recent', 'x', now() - interval '6 days')");
            s.execute("insert into inbox_apply_log (consumer, event_id, applied_at) values ('retention-test', '" + run
                    + "-old', now() - interval '29 days'), ('retention-test', '" + run + "-recent', now())");
            s.execute(
                    "insert into idempotency_record (scope, idem_key, request_hash, created_at) values ('retention-test', '"
                            + run + "-old', 'h', now() - interval '49 hours'), ('retention-test', '" + run
                            + "-recent', 'h', now() - interval '25 hours')");
        }

        Map<String, Long> purged = retention.purge(Instant.now());

        assertThat(purged).containsOnlyKeys("outbox_event", "inbox_event", "inbox_apply_log", "idempotency_record");
        assertThat(purged.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(keys("select event_key from outbox_event where event_key like ?", run))
                .containsExactlyInAnyOrder(run + "-unsent-old", run + "-sent-recent");
        assertThat(keys("select event_id from inbox_event where event_id like ?", run))
                .containsExactly(run + "-recent");
        assertThat(keys("select event_id from inbox_apply_log where event_id like ?", run))
                .containsExactly(run + "-recent");
        assertThat(keys("select idem_key from idempotency_record where idem_key like ?", run))
                .containsExactly(run + "-recent");
    }

    @Test
    void twoReplicasPurgingAtOnceShareTheRowsAndNeitherFails() throws Exception {
        String run = UUID.randomUUID().toString();
        int rows = 12_000; // more than two batches of 5,000
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("insert into inbox_event (consumer, event_id, event_type, received_at)"
                                + " select 'retention-test', ? || '-' || g, 'x', now() - interval '30 days'"
                                + " from generate_series(1, ?) g")) {
            ps.setString(1, run);
            ps.setInt(2, rows);
            ps.executeUpdate();
        }
        CompletableFuture<Map<String, Long>> a = CompletableFuture.supplyAsync(this::purgeNow);
        CompletableFuture<Map<String, Long>> b = CompletableFuture.supplyAsync(this::purgeNow);
        long purged = a.get().get("inbox_event") + b.get().get("inbox_event");

        assertThat(keys("select event_id from inbox_event where event_id like ?", run))
                .isEmpty();
        assertThat(purged).as("each row deleted once, by one of the two").isGreaterThanOrEqualTo(rows);
    }

    private Map<String, Long> purgeNow() {
        try {
            return retention.purge(Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outbox(String key, String publishedAt) {
        return "insert into outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload, published_at)"
                + " values (gen_random_uuid(), 'retention-test', '" + key + "', 'x', 'test', now(), '{}', "
                + publishedAt
                + ")";
    }

    private List<String> keys(String sql, String run) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, run + "%");
            try (ResultSet rs = ps.executeQuery()) {
                List<String> keys = new java.util.ArrayList<>();
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
                return keys;
            }
        }
    }
}
