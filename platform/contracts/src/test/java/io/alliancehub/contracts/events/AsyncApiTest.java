package io.alliancehub.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AsyncApiTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static String text;
    static JsonNode doc;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SchemaPaths.open(SchemaPaths.ASYNCAPI)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        doc = YAML.readTree(text);
    }

    static Stream<EventDescriptor> entries() {
        return EventCatalog.all().stream();
    }

    @Test
    void documentHeader() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Alliance Hub events");
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        JsonNode server = doc.path("servers").path("kafka");
        assertThat(server.path("protocol").asText()).isEqualTo("kafka");
        assertThat(server.path("host").asText()).isEqualTo("{bootstrap}");
        assertThat(server.path("variables").path("bootstrap").path("default").asText())
                .isNotBlank();
    }

    @Test
    void everyTopicHasAChannel() {
        for (String topic : List.of(Topics.MEMBERS, Topics.EVENTS, Topics.AGREEMENTS, Topics.NOTIFICATIONS)) {
            assertThat(channelFor(topic)).as("channel for %s", topic).isNotNull();
        }
        assertThat(channelFor(Topics.MEMBERS).path("description").asText()).contains("organizationId");
        assertThat(channelFor(Topics.EVENTS).path("description").asText()).contains("events-service", "eventId");
        assertThat(channelFor(Topics.AGREEMENTS).path("description").asText())
                .contains("agreements-service", "agreementId");
        assertThat(channelFor(Topics.NOTIFICATIONS).path("description").asText())
                .contains("notifications-service", "subscriptionId");
        for (String topic : List.of(Topics.MEMBERS, Topics.EVENTS, Topics.AGREEMENTS, Topics.NOTIFICATIONS)) {
            JsonNode channel = channelFor(topic);
            assertThat(channel.path("messages"))
                    .as("messages of %s", topic)
                    .hasSize(EventCatalog.byTopic(topic).size());
            assertThat(channel.path("bindings").path("kafka").path("topic").asText())
                    .isEqualTo(topic);
            assertThat(channel.path("title").asText()).doesNotContain("reserved");
            int examples = 0;
            for (JsonNode m : channel.path("messages")) {
                examples += ref(m.path("$ref").asText()).path("examples").size();
            }
            assertThat(examples).as("examples on %s", topic).isPositive();
        }
    }

    @Test
    void everyComponentMessageIsInACatalogEntryOrTheDeadLetter() {
        List<String> names = new ArrayList<>();
        doc.path("components").path("messages").fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(EventCatalog.all().stream()
                .map(d -> d.payloadType().getSimpleName())
                .toList());
        expected.add("DeadLetter");
        assertThat(names).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("publishMembersEvents", Topics.MEMBERS),
                Arguments.of("publishEventsEvents", Topics.EVENTS),
                Arguments.of("publishAgreementsEvents", Topics.AGREEMENTS),
                Arguments.of("publishNotificationsEvents", Topics.NOTIFICATIONS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void publishOperation(String operation, String topic) {
        JsonNode op = doc.path("operations").path(operation);
        assertThat(op.path("action").asText()).isEqualTo("send");
        JsonNode channel = ref(op.path("channel").path("$ref").asText());
        assertThat(channel.path("address").asText()).isEqualTo(topic);
        // every operation message is one of its channel's messages (an AsyncAPI 3 rule)
        String channelRef = op.path("channel").path("$ref").asText();
        op.path("messages").forEach(m -> assertThat(m.path("$ref").asText()).startsWith(channelRef + "/messages/"));
        op.path("messages")
                .forEach(m ->
                        assertThat(ref(m.path("$ref").asText()).isMissingNode()).isFalse());
        assertThat(op.path("messages")).hasSize(EventCatalog.byTopic(topic).size());
    }

    /** Every operation names messages of its own channel (an AsyncAPI 3 rule). */
    @Test
    void operationsUseTheirChannelsMessages() {
        assertThat(doc.path("operations")).isNotEmpty();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) doc.path("operations")::fields) {
            String channelRef = e.getValue().path("channel").path("$ref").asText();
            assertThat(ref(channelRef).isMissingNode())
                    .as("channel of %s", e.getKey())
                    .isFalse();
            assertThat(e.getValue().path("messages"))
                    .as("messages of %s", e.getKey())
                    .isNotEmpty();
            e.getValue()
                    .path("messages")
                    .forEach(m -> assertThat(m.path("$ref").asText())
                            .as("message of %s", e.getKey())
                            .startsWith(channelRef + "/messages/"));
        }
    }

    /** The services that consume each topic, as configured in their application.properties. */
    static Stream<Arguments> consumers() {
        return Stream.of(
                Arguments.of("events-service", Topics.MEMBERS),
                Arguments.of("agreements-service", Topics.MEMBERS),
                Arguments.of("agreements-service", Topics.EVENTS),
                Arguments.of("events-service", Topics.AGREEMENTS),
                Arguments.of("notifications-service", Topics.MEMBERS),
                Arguments.of("notifications-service", Topics.EVENTS),
                Arguments.of("notifications-service", Topics.AGREEMENTS));
    }

    @ParameterizedTest(name = "{0} receives {1}")
    @MethodSource("consumers")
    void consumerReceivesWithItsConsumerGroupAndDeadLetters(String service, String topic) {
        JsonNode receive = operation("receive", service, topic);
        assertThat(receive).as("receive operation of %s on %s", service, topic).isNotNull();
        assertThat(receive.path("messages")).hasSize(EventCatalog.byTopic(topic).size());
        JsonNode groupId = receive.path("bindings").path("kafka").path("groupId");
        assertThat(groupId.path("type").asText()).isEqualTo("string");
        assertThat(groupId.path("enum")).extracting(JsonNode::asText).containsExactly(service);
        assertThat(receive.path("bindings").path("kafka").path("bindingVersion").asText())
                .isEqualTo("0.5.0");

        String deadLetterTopic = Topics.deadLetter(topic);
        JsonNode deadLetters = channelFor(deadLetterTopic);
        assertThat(deadLetters).as("channel %s", deadLetterTopic).isNotNull();
        assertThat(deadLetters.path("bindings").path("kafka").path("topic").asText())
                .isEqualTo(deadLetterTopic);
        assertThat(deadLetters.path("description").asText()).contains(service);
        JsonNode send = operation("send", service, deadLetterTopic);
        assertThat(send)
                .as("dead-letter operation of %s on %s", service, deadLetterTopic)
                .isNotNull();
        JsonNode message =
                ref(deadLetters.path("messages").path("deadLetter").path("$ref").asText());
        assertThat(message.path("name").asText()).isEqualTo("DeadLetter");
        JsonNode headers = ref(message.path("headers").path("$ref").asText());
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).contains("dead-letter-reason", "dead-letter-topic", "dead-letter-offset");
    }

    @Test
    void onlyTheConsumersReceiveAndDeadLetter() {
        long receives = withAction("receive").count();
        assertThat(receives).isEqualTo(consumers().count());
        // one publish per producing service, one dead-letter send per consumer
        assertThat(withAction("send")).hasSize(4 + (int) receives);
        // events-service consumes alliance.agreements.v1 (agreements signed at events): it has a dead-letter channel
        assertThat(channelFor(Topics.deadLetter(Topics.AGREEMENTS))).isNotNull();
    }

    /** The operation of a service with the given action on a topic's channel, or null. */
    private static JsonNode operation(String action, String service, String topic) {
        return withAction(action)
                .filter(op -> op.path("title").asText().startsWith(service + " ")
                        && ref(op.path("channel").path("$ref").asText())
                                .path("address")
                                .asText()
                                .equals(topic))
                .findFirst()
                .orElse(null);
    }

    private static Stream<JsonNode> withAction(String action) {
        List<JsonNode> ops = new ArrayList<>();
        doc.path("operations").forEach(ops::add);
        return ops.stream().filter(op -> op.path("action").asText().equals(action));
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String r : refs) {
            if (r.startsWith("#/")) {
                assertThat(ref(r).isMissingNode()).as("reference %s", r).isFalse();
            } else {
                assertThat(SchemaPaths.class.getClassLoader().getResource(resolveFile(r)))
                        .as("file reference %s", r)
                        .isNotNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyCatalogTypeIsDocumented(EventDescriptor d) {
        assertThat(text).contains(d.type());
        assertThat(text).contains(d.schemaPath());

        JsonNode channel = channelFor(d.topic());
        assertThat(channel).isNotNull();
        JsonNode message = null;
        for (JsonNode m : channel.path("messages")) {
            JsonNode resolved = m.has("$ref") ? ref(m.get("$ref").asText()) : m;
            if (d.type().equals(ceTypeOf(resolved))) {
                message = resolved;
            }
        }
        assertThat(message)
                .as("message for %s on channel %s", d.type(), d.topic())
                .isNotNull();

        assertThat(message.path("name").asText()).isEqualTo(d.payloadType().getSimpleName());
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        assertThat(resolveFile(message.path("payload").path("$ref").asText())).isEqualTo(d.schemaPath());

        JsonNode headers =
                ref(message.path("headers").path("allOf").get(0).path("$ref").asText());
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required)
                .contains("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_specversion", "content-type");
        assertThat(headers.path("properties").path("content-type").path("const").asText())
                .isEqualTo("application/json");
        assertThat(headers.path("properties")
                        .path("ce_specversion")
                        .path("const")
                        .asText())
                .isEqualTo("1.0");

        JsonNode key = message.path("bindings").path("kafka").path("key");
        assertThat(key.path("format").asText()).isEqualTo("uuid");
        assertThat(key.path("description").asText()).isEqualTo(Schemas.keyProperty(d.topic()));

        // the subject names a required uuid property of the payload
        JsonNode subject =
                message.path("headers").path("allOf").get(1).path("properties").path("ce_subject");
        assertThat(subject.path("format").asText()).isEqualTo("uuid");
        String subjectProperty = subject.path("description").asText();
        JsonNode schema = Schemas.readTree(d.schemaPath());
        assertThat(schema.path("properties")
                        .path(subjectProperty)
                        .path("format")
                        .asText())
                .as("ce_subject %s of %s", subjectProperty, d.type())
                .isEqualTo("uuid");
        List<String> requiredPayload = new ArrayList<>();
        schema.path("required").forEach(n -> requiredPayload.add(n.asText()));
        assertThat(requiredPayload).contains(subjectProperty);
        assertThat(subjectProperty).isEqualTo(expectedSubject(d)).isEqualTo(d.subjectProperty());
        assertThat(key.path("description").asText()).isEqualTo(d.keyProperty());

        // the producer's CloudEvents source, as service-kit's Outbox sets it
        String source = "/alliancehub/" + d.type().split("\\.")[2] + "-service";
        assertThat(message.path("headers")
                        .path("allOf")
                        .get(1)
                        .path("properties")
                        .path("ce_source")
                        .path("const")
                        .asText())
                .isEqualTo(source);

        // examples (a full and a minimal sample) are valid
        assertThat(message.path("examples")).hasSize(2);
        for (JsonNode example : message.path("examples")) {
            assertThat(example.path("headers").path("ce_type").asText()).isEqualTo(d.type());
            assertThat(example.path("headers").path("ce_subject").asText())
                    .isEqualTo(example.path("payload").path(subjectProperty).asText());
            assertThat(example.path("headers").path("ce_source").asText()).isEqualTo(source);
            assertThat(Schemas.load(d.schemaPath()).validate(example.path("payload")))
                    .as("example %s", example.path("name").asText())
                    .isEmpty();
        }
    }

    /** The CloudEvents subject: the aggregate id, except the registration or milestone id for those events. */
    private static String expectedSubject(EventDescriptor d) {
        String aggregate = d.type().substring(EventTypes.PREFIX.length()).split("\\.")[1];
        return switch (aggregate) {
            case "registration", "attendee" -> "registrationId";
            case "milestone" -> "milestoneId";
            default -> Schemas.keyProperty(d.topic());
        };
    }

    private static String ceTypeOf(JsonNode message) {
        for (JsonNode part : message.path("headers").path("allOf")) {
            JsonNode c = part.path("properties").path("ce_type").path("const");
            if (c.isTextual()) {
                return c.asText();
            }
        }
        return null;
    }

    private static JsonNode channelFor(String topic) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) doc.path("channels")::fields) {
            if (topic.equals(e.getValue().path("address").asText())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static JsonNode ref(String ref) {
        assertThat(ref).startsWith("#/");
        return doc.at(ref.substring(1));
    }

    /** A relative file reference resolved against the AsyncAPI document's class-path location. */
    private static String resolveFile(String ref) {
        return URI.create(SchemaPaths.ASYNCAPI).resolve(ref).normalize().toString();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
