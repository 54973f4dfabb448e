package io.alliancehub.testkit;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The spans an application under test finished, kept in memory (Quarkus hands its spans to every {@link
 * SpanExporter} bean). Tracing is off in the suite's configuration; a test that looks at spans runs under {@link
 * Tracing}, which switches it on.
 */
@Singleton
public class SpanRecorder {

    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Produces
    @Singleton
    SpanExporter inMemory() {
        return EXPORTER;
    }

    /** Every span finished so far. */
    public static List<SpanData> spans() {
        return EXPORTER.getFinishedSpanItems();
    }

    /** The finished spans of one trace. */
    public static List<SpanData> trace(String traceId) {
        return spans().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** A test profile with tracing on, spans handed over at once, and no OTLP export. */
    public static class Tracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "50ms",
                    "quarkus.otel.exporter.otlp.enabled", "false");
        }
    }
}
