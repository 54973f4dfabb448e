package io.alliancehub.testkit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * What the service under test's consumers applied, read from service-kit's {@code inbox_apply_log} (on in the test
 * profile). That table has no key on the event id, so a duplicate application shows as a second row: counting rows
 * there can fail, where counting {@code inbox_event} rows (one per event by its primary key) cannot.
 */
public final class AppliedEvents {

    private AppliedEvents() {}

    /** How many times any consumer of this service applied the event. */
    public static long applications(String eventId) {
        return count("select count(*) from inbox_apply_log where event_id = any(?)", List.of(eventId));
    }

    /**
     * In how many transactions this service's consumers claimed the events: {@code inbox_event.received_at} is the
     * claiming transaction's start ({@code now()}), the same for every event a poll applied together.
     */
    public static long transactions(List<String> eventIds) {
        return count("select count(distinct received_at) from inbox_event where event_id = any(?)", eventIds);
    }

    /** A count over the service's own database, for the events' ids. */
    private static long count(String sql, List<String> eventIds) {
        AgroalDataSource dataSource =
                Arc.container().select(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count: " + sql, e);
        }
    }

    /** Waits (30 s at most) until the event has been applied; a message published after another on the same key
     * being applied means the earlier one has been handled too (one partition, in order). */
    public static void await(String eventId) {
        Awaitility.await("event " + eventId + " applied")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> applications(eventId) > 0);
    }
}
