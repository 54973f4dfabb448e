package io.alliancehub.kit.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.AvailableHints;

/**
 * Reads every row of a query through a database cursor, a chunk at a time, for an export of any size: PostgreSQL
 * sends {@code chunk} rows per fetch (a cursor needs the caller's transaction), the entities are read-only, and the
 * persistence context is cleared after each chunk, so memory stays that of one chunk.
 */
public final class Exports {

    /** Rows per fetch and per chunk handed to the sink. */
    public static final int CHUNK = 500;

    private Exports() {}

    /** Hands {@code query}'s rows to {@code sink} in order, {@link #CHUNK} at a time; call inside a transaction. */
    public static <E> void inChunks(PanacheQuery<E> query, EntityManager em, Consumer<List<E>> sink) {
        List<E> chunk = new ArrayList<>(CHUNK);
        try (Stream<E> rows = query
                .withHint(AvailableHints.HINT_FETCH_SIZE, CHUNK)
                .withHint(AvailableHints.HINT_READ_ONLY, true)
                .stream()) {
            rows.forEach(row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    sink.accept(chunk);
                    chunk.clear();
                    em.clear();
                }
            });
        }
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }
}
