package io.alliancehub.contracts.access;

import static io.alliancehub.contracts.access.AgreementAccess.Reader.ADMIN;
import static io.alliancehub.contracts.access.AgreementAccess.Reader.ANONYMOUS;
import static io.alliancehub.contracts.access.AgreementAccess.Reader.MEMBER;
import static io.alliancehub.contracts.access.AgreementAccess.Reader.PARTNER;
import static io.alliancehub.contracts.codes.AgreementVisibility.MEMBERS;
import static io.alliancehub.contracts.codes.AgreementVisibility.PARTIES;
import static io.alliancehub.contracts.codes.AgreementVisibility.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.AgreementStatus;
import org.junit.jupiter.api.Test;

class AgreementAccessTest {

    @Test
    void publishedAgreementsAreReadByVisibility() {
        AgreementStatus signed = AgreementStatus.SIGNED;
        assertThat(AgreementAccess.readable(signed, PUBLIC, ANONYMOUS, false)).isTrue();
        assertThat(AgreementAccess.readable(signed, MEMBERS, ANONYMOUS, false)).isFalse();
        assertThat(AgreementAccess.readable(signed, MEMBERS, MEMBER, false)).isTrue();
        assertThat(AgreementAccess.readable(signed, MEMBERS, PARTNER, false)).isTrue();
        assertThat(AgreementAccess.readable(signed, PARTIES, PARTNER, false)).isFalse();
        assertThat(AgreementAccess.readable(signed, PARTIES, MEMBER, false)).isFalse();
        assertThat(AgreementAccess.readable(signed, PARTIES, MEMBER, true)).isTrue();
        assertThat(AgreementAccess.readable(signed, PARTIES, ADMIN, false)).isTrue();
    }

    @Test
    void unpublishedAgreementsAreTheSecretariatsAndTheParties() {
        for (AgreementStatus s : AgreementAccess.UNPUBLISHED) {
            assertThat(AgreementAccess.readable(s, PUBLIC, PARTNER, false))
                    .as(s.name())
                    .isFalse();
            assertThat(AgreementAccess.readable(s, PUBLIC, MEMBER, true))
                    .as(s.name())
                    .isTrue();
            assertThat(AgreementAccess.readable(s, PUBLIC, ADMIN, false))
                    .as(s.name())
                    .isTrue();
        }
        assertThat(AgreementAccess.UNPUBLISHED).doesNotContain(AgreementStatus.SIGNED, AgreementStatus.ACTIVE);
        assertThat(AgreementAccess.readable(null, PUBLIC, PARTNER, false)).isFalse();
        assertThat(AgreementAccess.readable(AgreementStatus.ACTIVE, null, PARTNER, false))
                .isFalse();
    }
}
