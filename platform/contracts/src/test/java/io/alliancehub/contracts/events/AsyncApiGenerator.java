package io.alliancehub.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Generates the AsyncAPI 3.0 document ({@value SchemaPaths#ASYNCAPI}) from
 * <ul>
 * <li>the hand-written template {@value #TEMPLATE} (test resources): info, servers, the topics' channel titles
 * and descriptions, the header schemas and the dead-letter message;</li>
 * <li>the {@link EventCatalog} and the payload records: one message per event type (headers, payload schema
 * reference, key binding, description from the record), the topics' messages and their publishing
 * operations;</li>
 * <li>the services' {@code application.properties} (read only): their Kafka consumers
 * ({@code mp.messaging.incoming.<channel>.topic}, {@code .group.id}, {@code .dead-letter-queue.topic}) become
 * {@code receive} operations with their consumer group as Kafka binding, and the dead-letter topics become
 * channels the consumers send to;</li>
 * <li>{@link Samples}: every message's examples (a full and a minimal payload), valid by construction.</li>
 * </ul>
 * The committed document is checked (and rewritten) by {@link ContractsDriftTest}.
 */
final class AsyncApiGenerator {

    /** The template, on the test class path. */
    static final String TEMPLATE = "asyncapi/asyncapi.template.yaml";
    /** The repository root: the tests run in the module's directory, platform/contracts. */
    static final Path REPOSITORY = Path.of("..", "..");

    static final String KAFKA_BINDING_VERSION = "0.5.0";
    /** A service's CloudEvents source is this prefix and its name (service-kit's {@code Outbox.source}). */
    static final String SOURCE_PREFIX = "/alliancehub/";

    static final String HEADER = """
            # GENERATED from the EventCatalog and payload records (platform/contracts), the Kafka consumers in the
            # services' application.properties and src/test/resources/asyncapi/asyncapi.template.yaml, by the
            # contracts tests (ContractsDriftTest). Do not edit; change those and regenerate with
            #   ./mvnw -B -o -q -pl platform/contracts verify -Dupdate-contracts=true
            """;

    /** Reads the template and builds the document. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String INCOMING = "mp.messaging.incoming.";

    /** A Kafka consumer of a service: an {@code mp.messaging.incoming} channel on a topic of the catalog. */
    record Consumer(String service, String channel, String topic, String groupId, String deadLetterTopic) {}

    private final Map<String, Properties> services;

    AsyncApiGenerator() {
        services = readServices();
    }

    /** The document's text. */
    String yaml() {
        return HEADER + write(document());
    }

    /**
     * SnakeYAML writes each string in the plainest style YAML allows, quoting what a reader would take for
     * another type (numbers, booleans, dates: the AsyncAPI tools' js-yaml reads a plain 2019-04-13 as a Date);
     * a multi-line string as a literal block.
     */
    static String write(JsonNode document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(110);
        Representer representer = new Representer(options) {
            {
                representers.put(String.class, data -> {
                    String text = (String) data;
                    return representScalar(
                            Tag.STR,
                            text,
                            text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
                });
            }
        };
        return new Yaml(representer, options).dump(YAML.convertValue(document, Object.class));
    }

    ObjectNode document() {
        ObjectNode template = readTemplate();
        List<String> topics = EventCatalog.all().stream()
                .map(EventDescriptor::topic)
                .distinct()
                .toList();
        List<Consumer> consumers = consumers(topics);

        ObjectNode channels = (ObjectNode) template.required("channels");
        List<String> templateTopics = new ArrayList<>();
        channels.forEach(c -> templateTopics.add(c.required("address").asText()));
        if (!templateTopics.equals(topics)) {
            throw new IllegalStateException("the template's channels " + templateTopics
                    + " are not the catalog's topics " + topics + ": add or remove them in " + TEMPLATE);
        }
        ObjectNode operations = YAML.createObjectNode();
        for (String topic : topics) {
            ObjectNode channel = (ObjectNode) channels.required(channelId(topic));
            channel.putArray("servers").addObject().put("$ref", "#/servers/kafka");
            ObjectNode messages = channel.putObject("messages");
            for (EventDescriptor d : EventCatalog.byTopic(topic)) {
                messages.putObject(messageId(d)).put("$ref", "#/components/messages/" + messageName(d));
            }
            channel.set("bindings", topicBinding(topic));
            publish(operations, topic);
        }
        for (Consumer c : consumers) {
            receive(operations, c);
        }
        for (Map.Entry<String, List<Consumer>> dlt :
                byDeadLetterTopic(consumers).entrySet()) {
            deadLetterChannel(channels, dlt.getKey(), dlt.getValue());
            for (Consumer c : dlt.getValue()) {
                deadLetter(operations, c);
            }
        }

        ObjectNode components = (ObjectNode) template.required("components");
        ObjectNode messages = YAML.createObjectNode();
        for (EventDescriptor d : EventCatalog.all()) {
            messages.set(messageName(d), message(d));
        }
        messages.setAll((ObjectNode) components.required("messages"));
        components.set("messages", messages);

        // the template's sections in order, the operations after the channels
        ObjectNode document = YAML.createObjectNode();
        template.fields().forEachRemaining(e -> {
            document.set(e.getKey(), e.getValue());
            if (e.getKey().equals("channels")) {
                document.set("operations", operations);
            }
        });
        return document;
    }

    // ---------------------------------------------------------------------------------------------- channels

    static String channelId(String address) {
        StringBuilder id = new StringBuilder();
        for (String part : address.split("\\.")) {
            id.append(id.isEmpty() ? part : capitalize(part));
        }
        return id.toString();
    }

    private static ObjectNode topicBinding(String topic) {
        ObjectNode bindings = YAML.createObjectNode();
        bindings.putObject("kafka").put("topic", topic).put("bindingVersion", KAFKA_BINDING_VERSION);
        return bindings;
    }

    private static void deadLetterChannel(ObjectNode channels, String topic, List<Consumer> writers) {
        String original = writers.getFirst().topic();
        ObjectNode channel = channels.putObject(channelId(topic));
        channel.put("address", topic);
        channel.put(
                "title",
                channels.required(channelId(original)).required("title").asText() + ": dead letters");
        channel.put(
                "description",
                "Records of " + original + " that a consumer could not process, unchanged, with "
                        + "the reason in their headers. Written by " + inWords(services(writers)) + ".");
        channel.putArray("servers").addObject().put("$ref", "#/servers/kafka");
        channel.putObject("messages").putObject("deadLetter").put("$ref", "#/components/messages/DeadLetter");
        channel.set("bindings", topicBinding(topic));
    }

    // -------------------------------------------------------------------------------------------- operations

    private void publish(ObjectNode operations, String topic) {
        String producer = producer(topic);
        ObjectNode op = operations.putObject("publish" + events(topic));
        op.put("action", "send");
        op.put("title", producer + " publishes " + topic);
        op.put("summary", producer + " publishes its events (through its transactional outbox).");
        op.putObject("channel").put("$ref", "#/channels/" + channelId(topic));
        ArrayNode messages = op.putArray("messages");
        for (EventDescriptor d : EventCatalog.byTopic(topic)) {
            messages.addObject().put("$ref", "#/channels/" + channelId(topic) + "/messages/" + messageId(d));
        }
    }

    private static void receive(ObjectNode operations, Consumer c) {
        ObjectNode op = operations.putObject(camel(c.service()) + "Receives" + events(c.topic()));
        op.put("action", "receive");
        op.put("title", c.service() + " receives " + c.topic());
        op.put(
                "summary",
                c.service() + " consumes every event of " + c.topic() + " (channel " + c.channel() + ", consumer group "
                        + c.groupId() + ") and applies each once; it skips types it does not know.");
        op.putObject("channel").put("$ref", "#/channels/" + channelId(c.topic()));
        ArrayNode messages = op.putArray("messages");
        for (EventDescriptor d : EventCatalog.byTopic(c.topic())) {
            messages.addObject().put("$ref", "#/channels/" + channelId(c.topic()) + "/messages/" + messageId(d));
        }
        ObjectNode kafka = op.putObject("bindings").putObject("kafka");
        kafka.putObject("groupId").put("type", "string").putArray("enum").add(c.groupId());
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    }

    private static void deadLetter(ObjectNode operations, Consumer c) {
        ObjectNode op = operations.putObject(camel(c.service()) + "DeadLetters" + events(c.topic()));
        op.put("action", "send");
        op.put("title", c.service() + " dead-letters records of " + c.topic());
        op.put(
                "summary",
                c.service() + " sends a record of " + c.topic() + " it cannot decode, or whose handling "
                        + "failed on every attempt, to " + c.deadLetterTopic() + ".");
        op.putObject("channel").put("$ref", "#/channels/" + channelId(c.deadLetterTopic()));
        op.putArray("messages")
                .addObject()
                .put("$ref", "#/channels/" + channelId(c.deadLetterTopic()) + "/messages/deadLetter");
    }

    // ---------------------------------------------------------------------------------------------- messages

    static String messageName(EventDescriptor d) {
        return d.payloadType().getSimpleName();
    }

    static String messageId(EventDescriptor d) {
        String name = messageName(d);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private ObjectNode message(EventDescriptor d) {
        String description = PayloadSchemaGenerator.classDescription(d.payloadType());
        ObjectNode message = YAML.createObjectNode();
        message.put("name", messageName(d));
        message.put("title", title(messageName(d)));
        message.put("summary", firstSentence(description));
        message.put("description", description);
        message.put("contentType", "application/json");

        ArrayNode headers = message.putObject("headers").putArray("allOf");
        headers.addObject().put("$ref", "#/components/schemas/CloudEventsBinaryHeaders");
        ObjectNode own = headers.addObject().put("type", "object").putObject("properties");
        own.putObject("ce_type").put("const", d.type());
        own.putObject("ce_source").put("const", source(d.topic()));
        own.putObject("ce_subject").put("format", "uuid").put("description", d.subjectProperty());

        message.putObject("payload").put("$ref", "../" + d.schemaPath());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("format", "uuid").put("description", d.keyProperty());
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);

        ArrayNode examples = message.putArray("examples");
        Samples.all().forEach((label, payload) -> {
            if (payload.getClass() == d.payloadType()) {
                examples.add(example(d, label, payload));
            }
        });
        return message;
    }

    /** An example: a sample payload with the headers its producer would send. */
    private ObjectNode example(EventDescriptor d, String label, Object payload) {
        JsonNode json = Schemas.toJson(payload);
        ObjectNode example = YAML.createObjectNode();
        example.put("name", label);
        example.put("summary", label.endsWith("Minimal") ? "Only the required properties." : "Every property set.");
        ObjectNode headers = example.putObject("headers");
        headers.put(
                "ce_id",
                UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)).toString());
        headers.put("ce_type", d.type());
        headers.put("ce_source", source(d.topic()));
        headers.put("ce_subject", json.required(d.subjectProperty()).asText());
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(exampleTime(payload)));
        headers.put("ce_specversion", "1.0");
        headers.put("content-type", "application/json");
        example.set("payload", json);
        return example;
    }

    /** The time of the change a sample payload carries (its last date-time property), else a fixed one. */
    private static OffsetDateTime exampleTime(Object payload) {
        OffsetDateTime time = OffsetDateTime.of(2019, 4, 13, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (RecordComponent c : payload.getClass().getRecordComponents()) {
            if (c.getType() == OffsetDateTime.class) {
                try {
                    time = (OffsetDateTime) c.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return time;
    }

    /** {@code OrganizationRegistered} → {@code Organization registered}. */
    static String title(String name) {
        return name.charAt(0) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    /** The description's first sentence (up to the first full stop followed by a space). */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    // ---------------------------------------------------------------------------------------------- services

    /** The producing service of a topic: {@code <service>-service} of its event types. */
    private String producer(String topic) {
        String service = segment(topic) + "-service";
        Properties config = services.get(service);
        if (config == null) {
            throw new IllegalStateException("no service directory "
                    + REPOSITORY.resolve(service).normalize() + " for the producer of " + topic);
        }
        return config.getProperty("alliance.service-name", service);
    }

    private String source(String topic) {
        return SOURCE_PREFIX + producer(topic);
    }

    /** {@code alliance.members.v1} → {@code MembersEvents}, for operation ids. */
    private static String events(String topic) {
        return capitalize(segment(topic)) + "Events";
    }

    /** {@code alliance.members.v1} → {@code members}, the service segment of its event types. */
    private static String segment(String topic) {
        return EventCatalog.byTopic(topic)
                .getFirst()
                .type()
                .substring(EventTypes.PREFIX.length())
                .split("\\.")[0];
    }

    /**
     * The Kafka consumers of the catalog's topics configured in the services ({@code mp.messaging.incoming.*}
     * with the smallrye-kafka connector), in topic order, then by service.
     */
    List<Consumer> consumers(List<String> topics) {
        List<Consumer> consumers = new ArrayList<>();
        services.forEach((dir, config) -> {
            String service = config.getProperty("alliance.service-name", dir);
            Set<String> channels = new LinkedHashSet<>();
            for (String key : config.stringPropertyNames()) {
                if (key.startsWith(INCOMING) && key.endsWith(".connector")) {
                    channels.add(key.substring(INCOMING.length(), key.length() - ".connector".length()));
                }
            }
            for (String channel : channels) {
                String prefix = INCOMING + channel + ".";
                if (!"smallrye-kafka".equals(config.getProperty(prefix + "connector"))) {
                    continue;
                }
                String topic = config.getProperty(prefix + "topic", channel);
                if (!topics.contains(topic)) {
                    throw new IllegalStateException(
                            service + " consumes " + topic + ", which is not a topic of the " + "EventCatalog");
                }
                String group = config.getProperty(prefix + "group.id");
                if (group == null) {
                    throw new IllegalStateException(service + " consumes " + topic + " without a group.id");
                }
                String deadLetterTopic = "dead-letter-queue".equals(config.getProperty(prefix + "failure-strategy"))
                        // SmallRye's default dead-letter topic name when none is configured
                        ? config.getProperty(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + channel)
                        : null;
                consumers.add(new Consumer(service, channel, topic, group, deadLetterTopic));
            }
        });
        consumers.sort(Comparator.<Consumer>comparingInt(c -> topics.indexOf(c.topic()))
                .thenComparing(Consumer::service));
        return consumers;
    }

    private static Map<String, List<Consumer>> byDeadLetterTopic(List<Consumer> consumers) {
        Map<String, List<Consumer>> byTopic = new LinkedHashMap<>();
        for (Consumer c : consumers) {
            if (c.deadLetterTopic() != null) {
                byTopic.computeIfAbsent(c.deadLetterTopic(), t -> new ArrayList<>())
                        .add(c);
            }
        }
        return byTopic;
    }

    /** "a", "a and b", "a, b and c". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static List<String> services(List<Consumer> consumers) {
        return consumers.stream().map(Consumer::service).distinct().toList();
    }

    /** The {@code src/main/resources/application.properties} of every top-level module, by directory name. */
    private static Map<String, Properties> readServices() {
        Map<String, Properties> services = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties config = new Properties();
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        config.load(in);
                    }
                    services.put(module.getFileName().toString(), config);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the services' configuration under "
                            + REPOSITORY.toAbsolutePath().normalize(),
                    e);
        }
        return services;
    }

    private static ObjectNode readTemplate() {
        try (InputStream in = AsyncApiGenerator.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("no " + TEMPLATE + " on the test class path");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code events-service} → {@code eventsService}. */
    private static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("-")) {
            camel.append(camel.isEmpty() ? part : capitalize(part));
        }
        return camel.toString();
    }
}
