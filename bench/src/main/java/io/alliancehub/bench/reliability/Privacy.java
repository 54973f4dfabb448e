package io.alliancehub.bench.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Personal data — a contact's e-mail and phone, an attendee's e-mail — appears only for the callers
 * who may see it, in JSON and CSV answers alike, and never in an event on Kafka (events carry ids,
 * names of organisations and states, not people's contact details).
 */
final class Privacy {

    record Check(String what, String caller, boolean maySee, int status, boolean sees) {
        boolean ok() {
            return maySee ? status == 200 && sees : !sees;
        }
    }

    final List<Check> checks = new ArrayList<>();
    long kafkaRecordsScanned;
    final List<String> kafkaLeaks = new ArrayList<>();

    void run(Api api, Fixtures f, Tokens tokens, String kafkaBootstrap) throws Exception {
        String a = tokens.member("member-a-" + f.run, UUID.fromString(f.id("orgA")));
        String b = tokens.member("member-b-" + f.run, UUID.fromString(f.id("orgB")));
        String p = tokens.partner("partner-" + f.run);
        String admin = tokens.admin("admin-" + f.run);
        String contacts = "/api/v1/organizations/" + f.id("orgA") + "/contacts";
        String contact = contacts + "/" + f.id("contactA");
        String registrations = "/api/v1/events/" + f.id("event") + "/registrations";
        List<String> contactData = List.of(f.contactEmail, f.contactPhone);
        List<String> attendeeData = List.of(f.attendeeEmail);
        // PA: a partner system whose token carries A's org claim; the claim gives member rights to member tokens only
        String pa = tokens.partnerWithOrg("partner-org-a-" + f.run, UUID.fromString(f.id("orgA")));
        Object[][] callers = {{"AN", null}, {"A", a}, {"B", b}, {"P", p}, {"PA", pa}, {"AD", admin}};
        for (Object[] c : callers) {
            String who = (String) c[0];
            String token = (String) c[1];
            boolean ownOrAdmin = who.equals("A") || who.equals("AD");
            check(api, "contacts of A (JSON)", who, token, contacts, "application/json", ownOrAdmin, contactData);
            check(api, "a contact of A", who, token, contact, "application/json", ownOrAdmin, contactData);
            check(
                    api,
                    "committee with A's contact in a seat",
                    who,
                    token,
                    "/api/v1/committees/" + f.id("committee"),
                    "application/json",
                    false,
                    contactData);
            check(
                    api,
                    "organisations export (CSV)",
                    who,
                    token,
                    "/api/v1/organizations?q=" + f.run,
                    "text/csv",
                    false,
                    contactData);
            check(
                    api,
                    "organisation A's history",
                    who,
                    token,
                    "/api/v1/organizations/" + f.id("orgA") + "/history",
                    "application/json",
                    false,
                    contactData);
            if (token != null) {
                check(
                        api,
                        "registrations of the event (JSON)",
                        who,
                        token,
                        registrations,
                        "application/json",
                        ownOrAdmin,
                        attendeeData);
                check(
                        api,
                        "registrations of the event (CSV)",
                        who,
                        token,
                        registrations,
                        "text/csv",
                        ownOrAdmin,
                        attendeeData);
                check(
                        api,
                        "A's registration",
                        who,
                        token,
                        registrations + "/" + f.id("registration"),
                        "application/json",
                        ownOrAdmin,
                        attendeeData);
            }
        }
        for (Object[] c : callers) {
            String who = (String) c[0];
            check(
                    api,
                    "a contact's history",
                    who,
                    (String) c[1],
                    contact + "/history",
                    "application/json",
                    who.equals("A") || who.equals("AD"),
                    List.of(f.contactPhone));
        }
        scanKafka(kafkaBootstrap, List.of(f.contactEmail, f.contactPhone, f.attendeeEmail));
    }

    private void check(
            Api api,
            String what,
            String who,
            String token,
            String path,
            String accept,
            boolean maySee,
            List<String> secrets)
            throws Exception {
        Api.Answer answer = api.call("GET", path, token, Map.of("Accept", accept), null);
        boolean sees = secrets.stream()
                .anyMatch(s -> answer.body() != null && answer.body().contains(s));
        checks.add(new Check(what, who, maySee, answer.status(), sees));
    }

    /** Reads every topic from the beginning and looks for the fixtures' personal data in values and headers. */
    private void scanKafka(String bootstrap, List<String> secrets) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (!topic.startsWith("__")) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    kafkaRecordsScanned++;
                    StringBuilder text =
                            new StringBuilder(r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
                    for (Header h : r.headers()) {
                        text.append(' ').append(new String(h.value(), StandardCharsets.UTF_8));
                    }
                    for (String s : secrets) {
                        if (text.indexOf(s) >= 0) {
                            kafkaLeaks.add(r.topic() + "@" + r.offset() + " carries " + s);
                        }
                    }
                }
            }
            // a scan cut short by its deadline has not looked at everything: that is a failure, not a pass
            partitions.stream()
                    .filter(tp -> consumer.position(tp) < end.get(tp))
                    .forEach(tp -> kafkaLeaks.add(tp + " not scanned to its end ("
                            + (end.get(tp) - consumer.position(tp)) + " records left) within 60 s"));
        }
    }

    long failures() {
        return checks.stream().filter(c -> !c.ok()).count() + kafkaLeaks.size();
    }
}
