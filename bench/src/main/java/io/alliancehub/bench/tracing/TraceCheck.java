package io.alliancehub.bench.tracing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.bench.Bench;
import io.alliancehub.bench.LocalSuite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One request followed through the running suite ({@code ALLIANCE_TRACING=on ./alliance up}): a client's
 * {@code traceparent} on {@code POST /api/v1/organizations} through the gateway must come back as one trace with a
 * server span in the gateway, a server span and a {@code publish} span in members-service, the same trace on the
 * Kafka record ({@code traceparent} header and CloudEvents {@code ce_traceparent}), and an {@code apply} span in
 * each consumer of {@code alliance.members.v1}; the access log lines of the gateway and of members-service carry
 * the trace id (a consumer logs only warnings and errors, which carry it the same way). The spans are read from the
 * local collector's file ({@link TraceCollector}).
 *
 * <p>Arguments: the collector's file, each log file to search for the trace id.
 */
public final class TraceCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "alliance.members.v1";
    private static final String REGISTERED = "io.alliancehub.members.organization.registered.v1";
    private static final List<String> CONSUMERS =
            List.of("events-service", "agreements-service", "notifications-service");

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        TraceCheck check = new TraceCheck();
        check.run(
                Path.of(args[0]),
                List.of(args).subList(1, args.length).stream().map(Path::of).toList());
        if (!check.failures.isEmpty()) {
            check.failures.forEach(f -> System.err.println("trace check: " + f));
            System.exit(1);
        }
        System.out.println("trace check: passed");
    }

    void run(Path spansFile, List<Path> logs) throws Exception {
        HexFormat hex = HexFormat.of();
        byte[] traceBytes = new byte[16];
        byte[] spanBytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(traceBytes);
        ThreadLocalRandom.current().nextBytes(spanBytes);
        String traceId = hex.formatHex(traceBytes);
        String clientSpan = hex.formatHex(spanBytes);
        System.out.println("trace check: trace " + traceId);

        try (KafkaConsumer<String, byte[]> consumer = endOfTopic()) {
            String gateway = Bench.env("BENCH_GATEWAY", "http://127.0.0.1:8080");
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(gateway + "/api/v1/organizations"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header(
                                            "Authorization",
                                            "Bearer "
                                                    + LocalSuite.fromEnvironment()
                                                            .adminToken("trace-check"))
                                    .header("Content-Type", "application/json")
                                    .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            Bench.organization("trace-check-" + UUID.randomUUID())))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                failures.add("POST /api/v1/organizations answered " + created.statusCode() + ": " + created.body());
                return;
            }
            String id = JSON.readTree(created.body()).path("id").asText();
            checkRecord(consumer, id, traceId);
        }

        List<JsonNode> spans = awaitSpans(spansFile, traceId);
        JsonNode gatewayServer =
                one(spans, "gateway", s -> s.path("kind").asText().equals("SPAN_KIND_SERVER"), "its server span");
        if (gatewayServer != null
                && !gatewayServer.path("parentSpanId").asText().equals(clientSpan)) {
            failures.add("the gateway's server span does not continue the client's span " + clientSpan);
        }
        JsonNode membersServer = one(
                spans, "members-service", s -> s.path("kind").asText().equals("SPAN_KIND_SERVER"), "its server span");
        if (membersServer != null && gatewayServer != null && !inTree(spans, membersServer, gatewayServer)) {
            failures.add("members-service's server span is not below the gateway's");
        }
        JsonNode publish = one(
                spans, "members-service", s -> s.path("name").asText().equals("publish " + TOPIC), "its publish span");
        for (String consumer : CONSUMERS) {
            JsonNode apply =
                    one(spans, consumer, s -> s.path("name").asText().equals("apply " + REGISTERED), "its apply span");
            if (apply != null && publish != null && !inTree(spans, apply, publish)) {
                failures.add(consumer + "'s apply span is not below members-service's publish span");
            }
        }
        for (Path log : logs) {
            if (Files.lines(log, StandardCharsets.UTF_8).noneMatch(l -> l.contains(traceId))) {
                failures.add(log.getFileName() + " has no log line with the trace id");
            }
        }
        spans.forEach(s -> System.out.printf(
                "  %-22s %-16s %-60s span %s parent %s%n",
                s.path("service").asText(),
                s.path("kind").asText().replace("SPAN_KIND_", ""),
                s.path("name").asText(),
                s.path("spanId").asText(),
                s.path("parentSpanId").asText()));
    }

    /** A consumer of the topic positioned at its end, so it sees only what the request makes. */
    private static KafkaConsumer<String, byte[]> endOfTopic() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Bench.env("ALLIANCE_KAFKA_BOOTSTRAP", "127.0.0.1:9092"));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(i -> new TopicPartition(TOPIC, i.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private void checkRecord(KafkaConsumer<String, byte[]> consumer, String id, String traceId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (id.equals(r.key()) && REGISTERED.equals(header(r, "ce_type").orElse(null))) {
                    for (String name : List.of("traceparent", "ce_traceparent")) {
                        String value = header(r, name).orElse("(absent)");
                        if (!value.startsWith("00-" + traceId + "-")) {
                            failures.add("the record's " + name + " header is " + value + ", not of trace " + traceId);
                        }
                    }
                    return;
                }
            }
        }
        failures.add("no " + REGISTERED + " record for " + id + " on " + TOPIC + " within 30 s");
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    /** The trace's spans once every expected one has arrived (the exporters send in batches), or after 30 s. */
    private static List<JsonNode> awaitSpans(Path file, String traceId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonNode> spans = List.of();
        while (System.nanoTime() < deadline) {
            spans = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains(traceId)) {
                        JsonNode span = JSON.readTree(line);
                        if (span.path("traceId").asText().equals(traceId)) {
                            spans.add(span);
                        }
                    }
                }
            }
            long applied = spans.stream()
                    .filter(s -> s.path("name").asText().equals("apply " + REGISTERED))
                    .count();
            if (applied >= CONSUMERS.size()
                    && spans.stream().anyMatch(s -> s.path("service").asText().equals("gateway"))) {
                Thread.sleep(500); // a last batch of the same trace
                return awaitNothingMore(file, traceId, spans);
            }
            Thread.sleep(250);
        }
        return spans;
    }

    private static List<JsonNode> awaitNothingMore(Path file, String traceId, List<JsonNode> spans) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.contains(traceId)) {
                all.add(JSON.readTree(line));
            }
        }
        return all.size() >= spans.size() ? all : spans;
    }

    private JsonNode one(List<JsonNode> spans, String service, Predicate<JsonNode> what, String description) {
        Optional<JsonNode> found = spans.stream()
                .filter(s -> s.path("service").asText().equals(service))
                .filter(what)
                .findFirst();
        if (found.isEmpty()) {
            failures.add(service + ": no span of the trace is " + description);
        }
        return found.orElse(null);
    }

    /** True when {@code ancestor} is on {@code span}'s chain of parents within the trace. */
    private static boolean inTree(List<JsonNode> spans, JsonNode span, JsonNode ancestor) {
        Map<String, String> parents = new java.util.HashMap<>();
        spans.forEach(s ->
                parents.put(s.path("spanId").asText(), s.path("parentSpanId").asText()));
        String at = span.path("parentSpanId").asText();
        for (int i = 0; i < 50 && at != null && !at.isEmpty(); i++) {
            if (at.equals(ancestor.path("spanId").asText())) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }
}
