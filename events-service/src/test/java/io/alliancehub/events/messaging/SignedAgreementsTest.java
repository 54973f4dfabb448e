package io.alliancehub.events.messaging;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementActivated;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.agreements.SignedAt;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An event shows the agreements signed at it, as agreements-service announces them. */
@QuarkusTest
class SignedAgreementsTest {

    private static AgreementSigned signed(
            UUID id, String ref, AgreementVisibility visibility, List<Party> parties, UUID eventId) {
        return new AgreementSigned(
                id,
                5,
                ref,
                LocalizedText.of("三方框架协议", "Tripartite framework agreement"),
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.SIGNED,
                visibility,
                parties,
                List.of(),
                LocalDate.of(2019, 4, 13),
                null,
                null,
                0,
                LocalDate.of(2019, 4, 13),
                eventId == null ? new SignedAt("Wuxi", null) : new SignedAt("Wuxi", eventId),
                "admin:test",
                OffsetDateTime.now());
    }

    @Test
    void theAgreementsSignedAtAnEventAreListedByVisibility() {
        UUID organizer = activeOrganization("签约仪式主办方");
        UUID party = activeOrganization("协议乙方会员");
        UUID forum = event(organizer, 300, "PUBLIC", "PUBLISH");
        UUID open = UUID.randomUUID();
        UUID membersOnly = UUID.randomUUID();
        UUID partiesOnly = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        List<Party> parties =
                List.of(Party.member(organizer, PartyRole.PARTY_A), Party.member(party, PartyRole.PARTY_B));
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            publisher.publish(open, signed(open, "WX-2019-A", AgreementVisibility.PUBLIC, parties, forum));
            publisher.publish(
                    membersOnly, signed(membersOnly, "WX-2019-B", AgreementVisibility.MEMBERS, parties, forum));
            publisher.publish(
                    partiesOnly, signed(partiesOnly, "WX-2019-C", AgreementVisibility.PARTIES, parties, forum));
            publisher.publish(elsewhere, signed(elsewhere, "WX-2019-D", AgreementVisibility.PUBLIC, parties, null));
            publisher.publish(
                    open,
                    new AgreementActivated(
                            open,
                            6,
                            "WX-2019-A",
                            LocalizedText.en("Tripartite framework agreement"),
                            AgreementType.FRAMEWORK_AGREEMENT,
                            AgreementStatus.ACTIVE,
                            AgreementVisibility.PUBLIC,
                            parties,
                            List.of(),
                            LocalDate.of(2019, 4, 13),
                            null,
                            null,
                            0,
                            "system:scheduler",
                            OffsetDateTime.now()));
        }
        String path = "/api/v1/events/" + forum + "/agreements";
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.admin())
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("referenceNumber", contains("WX-2019-A", "WX-2019-B", "WX-2019-C"))
                        .body("status", contains("ACTIVE", "SIGNED", "SIGNED")));
        given().get(path).then().statusCode(200).body("referenceNumber", contains("WX-2019-A"));
        given().auth()
                .oauth2(TestTokens.partner())
                .get(path)
                .then()
                .body("referenceNumber", contains("WX-2019-A", "WX-2019-B"));
        given().auth()
                .oauth2(TestTokens.member(party))
                .get(path)
                .then()
                .body("referenceNumber", contains("WX-2019-A", "WX-2019-B", "WX-2019-C"));
        given().get("/api/v1/events/" + UUID.randomUUID() + "/agreements")
                .then()
                .statusCode(404);
    }
}
