package io.alliancehub.agreements.service;

import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.AgreementStateMachine;
import io.alliancehub.agreements.domain.PartyEntry;
import io.alliancehub.agreements.domain.Signing;
import io.alliancehub.agreements.service.model.AgreementRequest;
import io.alliancehub.agreements.service.model.AgreementView;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementActivated;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementCompleted;
import io.alliancehub.contracts.events.agreements.AgreementDrafted;
import io.alliancehub.contracts.events.agreements.AgreementExpired;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.AgreementPartySigned;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.AgreementTerminated;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.agreements.SignedAt;
import io.alliancehub.kit.replica.ReplicatedOrganization;
import io.alliancehub.kit.text.SearchText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Agreement ⇄ API documents ⇄ event payloads. Events carry parties by id or name and role, never signatories. */
final class AgreementMapper {

    private AgreementMapper() {}

    static AgreementView view(Agreement a, Map<UUID, ReplicatedOrganization> members) {
        List<AgreementView.PartyView> parties = a.parties.stream()
                .map(p -> {
                    ReplicatedOrganization o = p.organizationId() == null ? null : members.get(p.organizationId());
                    LocalizedText name =
                            p.name() != null ? p.name() : o == null ? null : LocalizedText.of(o.nameZh, o.nameEn);
                    return new AgreementView.PartyView(
                            p.organizationId(),
                            name,
                            p.role(),
                            signatories(p),
                            p.standing(),
                            signature(p.signature()),
                            p.declined() == null
                                    ? null
                                    : new AgreementView.DeclineView(
                                            p.declined().reason(),
                                            p.declined().by(),
                                            p.declined().at()));
                })
                .toList();
        return new AgreementView(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                AgreementStateMachine.allowedActions(a.status),
                a.visibility,
                parties,
                standing(a),
                fields(a),
                List.copyOf(a.deliverables),
                a.effectiveFrom,
                a.effectiveTo,
                a.signedOn,
                a.signedAtPlace == null && a.signedAtEventId == null
                        ? null
                        : new AgreementView.SignedAtView(a.signedAtPlace, a.signedAtEventId),
                a.amendsId,
                a.amendmentNumber,
                a.summaryZh == null && a.summaryEn == null ? null : LocalizedText.of(a.summaryZh, a.summaryEn),
                a.terminationReason,
                signing(a),
                a.activatedBy,
                a.completedBy,
                a.terminatedBy,
                a.createdAt,
                a.updatedAt);
    }

    private static AgreementView.SignatureView signature(PartyEntry.Signature s) {
        if (s == null) {
            return null;
        }
        return new AgreementView.SignatureView(
                s.signatory(),
                s.signedOn(),
                s.place() == null && s.eventId() == null
                        ? null
                        : new AgreementView.SignedAtView(s.place(), s.eventId()),
                s.recordedBy(),
                s.onBehalfReason(),
                s.recordedAt());
    }

    /** Present from NEGOTIATION on (and wherever signatures were voided): who has signed the present text. */
    private static AgreementView.SigningView signing(Agreement a) {
        boolean shown = a.status != AgreementStatus.DRAFT && a.status != AgreementStatus.UNDER_REVIEW
                || a.signaturesVoidedAt != null;
        if (!shown) {
            return null;
        }
        return new AgreementView.SigningView(
                Signing.required(a),
                Signing.collected(a),
                Signing.pending(a),
                a.signaturesVoidedAt,
                a.signaturesVoidedNote);
    }

    static AgreementPartySigned partySigned(
            Agreement a, PartyEntry p, boolean onBehalf, String actor, OffsetDateTime at) {
        PartyEntry.Signature s = p.signature();
        return new AgreementPartySigned(
                a.id,
                a.version,
                a.referenceNumber,
                new Party(p.organizationId(), p.name(), p.role()),
                s.signedOn(),
                s.place() == null && s.eventId() == null ? null : new SignedAt(s.place(), s.eventId()),
                onBehalf,
                Signing.collected(a),
                Signing.required(a),
                actor,
                at);
    }

    /** The writable document: what a merge patch or an amendment applies to. */
    static AgreementRequest writable(Agreement a) {
        return new AgreementRequest(
                a.referenceNumber,
                title(a),
                a.type,
                a.parties.stream()
                        .map(p -> new AgreementRequest.PartyRequest(
                                p.organizationId(), p.name(), p.role(), signatories(p)))
                        .toList(),
                fields(a),
                List.copyOf(a.deliverables),
                a.effectiveFrom,
                a.effectiveTo,
                a.visibility);
    }

