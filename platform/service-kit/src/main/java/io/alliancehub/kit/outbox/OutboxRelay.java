package io.alliancehub.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.alliancehub.kit.config.KitConfig;
import io.alliancehub.kit.metrics.PipelineMeters;
import io.alliancehub.kit.tracing.TraceContext;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka as CloudEvents 1.0 in binary mode, in commit order, then marks them
 * sent.
 *
 * <ul>
 *   <li>One relay per service: the instance holding a PostgreSQL advisory lock sends; the others
 *   stand by and take over when its session ends. This keeps one aggregate's events in order even
 *   with several replicas.</li>
 *   <li>Woken in-process after a commit that wrote outbox rows ({@link #committed()}); polls for
 *   rows another replica wrote. (No {@code NOTIFY} from the writing transaction: PostgreSQL
 *   serialises the commits of notifying transactions.)</li>
 *   <li>Idempotent producer with {@code acks=all}; a row is marked sent only after the broker has
 *   acknowledged it, so a crash or an outage causes a retry, never a loss. Consumers deduplicate
 *   by {@code ce_id} (the inbox).</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Permits released after a commit that wrote outbox rows in this JVM (see {@link Outbox}). */
    private final java.util.concurrent.Semaphore wake = new java.util.concurrent.Semaphore(0);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KitConfig config;

    @Inject
    PipelineMeters meters;

    /** A span per record sent, child of the request that wrote it (a no-op while tracing is off). */
    @Inject
    Tracer tracer;

    /** With the OpenTelemetry SDK off, a record carries its row's trace context as it is, with no span (as the inbox). */
    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean tracingOff;

    /**
     * Every {@code kafka.*} setting (prefix removed), as Quarkus collects it for all Kafka clients: the broker
     * address, and in production the transport (TLS, SASL login), which the relay's producer needs as much as the
     * consumers do.
     */
    @Inject
    @io.smallrye.common.annotation.Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    private volatile boolean running;
    private volatile boolean leader;
    private volatile Instant lastSuccess;
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private Thread worker;
    private KafkaProducer<String, CloudEvent> producer;

    void start(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Called after a transaction that wrote outbox rows committed: the relay sends them now. */
    public void committed() {
        wake.release();
    }

    /** Whether this instance currently holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    public String lastError() {
        return lastError.get();
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Reads the backlog for the meters (every replica, leader or not: they share the table). */
    @io.quarkus.scheduler.Scheduled(
            every = "10s",
            delay = 1,
            delayUnit = TimeUnit.SECONDS,
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void measureBacklog() {
        try {
            Backlog b = backlog();
            meters.outboxBacklog(b.pending(), b.oldestAge());
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    /** Number of committed events not yet acknowledged by the broker, and the age of the oldest. */
    public Backlog backlog() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*), min(occurred_at) from outbox_event where published_at is null")) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            return new Backlog(
                    rs.getLong(1),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()));
        }
    }

    public record Backlog(long pending, Duration oldestAge) {}

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection lock = dataSource.getConnection()) {
                lock.setAutoCommit(true);
                if (!tryLock(lock)) {
                    leader = false;
                    sleep(config.outbox().pollInterval().multipliedBy(5));
                    continue;
                }
                leader = true;
                LOG.infof("outbox relay active for %s", config.serviceName());
                while (running) {
                    // each batch reads on the lock's connection: when that connection is lost, which releases the
                    // advisory lock, it throws and sends this loop back to re-acquire the lock
                    int sent = relayBatch(lock);
                    backoff = Duration.ofMillis(200);
                    if (sent < config.outbox().batchSize()) {
                        // woken by a commit in this JVM, else polls (rows written by other replicas)
                        wake.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                        wake.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                leader = false;
                lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.warnf("outbox relay paused (%s); retrying in %d ms", lastError.get(), backoff.toMillis());
                if (!(e instanceof SQLException)) {
                    // the producer may hold a broken state after a long outage: start afresh
                    closeProducer();
                }
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.outbox().maxBackoff());
            }
        }
        leader = false;
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            ps.setString(1, "outbox-relay:" + config.serviceName());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Sends one batch in sequence order and marks what the broker acknowledged. Both statements run on {@code
     * session}, the connection holding the relay's lock, never on one from the pool: under a write load the pool's
     * connections are all in use by requests, and the relay waited behind them for each of its two statements.
     */
    int relayBatch(Connection session) throws Exception {
        record Row(
                long seq,
                UUID id,
                String topic,
                String key,
                String type,
                String source,
                String subject,
                OffsetDateTime time,
                String payload,
                String traceparent) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = session.prepareStatement("""
                     select seq, event_id, topic, event_key, event_type, source, subject, occurred_at, payload::text,
                            traceparent
                     from outbox_event where published_at is null order by seq limit ?""")) {
            ps.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(
                            rs.getLong(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class),
                            rs.getString(9),
                            rs.getString(10)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, CloudEvent> p = producer();
        long started = System.nanoTime();
        List<Future<?>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Span span = null;
            String traceparent = row.traceparent();
            if (!tracingOff) {
                // the send joins the trace of the request that wrote the event; the record carries the send's context
                span = tracer.spanBuilder("publish " + row.topic())
                        .setSpanKind(SpanKind.PRODUCER)
                        .setParent(TraceContext.parent(row.traceparent()))
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", row.topic())
                        .setAttribute("messaging.message.id", row.id().toString())
                        .startSpan();
                try (Scope scope = span.makeCurrent()) {
                    traceparent = TraceContext.current();
                }
            }
            spans.add(span);
            CloudEventBuilder event = CloudEventBuilder.v1()
                    .withId(row.id().toString())
                    .withType(row.type())
                    .withSource(URI.create(row.source()))
                    .withSubject(row.subject())
                    .withTime(row.time())
                    .withDataContentType("application/json")
                    .withData(row.payload().getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, CloudEvent> record;
            if (traceparent != null) {
                // the CloudEvents distributed-tracing extension (ce_traceparent) and the W3C header itself, which
                // Kafka instrumentations read
                event.withExtension(TraceContext.TRACEPARENT, traceparent);
                record = new ProducerRecord<>(row.topic(), row.key(), event.build());
                record.headers().add(TraceContext.TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
            } else {
                record = new ProducerRecord<>(row.topic(), row.key(), event.build());
            }
            acks.add(p.send(record));
        }
        p.flush();
        List<Long> sent = new ArrayList<>();
        Exception failure = null;
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(rows.get(i).seq());
                if (spans.get(i) != null) {
                    spans.get(i).end();
                }
            } catch (Exception e) {
                // later rows of the batch are not marked either: they will be resent in order
                failure = e;
                for (Span unsent : spans.subList(i, spans.size())) {
                    if (unsent != null) {
                        unsent.setStatus(StatusCode.ERROR, e.getClass().getSimpleName())
                                .end();
                    }
                }
                break;
            }
        }
        meters.outboxSent(Duration.ofNanos(System.nanoTime() - started));
        markSent(session, sent);
        if (failure != null) {
            throw failure;
        }
        lastSuccess = Instant.now();
        lastError.set(null);
        return rows.size();
    }

    private static void markSent(Connection session, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                session.prepareStatement("update outbox_event set published_at = now() where seq = any(?)")) {
            ps.setArray(1, session.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
    }

    private synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>();
            // the shared settings a producer knows (consumer-only ones would be logged as unknown), then the relay's
            // own
            kafkaSettings.forEach((name, value) -> {
                if (ProducerConfig.configNames().contains(name)) {
                    props.put(name, value);
                }
            });
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox-relay");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            int timeout = (int) config.outbox().sendTimeout().toMillis();
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 11_000));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
            props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("closing producer", e);
            }
            producer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
