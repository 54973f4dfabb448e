package io.alliancehub.events.messaging;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationSnapshot;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The organisations events-service knows, as members-service last told it. Applies members
 * events (in key order, so per organisation in order; versions guard against replays of older
 * snapshots) and answers the checks the API makes against it.
 */
@ApplicationScoped
public class OrganizationReplica {

    private static final Logger LOG = Logger.getLogger(OrganizationReplica.class);

    /** Applies one members event; runs inside the inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof OrganizationSnapshot s) {
            ReplicatedOrganization o = ReplicatedOrganization.findById(s.organizationId());
            if (o == null) {
                o = new ReplicatedOrganization();
                o.id = s.organizationId();
            } else if (s.version() < o.sourceVersion) {
                LOG.debugf("stale snapshot v%s of organisation %s ignored (have v%s)", (Object) s.version(), o.id, (Object) o.sourceVersion);
                return;
            }
            o.nameZh = s.name() == null ? null : s.name().zh();
            o.nameEn = s.name() == null ? null : s.name().en();
            o.sector = s.sector();
            o.membershipStatus = s.membershipStatus();
            o.sourceVersion = s.version();
            o.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
            o.persist();
        } else if (payload instanceof MembershipStatusChanged c) {
            ReplicatedOrganization o = ReplicatedOrganization.findById(c.organizationId());
            if (o == null) {
                // the registration event is older than this replica's history (e.g. a compacted topic)
                o = new ReplicatedOrganization();
                o.id = c.organizationId();
            }
            o.membershipStatus = c.newStatus();
            o.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
            o.persist();
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
        Map<UUID, ReplicatedOrganization> known = known(idsByField.values().stream().distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        idsByField.forEach((field, id) -> {
            if (!known.containsKey(id)) {
                errors.add(new FieldError(field, "unknown organisation " + id + ": not a member organisation (members-service)"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(422, "unknown-organization", "Unknown organisation",
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " organisations are unknown", errors);
        }
    }

    public static boolean inGoodStanding(ReplicatedOrganization o) {
        return o != null && o.membershipStatus != null && o.membershipStatus.inGoodStanding();
    }

    public static MembershipStatus statusOf(ReplicatedOrganization o) {
        return o == null ? null : o.membershipStatus;
    }
}
