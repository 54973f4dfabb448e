package io.alliancehub.agreements.messaging;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.MembersFixtures;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** members-service's events flag a party's live agreements when its membership ends, once, and publish it. */
@QuarkusTest
class PartyStandingTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTerminatedMembershipFlagsLiveAgreementsOnceAndARestoredOneClearsIt() throws Exception {
        UUID org = activeOrganization("被终止会员");
        UUID live = signedAgreement(org, "PUBLIC");
        UUID draft = agreement(org, "PUBLIC", false);
        UUID closed = signedAgreement(org, "PUBLIC");
        transition(closed, "TERMINATE").statusCode(200);

        String lapse = UUID.randomUUID().toString();
        MembershipStatusChanged lapsed = new MembershipStatusChanged(
                org,
                MembershipTier.MEMBER,
                MembershipStatus.ACTIVE,
                MembershipStatus.TERMINATED,
                "TERMINATE",
                "Expelled by council vote",
                "admin:secretariat",
                null,
                null,
                OffsetDateTime.now());
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            members.publish(lapse, org, lapsed);
            MembersFixtures.awaitReplica(org, MembershipStatus.TERMINATED);
            members.publish(lapse, org, lapsed); // redelivered: must not be applied again
        }
        for (UUID id : List.of(live, draft)) {
            given().auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agreements/" + id)
                    .then()
                    .statusCode(200)
                    .body("partyStanding", is("MEMBERSHIP_ENDED"))
                    .body("parties[0].standing", is("MEMBERSHIP_ENDED"))
                    .body("parties[1].standing", is("GOOD"));
        }
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/agreements/" + closed)
                .then()
                .body("partyStanding", is("GOOD"));

        // (the replica applies what members-service reports; members-service itself never revives a TERMINATED
        // membership)
        MembersFixtures.changeStatus(org, MembershipStatus.TERMINATED, MembershipStatus.ACTIVE);
        // that change went on the same key, behind the redelivered one: the redelivery has been handled by now,
        // and the apply log (no key on the event id) would hold a second row had it been applied again
        assertThat(AppliedEvents.applications(lapse))
                .as("the redelivered lapse")
                .isEqualTo(1);
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/agreements/" + live)
                .then()
                .body("partyStanding", is("GOOD"));

        // the restore is applied (live reads GOOD), and a standing change is written to the outbox in the transaction
        // that applies the members event: the outbox holds every change there will be, so its count is exact now
        assertThat(standingChangesWritten(List.of(live, draft, closed)))
                .as("ended and restored, for the two live agreements, once each")
                .isEqualTo(4);
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.AGREEMENTS)) {
            List<ConsumerRecord<String, CloudEvent>> changes = probe.await(
                    r -> r.value().getType().equals(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED)
                            && (r.key().equals(live.toString())
                                    || r.key().equals(draft.toString())
                                    || r.key().equals(closed.toString())),
                    4,
                    Duration.ofSeconds(30));
            assertThat(changes).as("all four published").hasSize(4);
            for (ConsumerRecord<String, CloudEvent> r : changes) {
                assertThat(EventSchemas.violations(
                                r.value().getType(), r.value().getData().toBytes()))
                        .isEmpty();
            }
            JsonNode first =
                    new ObjectMapper().readTree(changes.get(0).value().getData().toBytes());
            assertThat(first.get("oldStanding").asText()).isEqualTo("GOOD");
            assertThat(first.get("newStanding").asText()).isEqualTo("MEMBERSHIP_ENDED");
            assertThat(first.get("membershipStatus").asText()).isEqualTo("TERMINATED");
            assertThat(first.get("role").asText()).isEqualTo("PARTY_A");
        }
    }

    private long standingChangesWritten(List<UUID> agreements) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from outbox_event where event_type = ? and event_key = any(?)")) {
            ps.setString(1, EventTypes.AGREEMENT_PARTY_STANDING_CHANGED);
            ps.setArray(
                    2,
                    c.createArrayOf(
                            "varchar", agreements.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