    static void apply(AgreementRequest r, Agreement a) {
        a.referenceNumber = r.referenceNumber();
        a.titleZh = r.title().zh();
        a.titleEn = r.title().en();
        a.type = r.type();
        List<PartyEntry> parties = new ArrayList<>();
        for (AgreementRequest.PartyRequest p : r.parties()) {
            PartyStanding standing = a.parties.stream()
                    .filter(old ->
                            Objects.equals(old.organizationId(), p.organizationId()) && p.organizationId() != null)
                    .map(PartyEntry::standing)
                    .findFirst()
                    .orElse(PartyStanding.GOOD);
            parties.add(new PartyEntry(
                    p.organizationId(),
                    p.organizationId() == null ? p.name() : null,
                    p.role(),
                    p.signatories() == null
                            ? List.of()
                            : p.signatories().stream()
                                    .map(s -> new PartyEntry.Signatory(s.name(), s.title()))
                                    .toList(),
                    standing,
                    null,
                    null));
        }
        a.parties = parties;
        a.partyOrganizations = parties.stream()
                .map(PartyEntry::organizationId)
                .filter(Objects::nonNull)
                .toArray(UUID[]::new);
        a.fields = r.fields() == null
                ? new String[0]
                : r.fields().stream().distinct().map(Field::name).toArray(String[]::new);
        a.deliverables = r.deliverables() == null ? new ArrayList<>() : new ArrayList<>(r.deliverables());
        a.effectiveFrom = r.effectiveFrom();
        a.effectiveTo = r.effectiveTo();
        a.visibility = r.visibility();
        a.searchText = searchText(a, Map.of());
    }

    /** MEMBERSHIP_ENDED when any member party's membership ended, else GOOD. */
    static PartyStanding standing(Agreement a) {
        return a.parties.stream().anyMatch(p -> p.standing() == PartyStanding.MEMBERSHIP_ENDED)
                ? PartyStanding.MEMBERSHIP_ENDED
                : PartyStanding.GOOD;
    }

    static AgreementDrafted drafted(Agreement a, String actor, OffsetDateTime at) {
        return new AgreementDrafted(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                actor,
                at);
    }

    static AgreementAmended amended(Agreement a, String actor, OffsetDateTime at) {
        String summary = a.summaryEn != null && a.summaryZh != null
                ? a.summaryZh + " / " + a.summaryEn
                : a.summaryZh != null ? a.summaryZh : a.summaryEn;
        return new AgreementAmended(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                summary,
                actor,
                at);
    }

    static AgreementSigned signed(Agreement a, String actor, OffsetDateTime at) {
        return new AgreementSigned(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                a.signedOn,
                a.signedAtPlace == null && a.signedAtEventId == null
                        ? null
                        : new SignedAt(a.signedAtPlace, a.signedAtEventId),
                actor,
                at);
    }

    static AgreementActivated activated(Agreement a, String actor, OffsetDateTime at) {
        return new AgreementActivated(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                actor,
                at);
    }

    static AgreementCompleted completed(Agreement a, String actor, OffsetDateTime at) {
        return new AgreementCompleted(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                actor,
                at);
    }

    static AgreementTerminated terminated(Agreement a, String actor, OffsetDateTime at) {
        return new AgreementTerminated(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                a.terminationReason,
                actor,
                at);
    }

    static AgreementExpiring expiring(Agreement a, int daysLeft, OffsetDateTime at) {
        return new AgreementExpiring(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                daysLeft,
                at);
    }

    static AgreementExpired expired(Agreement a, OffsetDateTime at) {
        return new AgreementExpired(
                a.id,
                a.version,
                a.referenceNumber,
                title(a),
                a.type,
                a.status,
                a.visibility,
                parties(a),
                fields(a),
                a.effectiveFrom,
                a.effectiveTo,
                a.amendsId,
                a.amendmentNumber,
                at);
    }

    static LocalizedText title(Agreement a) {
        return LocalizedText.of(a.titleZh, a.titleEn);
    }

    private static List<Party> parties(Agreement a) {
        return a.parties.stream()
                .map(p -> new Party(p.organizationId(), p.name(), p.role()))
                .toList();
    }

    private static List<Field> fields(Agreement a) {
        return a.fields == null
                ? List.of()
                : Arrays.stream(a.fields).map(Field::valueOf).toList();
    }

    static List<AgreementRequest.SignatoryRequest> signatories(PartyEntry p) {
        return p.signatories() == null
                ? List.of()
                : p.signatories().stream()
                        .map(s -> new AgreementRequest.SignatoryRequest(s.name(), s.title()))
                        .toList();
    }

    /**
     * What a q search matches: reference number, titles and the parties' names (outside parties' own,
     * member parties' from the members replica at the time of writing). Also rebuilt at start when
     * SearchText changes.
     */
    static String searchText(Agreement a, Map<UUID, ReplicatedOrganization> members) {
        List<String> texts = new ArrayList<>(List.of(Objects.toString(a.referenceNumber, "")));
        texts.add(a.titleZh);
        texts.add(a.titleEn);
        for (PartyEntry p : a.parties) {
            LocalizedText name = p.name();
            ReplicatedOrganization o = p.organizationId() == null ? null : members.get(p.organizationId());
            if (name == null && o != null) {
                name = LocalizedText.of(o.nameZh, o.nameEn);
            }
            if (name != null) {
                texts.add(name.zh());
                texts.add(name.en());
            }
        }
        return SearchText.of(texts.toArray(String[]::new));
    }
}
