package io.alliancehub.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing party by party, as plain rules: no Quarkus, no database. */
class SigningTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static Agreement threeParties() {
        Agreement a = new Agreement();
        a.status = AgreementStatus.NEGOTIATION;
        a.parties = List.of(party(PartyRole.PARTY_A), party(PartyRole.PARTY_B), party(PartyRole.PARTY_C));
        return a;
    }

    static PartyEntry party(PartyRole role) {
        return new PartyEntry(
                UUID.randomUUID(),
                LocalizedText.en(role.name()),
                role,
                List.of(new PartyEntry.Signatory(LocalizedText.en("Signatory"), null)),
                PartyStanding.GOOD,
                null,
                null);
    }

    static PartyEntry.Signature signature(LocalDate on, String place) {
        return new PartyEntry.Signature(0, on, place, null, "member:x", null, NOW);
    }

    @Test
    void theFirstSignatureMovesToSigningAndTheLastToSignedWithItsDateAndPlace() {
        Agreement a = threeParties();
        assertThat(Signing.required(a)).isEqualTo(3);
        assertThat(Signing.sign(a, 1, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW))
                .isFalse();
        assertThat(a.status).isEqualTo(AgreementStatus.SIGNING);
        assertThat(a.statusChangedAt).isEqualTo(NOW);
        assertThat(Signing.collected(a)).isEqualTo(1);
        assertThat(Signing.pending(a)).containsExactly(PartyRole.PARTY_A, PartyRole.PARTY_C);

        OffsetDateTime later = NOW.plusHours(1);
        assertThat(Signing.sign(a, 0, signature(LocalDate.of(2026, 4, 22), "Wuxi"), later))
                .isFalse();
        assertThat(a.statusChangedAt)
                .as("SIGNING → SIGNING is no change of status")
                .isEqualTo(NOW);
        assertThat(a.signedOn).isNull();

        assertThat(Signing.sign(a, 2, signature(LocalDate.of(2026, 4, 21), "Suzhou"), later))
                .isTrue();
        assertThat(a.status).isEqualTo(AgreementStatus.SIGNED);
        assertThat(a.statusChangedAt).isEqualTo(later);
        assertThat(Signing.pending(a)).isEmpty();
        assertThat(a.signedOn).as("the latest day of all signatures").isEqualTo(LocalDate.of(2026, 4, 22));
        assertThat(a.signedAtPlace)
                .as("the place of the signature that completed it")
                .isEqualTo("Suzhou");
    }

    @Test
    void aDeclineVoidsTheSignaturesAndReturnsToNegotiation() {
        Agreement a = threeParties();
        Signing.sign(a, 0, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW);
        Signing.sign(a, 1, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW);
        OffsetDateTime later = NOW.plusDays(1);
        int voided = Signing.decline(a, 2, new PartyEntry.Declined("Clause 4 unacceptable", "member:c", later), later);
        assertThat(voided).isEqualTo(2);
        assertThat(Signing.collected(a)).isZero();
        assertThat(a.status).isEqualTo(AgreementStatus.NEGOTIATION);
        assertThat(a.statusChangedAt).isEqualTo(later);
        assertThat(a.signaturesVoidedAt).isEqualTo(later);
        assertThat(a.signaturesVoidedNote).isEqualTo("PARTY_C declined to sign: Clause 4 unacceptable");
        assertThat(Signing.declined(a)).get().extracting(PartyEntry::role).isEqualTo(PartyRole.PARTY_C);
    }

    @Test
    void aChangedTextVoidsSignaturesAndRefusalsAndSaysHowManyThereWere() {
        Agreement a = threeParties();
        Signing.sign(a, 0, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW);
        a.parties = List.of(
                a.parties.get(0),
                a.parties.get(1).withDeclined(new PartyEntry.Declined("no", "member:b", NOW)),
                a.parties.get(2));
        assertThat(Signing.textChanged(a, NOW)).isEqualTo(1);
        assertThat(a.signaturesVoidedNote).isEqualTo("the text changed after 1 of 3 signatures");
        assertThat(Signing.declined(a)).isEmpty();
        assertThat(a.status).isEqualTo(AgreementStatus.NEGOTIATION);
    }

    @Test
    void voidingNothingLeavesNoNoteAndANegotiationAlone() {
        Agreement a = threeParties();
        assertThat(Signing.voidAll(a, "nothing", NOW)).isZero();
        assertThat(a.signaturesVoidedAt).isNull();
        assertThat(a.signaturesVoidedNote).isNull();
        assertThat(a.statusChangedAt).as("NEGOTIATION stays as it is").isNull();
    }

    @Test
    void aLongReasonIsCutTo500Characters() {
        Agreement a = threeParties();
        Signing.sign(a, 0, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW);
        Signing.voidAll(a, "x".repeat(501), NOW);
        assertThat(a.signaturesVoidedNote).hasSize(500);
        Signing.sign(a, 0, signature(LocalDate.of(2026, 4, 20), "Dalian"), NOW);
        Signing.voidAll(a, "y".repeat(500), NOW);
        assertThat(a.signaturesVoidedNote).hasSize(500).startsWith("y");
    }

    @Test
    void onlyNegotiationAndSigningAreSignableAndNoSignatureIsDatedInTheFuture() {
        for (AgreementStatus s : AgreementStatus.values()) {
            assertThat(Signing.isSignable(s))
                    .as(s.name())
                    .isEqualTo(s == AgreementStatus.NEGOTIATION || s == AgreementStatus.SIGNING);
        }
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(Signing.plausible(today, today)).isTrue();
        assertThat(Signing.plausible(today.minusDays(1), today)).isTrue();
        assertThat(Signing.plausible(today.plusDays(1), today)).isFalse();
        assertThat(Signing.plausible(null, today)).isFalse();
        assertThat(Signing.MAX_PRINCIPAL_PARTIES).isEqualTo(10);
    }

    @Test
    void aMilestoneIsOpenUntilDoneAndAPartysStandingIsReplacedAlone() {
        for (io.alliancehub.contracts.codes.MilestoneStatus s :
                io.alliancehub.contracts.codes.MilestoneStatus.values()) {
            assertThat(MilestoneRules.isOpen(s))
                    .as(s.name())
                    .isEqualTo(s != io.alliancehub.contracts.codes.MilestoneStatus.DONE);
        }
        PartyEntry p = party(PartyRole.PARTY_A);
        PartyEntry ended = p.withStanding(PartyStanding.MEMBERSHIP_ENDED);
        assertThat(ended.standing()).isEqualTo(PartyStanding.MEMBERSHIP_ENDED);
        assertThat(ended.withStanding(PartyStanding.GOOD)).isEqualTo(p);
    }
}
