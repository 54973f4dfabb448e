package io.alliancehub.events.messaging;

import static io.alliancehub.events.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import io.alliancehub.kit.replica.ReplicatedOrganization;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.MembersFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** The organisation replica, fed by members-service's events on the real (in-JVM) broker. */
@QuarkusTest
class OrganizationReplicaTest {

    @Test
    void anOrganisationRegisteredInMembersServiceBecomesUsableAsOrganiser() {
        UUID id = UUID.randomUUID();
        int year = OffsetDateTime.now().getYear() + 1;
        String json = eventJson(id, year + "-05-01T09:00:00+08:00", year + "-05-01T17:00:00+08:00", 100, "PUBLIC");
        createEvent(json).statusCode(422).body("errors[0].field", org.hamcrest.Matchers.is("organizers[0]"));

        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            members.publish(
                    id,
                    new OrganizationRegistered(
                            id,
                            0,
                            LocalizedText.of("博雅控股集团", "Boya Holding Group"),
                            null,
                            Sector.ENTERPRISE,
                            "91320200MA149MQEP9",
                            "CN",
                            "Jiangsu",
                            "Wuxi",
                            List.of(),
                            MembershipTier.INITIATOR,
                            MembershipStatus.APPLIED,
                            null,
                            null));
        }
        awaitReplica(id, MembershipStatus.APPLIED);
        createEvent(json).statusCode(201);
        ReplicatedOrganization o = QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(id));
        assertThat(o.nameZh).isEqualTo("博雅控股集团");
        assertThat(o.sector).isEqualTo(Sector.ENTERPRISE);
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndStaleSnapshotsAreIgnored() {
        UUID id = organization("重投测试", MembershipStatus.ACTIVE);
        String suspendId = UUID.randomUUID().toString();
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            MembershipStatusChanged suspend = new MembershipStatusChanged(
                    id,
                    MembershipTier.MEMBER,
                    MembershipStatus.ACTIVE,
                    MembershipStatus.SUSPENDED,
                    "SUSPEND",
                    null,
                    "admin:test",
                    null,
                    null,
                    OffsetDateTime.now());
            members.publish(suspendId, id, suspend);
            awaitReplica(id, MembershipStatus.SUSPENDED);
            members.publish(
                    id,
                    new MembershipStatusChanged(
                            id,
                            MembershipTier.MEMBER,
                            MembershipStatus.SUSPENDED,
                            MembershipStatus.ACTIVE,
                            "REINSTATE",
                            null,
                            "admin:test",
                            null,
                            null,
                            OffsetDateTime.now()));
            awaitReplica(id, MembershipStatus.ACTIVE);
            // the broker redelivers the SUSPEND (same ce_id): the inbox skips it, the organisation stays ACTIVE
            members.publish(suspendId, id, suspend);
            // and an older snapshot arriving late does not roll the name back
            members.publish(
                    id,
                    new OrganizationUpdated(
                            id,
                            5,
                            LocalizedText.of("新名", "New name"),
                            null,
                            Sector.ENTERPRISE,
                            null,
                            "CN",
                            null,
                            null,
                            List.of(),
                            MembershipTier.MEMBER,
                            MembershipStatus.ACTIVE,
                            List.of("name"),
                            null,
                            null));
            members.publish(
                    id,
                    new OrganizationUpdated(
                            id,
                            4,
                            LocalizedText.of("旧名", "Old name"),
                            null,
                            Sector.ENTERPRISE,
                            null,
                            "CN",
                            null,
                            null,
                            List.of(),
                            MembershipTier.MEMBER,
                            MembershipStatus.ACTIVE,
                            List.of("name"),
                            null,
                            null));
            String marker = members.publish(
                    id,
                    new MembershipStatusChanged(
                            id,
                            MembershipTier.MEMBER,
                            MembershipStatus.ACTIVE,
                            MembershipStatus.ACTIVE,
                            "RENEW",
                            null,
                            "admin:test",
                            null,
                            null,
                            OffsetDateTime.now()));
            AppliedEvents.await(marker);
        }
        ReplicatedOrganization o = QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(id));
        assertThat(o.membershipStatus).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(o.nameZh).isEqualTo("新名");
        assertThat(o.sourceVersion).isEqualTo(5);
        // the apply log has no key on the event id: a second application of the SUSPEND would be a second row
        // (the inbox's own row is one per event by its primary key, so it could not show one)
        assertThat(AppliedEvents.applications(suspendId))
                .as("the redelivered SUSPEND was not applied again")
                .isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        UUID poisonKey = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            members.publishRaw(
                    Topics.MEMBERS,
                    EventTypes.ORGANIZATION_REGISTERED,
                    poisonKey,
                    "{\"organizationId\": \"not-a-uuid\"");
            // on the poison message's key, so on its partition, behind it: consumption must get past it
            members.publish(
                    UUID.randomUUID().toString(), poisonKey, MembersFixtures.registered(next, "After the poison"));
        }
        awaitReplica(next, MembershipStatus.APPLIED);

        List<ConsumerRecord<String, String>> found = deadLettered(poisonKey.toString());
        assertThat(found).hasSize(1);
        ConsumerRecord<String, String> dead = found.get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("does not match its contract");
        assertThat(dead.headers().lastHeader("ce_type"))
                .as("the original CloudEvents headers travel along")
                .isNotNull();
        ReplicatedOrganization poisoned =
                QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(poisonKey));
        assertThat(poisoned).isNull();
    }

    @Test
    void aPollsEventsAreAppliedInOneTransaction() {
        UUID key = UUID.randomUUID();
        List<Object> payloads = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            payloads.add(MembersFixtures.registered(id, "Batch " + i));
        }
        List<String> eventIds;
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            eventIds = members.publishTogether(key, payloads);
        }
        AppliedEvents.await(eventIds.get(eventIds.size() - 1));
        ids.forEach(id -> awaitReplica(id, MembershipStatus.APPLIED));
        // one record batch on the broker, one poll, one transaction (a consumer applying each event in a
        // transaction of its own claims them at 10 different times)
        assertThat(AppliedEvents.transactions(eventIds)).isEqualTo(1);
        eventIds.forEach(e -> assertThat(AppliedEvents.applications(e)).isEqualTo(1));
    }

    @Test
    void aPollThatTouchesAnOrganisationTwiceAppliesBothInOrder() {
        // the poll's rows are read once, before its first event: the second event of an organisation must see what
        // the first did to it, whether the row was read (known) or added by that first event (fresh)
        UUID known = organization("批内已知", MembershipStatus.ACTIVE);
        UUID fresh = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        List<String> eventIds;
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            eventIds = members.publishTogether(
                    key,
                    List.of(
                            MembersFixtures.registered(fresh, "Fresh in this poll"),
                            MembersFixtures.statusChanged(fresh, MembershipStatus.APPLIED, MembershipStatus.ACTIVE),
                            MembersFixtures.statusChanged(known, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED),
                            MembersFixtures.statusChanged(
                                    known, MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN),
                            MembersFixtures.statusChanged(fresh, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED)));
        }
        AppliedEvents.await(eventIds.get(eventIds.size() - 1));
        assertThat(AppliedEvents.transactions(eventIds)).isEqualTo(1);
        ReplicatedOrganization f = QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(fresh));
        ReplicatedOrganization k = QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(known));
        assertThat(f.membershipStatus).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(f.nameEn).startsWith("Fresh in this poll");
        // its last status, different from the one it had and the one between: both events applied, in order
        assertThat(k.membershipStatus).isEqualTo(MembershipStatus.WITHDRAWN);
    }

    @Test
    void aHandlerFailureInAPollDeadLettersThatEventAloneAndTheRestAreAppliedOnce() throws Exception {
        UUID key = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        // binds to its contract, but the replica cannot store it: names longer than organization_replica's
        // varchar(200), so the poll's transaction fails when it flushes
        OrganizationRegistered unstorable = MembersFixtures.registered(failing, "长".repeat(201));
        List<String> eventIds;
        try (CloudEventsPublisher members = new CloudEventsPublisher()) {
            eventIds = members.publishTogether(
                    key,
                    List.of(
                            MembersFixtures.registered(before, "Before the failure"),
                            unstorable,
                            MembersFixtures.registered(after, "After it")));
        }
        awaitReplica(before, MembershipStatus.APPLIED);
        awaitReplica(after, MembershipStatus.APPLIED);
        assertThat(AppliedEvents.applications(eventIds.get(0))).isEqualTo(1);
        assertThat(AppliedEvents.applications(eventIds.get(2))).isEqualTo(1);
        assertThat(AppliedEvents.applications(eventIds.get(1))).isZero();
        assertThat(deadLettered(key.toString()))
                .as("only the failing event is on the dead-letter topic")
                .extracting(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .containsExactly(eventIds.get(1));
        ReplicatedOrganization notStored =
                QuarkusTransaction.requiringNew().call(() -> ReplicatedOrganization.findById(failing));
        assertThat(notStored).isNull();
    }

    /** The dead-letter topic's records with this key, after waiting up to 30 s for the first. */
    private static List<ConsumerRecord<String, String>> deadLettered(String key) {
        try (KafkaConsumer<String, String> dlt = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dlt-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            dlt.subscribe(List.of(Topics.deadLetter(Topics.MEMBERS)));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                int had = found.size();
                dlt.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                if (!found.isEmpty() && found.size() == had) {
                    return found; // a poll with nothing more for this key after the first
                }
            }
            return found;
        }
    }
}
