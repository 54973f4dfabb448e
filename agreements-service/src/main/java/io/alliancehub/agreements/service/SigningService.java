package io.alliancehub.agreements.service;

import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.PartyEntry;
import io.alliancehub.agreements.domain.Signing;
import io.alliancehub.agreements.service.model.AgreementView;
import io.alliancehub.agreements.service.model.DeclineRequest;
import io.alliancehub.agreements.service.model.SignatureRequest;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Each party signs for itself. A member signs for its own party only; the secretariat (admin)
 * records a member party's signature on its behalf with a reason, and records the signatures of
 * outside parties. A party named by another member may decline instead, which stops signing until
 * the text changes.
 */
@ApplicationScoped
public class SigningService {

    @Inject
    AgreementService agreements;

    @Inject
    EventReplica events;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional
    public AgreementView sign(UUID id, String ifMatch, SignatureRequest r) {
        Agreement a = agreements.visible(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, a.version);
        }
        int index = partyIndex(a, r.partyRole());
        PartyEntry party = a.parties.get(index);
        boolean onBehalf = actsFor(party, r.onBehalfReason());
        requireSignable(a);
        if (party.signature() != null) {
            throw ApiException.conflict(
                    "already-signed",
                    "Party has signed",
                    r.partyRole() + " signed on " + party.signature().signedOn() + "; a party signs once");
        }
        Signing.declined(a).ifPresent(d -> {
            throw ApiException.conflict(
                    "signing-stopped",
                    "Signing stopped",
                    d.role() + " declined to sign this text (" + d.declined().reason()
                            + "); change the text (PATCH) before anyone signs again");
        });
        List<PartyEntry.Signatory> signatories = party.signatories() == null ? List.of() : party.signatories();
        if (signatories.isEmpty()) {
            throw new ApiException(
                    422,
                    "no-signatory",
                    "Party has no signatory",
                    r.partyRole() + " lists no signatory; the party adds its signatories (PATCH) before signing",
                    List.of(new FieldError("partyRole", r.partyRole() + " has no signatory")));
        }
        if (r.signatory() >= signatories.size()) {
            throw refused(
                    "signatory",
                    r.partyRole() + " lists " + signatories.size() + " signatories (0 to " + (signatories.size() - 1)
                            + ")");
        }
        if (!Signing.plausible(r.signedOn(), agreements.today())) {
            throw refused("signedOn", "must not be in the future");
        }
        UUID eventId = r.signedAt() == null ? null : r.signedAt().eventId();
        if (eventId != null && events.find(eventId).isEmpty()) {
            throw new ApiException(
                    422,
                    "unknown-event",
                    "Unknown event",
                    "event " + eventId + " is not an alliance event known here",
                    List.of(new FieldError("signedAt.eventId", "unknown event " + eventId)));
        }
        String actor = caller.actor();
        OffsetDateTime now = AgreementService.now();
        PartyEntry.Signature signature = new PartyEntry.Signature(
                r.signatory(),
                r.signedOn(),
                r.signedAt() == null ? null : r.signedAt().place(),
                eventId,
                actor,
                onBehalf ? r.onBehalfReason() : null,
                now);
        AuditActor.as(actor, onBehalf ? r.onBehalfReason() : null, () -> {
            boolean complete = Signing.sign(a, index, signature, now);
            a.updatedAt = now;
            a.flush();
            outbox.publish(a.id, AgreementMapper.partySigned(a, a.parties.get(index), onBehalf, actor, now));
            if (complete) {
                outbox.publish(a.id, AgreementMapper.signed(a, actor, now));
            }
            return null;
        });
        return agreements.view(a);
    }

    @Transactional
    public AgreementView decline(UUID id, String ifMatch, DeclineRequest r) {
        Agreement a = agreements.visible(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, a.version);
        }
        int index = partyIndex(a, r.partyRole());
        if (!ownParty(a.parties.get(index)) && !caller.isAdmin()) {
            throw forbidden(a.parties.get(index));
        }
        requireSignable(a);
        String actor = caller.actor();
        OffsetDateTime now = AgreementService.now();
        AuditActor.as(actor, r.reason(), () -> {
            Signing.decline(a, index, new PartyEntry.Declined(r.reason(), actor, now), now);
            a.updatedAt = now;
            a.flush();
            return null;
        });
        return agreements.view(a);
    }

    private static ApiException refused(String field, String why) {
        return new ApiException(
                422,
                "invalid-signature",
                "Signature not accepted",
                field + ": " + why,
                List.of(new FieldError(field, why)));
    }

    private static int partyIndex(Agreement a, PartyRole role) {
        for (int i = 0; i < a.parties.size(); i++) {
            if (a.parties.get(i).role() == role) {
                if (!role.isPrincipal()
                        && a.parties.stream().filter(p -> p.role() == role).count() > 1) {
                    // witnesses and guarantors may repeat: the first that has not signed yet
                    int unsigned = firstUnsigned(a, role);
                    return unsigned < 0 ? i : unsigned;
                }
                return i;
            }
        }
        throw ApiException.invalidField("partyRole", "the agreement has no party " + role);
    }

    private static int firstUnsigned(Agreement a, PartyRole role) {
        for (int i = 0; i < a.parties.size(); i++) {
            if (a.parties.get(i).role() == role && a.parties.get(i).signature() == null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the caller may act for the party: a member token of the party's organisation (false:
     * its own act), or the secretariat (true: on the party's behalf — with a reason for a member
     * party). Anyone else: 403.
     */
    private boolean actsFor(PartyEntry party, String onBehalfReason) {
        if (ownParty(party)) {
            if (onBehalfReason != null) {
                throw ApiException.invalidField(
                        "onBehalfReason", "a party signs for itself; only the secretariat records on behalf");
            }
            return false;
        }
        if (!caller.isAdmin()) {
            throw forbidden(party);
        }
        if (party.organizationId() != null && (onBehalfReason == null || onBehalfReason.isBlank())) {
            throw ApiException.invalidField(
                    "onBehalfReason",
                    "the secretariat records a member party's signature with the reason or document reference");
        }
        return true;
    }

    /** A member token of the party's organisation (a partner system's org claim does not count). */
    private boolean ownParty(PartyEntry party) {
        return caller.isMember()
                && party.organizationId() != null
                && party.organizationId().equals(caller.organizationId().orElse(null));
    }

    private static ApiException forbidden(PartyEntry party) {
        return ApiException.forbidden("only the party itself"
                + (party.organizationId() == null
                        ? ""
                        : " (a member token of organisation " + party.organizationId() + ")")
                + " or the alliance secretariat acts for party " + party.role());
    }

    private static void requireSignable(Agreement a) {
        if (!Signing.isSignable(a.status)) {
            throw ApiException.conflict(
                    "not-signable",
                    "Not open for signing",
                    "the agreement is " + a.status + "; parties sign it in NEGOTIATION or SIGNING");
        }
    }
}
