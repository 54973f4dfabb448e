package io.alliancehub.kit.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context where HTTP does not carry it: stored with an outbox row when the event is written, sent
 * with the Kafka record (the {@code traceparent} header, and the CloudEvents distributed-tracing extension), and
 * continued by the consumer that applies it. With tracing switched off there is no current span and no header.
 */
public final class TraceContext {

    /** The W3C header, and the CloudEvents extension attribute of the same name. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {}

    /** The traceparent of the current span, or null when there is none (tracing off, or outside a traced call). */
    public static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** A context whose parent is the span {@code traceparent} names; the root context for null or a malformed one. */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(TRACEPARENT, traceparent), GETTER);
    }
}
