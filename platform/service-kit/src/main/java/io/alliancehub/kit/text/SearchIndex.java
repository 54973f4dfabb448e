package io.alliancehub.kit.text;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Keeps a table's {@code search_text} in step with {@link SearchText#VERSION}: when the table was
 * indexed by an older version (or never recorded), every row's text is built again, in batches, and
 * the version recorded. The update is a plain SQL update of the one column, so a row's version (its
 * ETag) and its history do not change. Safe to run on several replicas at once (the work is the same).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    static final int BATCH = 500;

    /** A table with a {@code search_text} column, declared by its service as a bean; rebuilt at start when out of date. */
    public interface Table<E> {
        /** The table's name (the service's own, never input). */
        String name();

        Class<E> entity();

        UUID id(E row);

        /** The row's search text, as the service builds it when it writes the row. */
        String text(E row);
    }

    @Inject
    EntityManager em;

    @Inject
    Instance<Table<?>> tables;

    /** In the background: a service is ready at once, and searches the old text until the new one is in. */
    void onStart(@Observes StartupEvent event) {
        if (tables.isUnsatisfied()) {
            return;
        }
        Thread.ofVirtual().name("search-index").start(() -> {
            for (Table<?> table : tables) {
                try {
                    ensureCurrent(table);
                } catch (RuntimeException e) {
                    LOG.warnf(
                            e,
                            "could not rebuild the search text of %s; it is tried again at the next start",
                            table.name());
                }
            }
        });
    }

    public <E> int ensureCurrent(Table<E> table) {
        return ensureCurrent(table.name(), table.entity(), table::id, table::text);
    }

    /** The version the table's search text was built with; 0 when not recorded. */
    public int builtWith(String table) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select version from search_index_version where table_name = ?1")
                    .setParameter(1, table)
                    .getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    /**
     * Rebuilds {@code table.search_text} from the entities when it is out of date; returns the rows
     * rebuilt (0 when it was current). {@code table} is the service's own table name, never input.
     */
    public <E> int ensureCurrent(String table, Class<E> entity, Function<E, UUID> id, Function<E, String> text) {
        if (builtWith(table) >= SearchText.VERSION) {
            return 0;
        }
        int rebuilt = 0;
        // PostgreSQL orders uuids bytewise, unsigned: the all-zero uuid is the smallest
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<E> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<E> rows = em.createQuery(
                                "select e from " + entity.getName() + " e where e.id > :after order by e.id", entity)
                        .setParameter("after", from)
                        .setMaxResults(BATCH)
                        .getResultList();
                for (E row : rows) {
                    em.createNativeQuery("update " + table + " set search_text = ?1 where id = ?2")
                            .setParameter(1, text.apply(row))
                            .setParameter(2, id.apply(row))
                            .executeUpdate();
                }
                return rows;
            });
            rebuilt += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
            after = id.apply(batch.get(batch.size() - 1));
        }
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into search_index_version (table_name, version, built_at) values (?1, ?2, now())
                        on conflict (table_name) do update set version = excluded.version, built_at = excluded.built_at""")
                        .setParameter(1, table)
                        .setParameter(2, SearchText.VERSION)
                        .executeUpdate());
        LOG.infof("search text of %s rebuilt with version %d (%d rows)", table, SearchText.VERSION, rebuilt);
        return rebuilt;
    }
}
