package io.alliancehub.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.alliancehub.kit.config.KitConfig;
import io.alliancehub.kit.metrics.PipelineMeters;
import io.alliancehub.kit.problem.DatabaseOutage;
import io.alliancehub.kit.tracing.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies incoming CloudEvents once, and decides what a failure means.
 *
 * <ul>
 * <li>The event ids are claimed in the inbox in the handlers' own transaction: a redelivered event
 * is skipped, and a handler that fails rolls its claim back with its writes.</li>
 * <li>A message that cannot be decoded (no CloudEvents headers, a payload that does not bind to
 * its contract record) is poison: it is nacked at once, and the channel's
 * {@code failure-strategy=dead-letter-queue} moves it to the dead-letter topic with the error.</li>
 * <li>A handler failure is retried a few times with backoff, then dead-lettered; but while the
 * database is unreachable the message is retried without limit, because dead-lettering every
 * message during an outage would lose the replica's updates.</li>
 * <li>Once the service is shutting down, a failure is the shutdown's (a closed pool or
 * EntityManagerFactory, an interrupted worker), not the message's: the message is neither acked nor
 * dead-lettered, so its offset is not committed and it is redelivered after the restart.</li>
 * <li>Types the consumer does not know (a newer producer) are acknowledged and skipped.</li>
 * </ul>
 * Consumers call {@link #processBatch} from an {@code @Incoming @Blocking} method of a channel with
 * {@code batch=true}: one poll's records at a time, which keeps a partition's messages in order.
 */
@ApplicationScoped
public class InboxHandler {

    private static final Logger LOG = Logger.getLogger(InboxHandler.class);

    /** Attempts for a handler failure that is not a lost database connection. */
    static final int MAX_ATTEMPTS = 4;

    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Inject
    KitConfig config;

    @Inject
    PipelineMeters meters;

    /** A span per applied event, continuing the trace its record carries. */
    @Inject
    Tracer tracer;

    /**
     * With the OpenTelemetry SDK off the span would be a no-op, but building it still parses the record's
     * traceparent and makes it current (Quarkus copies it into the MDC): about a tenth of a consumer's CPU per event
     * (bench/findings/2026-12-04-evening.md), so the handler then runs without one.
     */
    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean tracingOff;

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** What becomes of a message whose handler failed. */
    enum AfterFailure {
        RETRY,
        DEAD_LETTER,
        REDELIVER_AFTER_RESTART
    }

    static AfterFailure afterFailure(Throwable failure, int attempt, boolean stopping) {
        if (stopping) {
            return AfterFailure.REDELIVER_AFTER_RESTART;
        }
        if (databaseUnreachable(failure)) {
            return AfterFailure.RETRY;
        }
        return attempt >= MAX_ATTEMPTS ? AfterFailure.DEAD_LETTER : AfterFailure.RETRY;
    }

    private boolean stopping() {
        return stopping || Arc.container() == null || !Arc.container().isRunning();
    }

    /**
     * Applies a poll's records: each partition's records in offset order, all of them in one transaction with their
     * inbox rows, which costs a consumer one commit, one claim statement and one log statement per poll instead of per
     * event. When that transaction fails for another reason than a lost database, the records are applied one by one
     * ({@link #applyOne}), so that only the failing event is retried and dead-lettered. The batch is acknowledged
     * (its offsets committed) once every record is applied, skipped or on the dead-letter topic.
     */
    public CompletionStage<Void> processBatch(
            String consumer, KafkaRecordBatch<?, ?> batch, Consumer<InboundEvent> handler) {
        return processBatch(consumer, batch, events -> handler);
    }

    /**
     * As {@link #processBatch(String, KafkaRecordBatch, Consumer)}, for a handler that reads what a transaction's
     * events need once for all of them: {@code handlerFor} is called in each transaction, before any of its events is
     * applied, with the events that transaction applies (a poll's, or one when they are applied one by one), and the
     * handler it returns applies them in order. The organisation replicas read their rows this way: one statement per
     * poll instead of one per event.
     */
    public CompletionStage<Void> processBatch(
            String consumer,
            KafkaRecordBatch<?, ?> batch,
            Function<List<InboundEvent>, Consumer<InboundEvent>> handlerFor) {
        // each record's outcome: done, or done once the dead-letter topic has it
        List<CompletionStage<Void>> settled = new ArrayList<>();
        List<Received> events = new ArrayList<>();
        for (KafkaRecord<?, ?> record : batch) {
            try {
                decode(record).ifPresent(event -> events.add(new Received(record, event, record.getTopic())));
            } catch (RuntimeException poison) {
                LOG.warnf("%s: undecodable message dead-lettered: %s", consumer, poison.getMessage());
                meters.deadLettered(record.getTopic());
                settled.add(record.nack(poison));
            }
        }
        if (!events.isEmpty() && !applyTogether(consumer, events, handlerFor)) {
            for (Received r : events) {
                Optional<CompletionStage<Void>> done = applyOne(consumer, r, handlerFor);
                if (done.isEmpty()) {
                    // shutting down: the batch stays unacknowledged, so its offsets are not committed and it is
                    // redelivered after the restart; the records applied so far are skipped then by their inbox rows
                    return new CompletableFuture<>();
                }
                settled.add(done.get());
            }
        }
        // the dead-letter topic has the poison records before the offsets that pass them are committed
        return CompletableFuture.allOf(settled.stream()
                        .map(CompletionStage::toCompletableFuture)
                        .toArray(CompletableFuture[]::new))
                .thenCompose(done -> batch.ack());
    }

    /** A decoded record of a batch. */
    private record Received(KafkaRecord<?, ?> message, InboundEvent event, String topic) {

        /** The W3C trace context the record carries: its traceparent header, else the CloudEvent's extension. */
        String traceparent() {
            Header header = message.getHeaders().lastHeader(TraceContext.TRACEPARENT);
            if (header != null && header.value() != null) {
                return new String(header.value(), StandardCharsets.US_ASCII);
            }
            @SuppressWarnings("unchecked")
            Optional<IncomingCloudEventMetadata<?>> ce =
                    message.getMetadata(IncomingCloudEventMetadata.class).map(m -> (IncomingCloudEventMetadata<?>) m);
            return ce.flatMap(m -> m.<Object>getExtension(TraceContext.TRACEPARENT))
                    .map(Object::toString)
                    .orElse(null);
        }
    }

    /** Runs the handler for one event, in a span that continues its record's trace while tracing is on, and times it. */
    private void apply(Received r, Consumer<InboundEvent> handler) {
        long started = System.nanoTime();
        try {
            if (tracingOff) {
                handler.accept(r.event());
            } else {
                applyInSpan(r, handler);
            }
        } finally {
            meters.applied(r.topic(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void applyInSpan(Received r, Consumer<InboundEvent> handler) {
        Span span = tracer.spanBuilder("apply " + r.event().type())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.parent(r.traceparent()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.message.id", r.event().id())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            handler.accept(r.event());
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The batch in one transaction, retried while the database is unreachable.
     *
     * @return false when a handler failed (or the service is stopping): nothing of the batch was committed
     */
    private boolean applyTogether(
            String consumer, List<Received> events, Function<List<InboundEvent>, Consumer<InboundEvent>> handlerFor) {
        if (events.size() == 1) {
            return false;
        }
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Set<String> claimed = inbox.claimAll(
                            consumer, events.stream().map(Received::event).toList());
                    List<Received> toApply = new ArrayList<>();
                    for (Received r : events) {
                        // remove: an event the relay published twice is in the poll twice, and applied once
                        if (claimed.remove(r.event().id())) {
                            toApply.add(r);
                        }
                    }
                    // the handlers' inserts and updates of one table go to the database as one JDBC batch at the
                    // flush below, not a round trip each
                    inbox.batchHandlersWrites(toApply.size());
                    Consumer<InboundEvent> handler = handlerFor.apply(
                            toApply.stream().map(Received::event).toList());
                    List<String> applied = new ArrayList<>();
                    for (Received r : toApply) {
                        apply(r, handler);
                        applied.add(r.event().id());
                    }
                    inbox.flushHandlersWrites();
                    if (config.inbox().applyLog()) {
                        inbox.logApplied(consumer, applied);
                    }
                });
                return true;
            } catch (RuntimeException e) {
                if (stopping() || !databaseUnreachable(e)) {
                    LOG.debugf(
                            "%s: a batch of %d failed, applying its events one by one: %s",
                            consumer, events.size(), e.getMessage());
                    return false;
                }
                if (!sleepBeforeRetry(consumer, events.get(0).event(), attempt, backoff, e)) {
                    return false;
                }
                backoff = next(backoff);
            }
        }
    }

    /**
     * One event in its own transaction, retried as {@link #afterFailure} decides.
     *
     * @return done when the event is applied or skipped, or when it is dead-lettered (the stage completes once the
     *     dead-letter topic has it); empty when it is left for redelivery after the restart
     */
    private Optional<CompletionStage<Void>> applyOne(
            String consumer, Received r, Function<List<InboundEvent>, Consumer<InboundEvent>> handlerFor) {
        InboundEvent event = r.event();
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (inbox.claimAll(consumer, List.of(event)).isEmpty()) {
                        return false;
                    }
                    apply(r, handlerFor.apply(List.of(event)));
                    inbox.flushHandlersWrites();
                    if (config.inbox().applyLog()) {
                        inbox.logApplied(consumer, List.of(event.id()));
                    }
                    return true;
                });
                if (!applied) {
                    LOG.debugf("%s: event %s already applied, skipped", consumer, event.id());
                }
                return Optional.of(CompletableFuture.completedFuture(null));
            } catch (RuntimeException e) {
                AfterFailure after = afterFailure(e, attempt, stopping());
                if (after == AfterFailure.DEAD_LETTER) {
                    LOG.errorf(
                            e,
                            "%s: event %s (%s) failed %d times, dead-lettered",
                            consumer,
                            event.id(),
                            event.type(),
                            attempt);
                    meters.deadLettered(r.topic());
                    return Optional.of(r.message().nack(e));
                }
                if (after == AfterFailure.REDELIVER_AFTER_RESTART
                        || !sleepBeforeRetry(consumer, event, attempt, backoff, e)) {
                    LOG.infof(
                            "%s: event %s left for redelivery after the restart: %s",
                            consumer, event.id(), e.getMessage());
                    return Optional.empty();
                }
                backoff = next(backoff);
            }
        }
    }

    private static Duration next(Duration backoff) {
        return backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }

    /** The event with its payload bound to its contract record; empty for types outside the catalog. */
    Optional<InboundEvent> decode(Message<?> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<Object> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent: no ce_id/ce_type headers"));
        Optional<EventDescriptor> descriptor = EventCatalog.byType(ce.getType());
        if (descriptor.isEmpty()) {
            LOG.debugf("event %s of unknown type %s skipped", ce.getId(), ce.getType());
            return Optional.empty();
        }
        Object body = message.getPayload();
        Object payload;
        try {
            payload = body instanceof String s
                    ? json.readValue(s, descriptor.get().payloadType())
                    : body instanceof byte[] b
                            ? json.readValue(b, descriptor.get().payloadType())
                            : json.convertValue(body, descriptor.get().payloadType());
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "payload of " + ce.getType() + " does not match its contract: " + e.getMessage(), e);
        }
        if (payload == null) {
            throw new IllegalArgumentException("event " + ce.getId() + " has no payload");
        }
        return Optional.of(new InboundEvent(
                ce.getId(),
                ce.getType(),
                String.valueOf(ce.getSource()),
                ce.getSubject().orElse(null),
                ce.getTimeStamp()
                        .map(t -> t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                        .orElse(null),
                payload));
    }

    /** A lost, refused or saturated database (see {@link DatabaseOutage}). */
    static boolean databaseUnreachable(Throwable e) {
        return DatabaseOutage.is(e);
    }

    private static boolean sleepBeforeRetry(
            String consumer, InboundEvent event, int attempt, Duration backoff, RuntimeException e) {
        LOG.warnf(
                "%s: event %s failed (attempt %d%s), retrying in %s: %s",
                consumer,
                event.id(),
                attempt,
                databaseUnreachable(e) ? ", database unreachable" : "",
                backoff,
                e.getMessage());
        return sleep(backoff);
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
