package io.alliancehub.kit.replica;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationSnapshot;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The organisations a consuming service knows, as members-service last told it on
 * alliance.members.v1: a read replica (table {@code organization_replica}, migration
 * {@code db/replica}). Applies members events (in key order, so per organisation in order;
 * versions guard against replays of older snapshots) and answers the checks an API makes
 * against it. Services that use it add {@code db/replica} to {@code quarkus.flyway.locations}.
 */
@ApplicationScoped
public class OrganizationReplica {

    private static final Logger LOG = Logger.getLogger(OrganizationReplica.class);

    @Inject
    EntityManager em;

    /** A change of an organisation's membership status, for services that react to it. */
    public record MembershipChange(UUID organizationId, MembershipStatus oldStatus, MembershipStatus newStatus) {}

    /**
     * The replica rows that a transaction's members events touch, read with one statement, through which those
     * events are then applied in order. A consumer that looked each row up as it applied its event sent a SELECT per
     * event, most of them for organisations not yet in the replica (a registration), which no cache can answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rows rowsOf(List<InboundEvent> events) {
        List<UUID> ids = events.stream()
                .map(OrganizationReplica::organizationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, ReplicatedOrganization> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            // one "where id = any(?)" statement on PostgreSQL; a null for each id not in the table
            for (ReplicatedOrganization o : em.unwrap(Session.class).findMultiple(ReplicatedOrganization.class, ids)) {
                if (o != null) {
                    rows.put(o.id, o);
                }
            }
        }
        return new Rows(rows);
    }

    private static UUID organizationId(InboundEvent event) {
        return switch (event.payload()) {
            case OrganizationSnapshot s -> s.organizationId();
            case MembershipStatusChanged c -> c.organizationId();
            default -> null;
        };
    }

    /** The rows {@link #rowsOf} read, and those the events applied through it added. */
    public static final class Rows {

        private final Map<UUID, ReplicatedOrganization> byId;

        private Rows(Map<UUID, ReplicatedOrganization> byId) {
            this.byId = byId;
        }

        /**
         * Applies one of the events the rows were read for (in key order, so per organisation in order; versions
         * guard against replays of older snapshots).
         *
         * @return the membership status change it made, if any
         */
        public Optional<MembershipChange> apply(InboundEvent event) {
            Object payload = event.payload();
            MembershipStatus before;
            ReplicatedOrganization o;
            if (payload instanceof OrganizationSnapshot s) {
                o = row(s.organizationId());
                if (s.version() < o.sourceVersion) {
                    LOG.debugf(
                            "stale snapshot v%s of organisation %s ignored (have v%s)",
                            (Object) s.version(), o.id, (Object) o.sourceVersion);
                    return Optional.empty();
                }
                before = o.membershipStatus;
                o.nameZh = s.name() == null ? null : s.name().zh();
                o.nameEn = s.name() == null ? null : s.name().en();
                o.sector = s.sector();
                o.membershipStatus = s.membershipStatus();
                o.sourceVersion = s.version();
            } else if (payload instanceof MembershipStatusChanged c) {
                // a row not there yet: the registration event is older than this replica's history (e.g. a
                // compacted topic)
                o = row(c.organizationId());
                before = o.membershipStatus;
                o.membershipStatus = c.newStatus();
            } else {
                return Optional.empty();
            }
            o.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
            o.persist();
            return before == o.membershipStatus
                    ? Optional.empty()
                    : Optional.of(new MembershipChange(o.id, before, o.membershipStatus));
        }

        /** The organisation's row: read, added by an earlier event of these, or new (persisted by the caller). */
        private ReplicatedOrganization row(UUID id) {
            return byId.computeIfAbsent(id, key -> {
                ReplicatedOrganization o = new ReplicatedOrganization();
                o.id = key;
                return o;
            });
        }
    }

    public Optional<ReplicatedOrganization> find(UUID id) {
        return id == null ? Optional.empty() : ReplicatedOrganization.findByIdOptional(id);
    }

    /** The known organisations among {@code ids}, by id. */
    public Map<UUID, ReplicatedOrganization> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ReplicatedOrganization.<ReplicatedOrganization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /**
     * Fails with 422 naming each field (e.g. {@code organizers[1]}) whose organisation members-service
     * has not announced.
     */
    public void requireKnown(Map<String, UUID> idsByField) {
        Map<UUID, ReplicatedOrganization> known =
                known(idsByField.values().stream().distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        idsByField.forEach((field, id) -> {
            if (!known.containsKey(id)) {
                errors.add(new FieldError(
                        field, "unknown organisation " + id + ": not a member organisation (members-service)"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(
                    422,
                    "unknown-organization",
                    "Unknown organisation",
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " organisations are unknown",
                    errors);
        }
    }

    public static boolean inGoodStanding(ReplicatedOrganization o) {
        return o != null && o.membershipStatus != null && o.membershipStatus.inGoodStanding();
    }

    public static MembershipStatus statusOf(ReplicatedOrganization o) {
        return o == null ? null : o.membershipStatus;
    }
}
