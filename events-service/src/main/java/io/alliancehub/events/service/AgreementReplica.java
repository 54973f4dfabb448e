package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.AgreementSnapshot;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.events.domain.ReplicatedAgreement;
import io.alliancehub.events.service.model.SignedAgreementView;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.kit.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The agreements signed at alliance events, from alliance.agreements.v1: agreement.signed that names
 * an event adds one; later snapshots of it (activated, terminated, …) keep its status current.
 * Agreements signed elsewhere are not kept.
 */
@ApplicationScoped
public class AgreementReplica {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        if (!(event.payload() instanceof AgreementSnapshot s)) {
            return;
        }
        ReplicatedAgreement a = ReplicatedAgreement.findById(s.agreementId());
        if (a == null) {
            if (!(s instanceof AgreementSigned signed)
                    || signed.signedAt() == null
                    || signed.signedAt().eventId() == null) {
                return;
            }
            a = new ReplicatedAgreement();
            a.id = s.agreementId();
            a.signedOn = signed.signedOn();
            a.signedAtEventId = signed.signedAt().eventId();
        } else if (s.version() <= a.sourceVersion) {
            return;
        }
        a.referenceNumber = s.referenceNumber();
        a.titleZh = s.title().zh();
        a.titleEn = s.title().en();
        a.type = s.type();
        a.status = s.status();
        a.visibility = s.visibility();
        a.partyOrganizations = s.parties().stream()
                .map(Party::organizationId)
                .filter(Objects::nonNull)
                .toArray(UUID[]::new);
        a.sourceVersion = s.version();
        a.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
    }

    /** The agreements signed at the event that the caller may see, by the same visibility rule as agreements-service. */
    public List<SignedAgreementView> signedAt(UUID eventId) {
        return ReplicatedAgreement.<ReplicatedAgreement>list(
                        "signedAtEventId", Sort.by("signedOn").and("referenceNumber"), eventId)
                .stream()
                .filter(this::canSee)
                .map(a -> new SignedAgreementView(
                        a.id, a.referenceNumber, LocalizedText.of(a.titleZh, a.titleEn), a.type, a.status, a.signedOn))
                .toList();
    }

    private boolean canSee(ReplicatedAgreement a) {
        if (caller.isAdmin()) {
            return true;
        }
        boolean party = caller.isMember()
                && caller.organizationId()
                        .map(own -> Arrays.asList(a.partyOrganizations).contains(own))
                        .orElse(false);
        return party
                || a.visibility == AgreementVisibility.PUBLIC
                || a.visibility == AgreementVisibility.MEMBERS && (caller.isMember() || caller.isPartner());
    }
}
