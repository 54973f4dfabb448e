package io.alliancehub.kit.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Purges the rows that every request or event adds and nothing reads once they are old: sent outbox rows, inbox
 * ids, the inbox apply log and idempotency records ({@link RetentionPolicy}). Runs on a schedule in every replica;
 * each batch locks its rows with SKIP LOCKED, so replicas purging at once share the work instead of waiting on each
 * other, and a batch is its own short transaction, so the write path never waits behind a long delete.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** Per table: the time column and the extra condition a row must meet to go. */
    private static final Map<String, String[]> TABLES = Map.of(
            "outbox_event", new String[] {"published_at", "published_at is not null"},
            "inbox_event", new String[] {"received_at", "true"},
            "inbox_apply_log", new String[] {"applied_at", "true"},
            "idempotency_record", new String[] {"created_at", "true"});

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "alliance.retention.sent-outbox", defaultValue = "P7D")
    Duration sentOutbox;

    @ConfigProperty(name = "alliance.retention.inbox", defaultValue = "P28D")
    Duration inbox;

    @ConfigProperty(name = "alliance.retention.idempotency", defaultValue = "P2D")
    Duration idempotency;

    @ConfigProperty(name = "alliance.retention.batch", defaultValue = "5000")
    int batch;

    @Scheduled(
            every = "${alliance.retention.every:1h}",
            delayed = "${alliance.retention.first-after:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws SQLException {
        Map<String, Long> purged = purge(Instant.now());
        if (purged.values().stream().anyMatch(n -> n > 0)) {
            LOG.infof("retention purged %s", purged);
        }
    }

    /** Purges what is older than the policy allows at {@code now}; the rows deleted per table. */
    public Map<String, Long> purge(Instant now) throws SQLException {
        RetentionPolicy policy = new RetentionPolicy(sentOutbox, inbox, idempotency);
        Map<String, Long> purged = new LinkedHashMap<>();
        purged.put("outbox_event", purge("outbox_event", now.minus(policy.sentOutbox())));
        purged.put("inbox_event", purge("inbox_event", now.minus(policy.inbox())));
        purged.put("inbox_apply_log", purge("inbox_apply_log", now.minus(policy.inbox())));
        purged.put("idempotency_record", purge("idempotency_record", now.minus(policy.idempotency())));
        return purged;
    }

    private long purge(String table, Instant before) throws SQLException {
        String[] columns = TABLES.get(table);
        // table and column names are this class's constants; the cutoff and batch are bound
        String sql = "delete from " + table + " where ctid = any(array(select ctid from " + table + " where "
                + columns[0] + " < ? and " + columns[1] + " limit ? for update skip locked))";
        long total = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            int deleted;
            do {
                delete.setTimestamp(1, Timestamp.from(before));
                delete.setInt(2, batch);
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == batch);
        }
        return total;
    }
}
