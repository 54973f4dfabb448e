package io.alliancehub.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.kit.audit.AuditRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the Envers revisions of one entity as {@link HistoryEntry}s (who, when, which fields
 * changed). The caller turns each audited snapshot into the JSON document its API shows, so the
 * history speaks in the API's field names and never shows columns the caller may not see.
 */
@ApplicationScoped
public class EnversHistory {

    @Inject
    EntityManager em;

    public <E> List<HistoryEntry> of(Class<E> entity, Object id, Function<E, JsonNode> document) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>(revisions.size());
        JsonNode previous = null;
        for (Object[] row : revisions) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            JsonNode state = document.apply(entity.cast(row[0]));
            List<HistoryEntry.Change> changes = previous == null
                    ? List.of()
                    : JsonDiff.between(previous, state).stream()
                            .map(c -> new HistoryEntry.Change(c.field(), c.from(), c.to()))
                            .toList();
            entries.add(new HistoryEntry(
                    revision.id,
                    Instant.ofEpochMilli(revision.timestamp).atOffset(ZoneOffset.UTC),
                    revision.actor,
                    switch (type) {
                        case ADD -> "CREATED";
                        case MOD -> "UPDATED";
                        case DEL -> "DELETED";
                    },
                    changes));
            previous = state;
        }
        return entries;
    }
}
