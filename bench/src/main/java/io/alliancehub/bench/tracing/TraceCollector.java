package io.alliancehub.bench.tracing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;

/**
 * The local stack's trace collector ({@code ALLIANCE_TRACING=on ./alliance up}): an OTLP/HTTP receiver
 * ({@code POST /v1/traces}, {@code application/x-protobuf}, what Quarkus' exporter sends with
 * {@code quarkus.otel.exporter.otlp.traces.protocol=http/protobuf}) that appends every span, one JSON object a
 * line, to a file. {@code ./alliance traces ID} reads it, and {@code ./alliance test} checks one request's trace
 * from it ({@link TraceCheck}). It stands in for a tracing back end (Jaeger, Tempo) that no package registry serves
 * here; the messages are decoded by the OpenTelemetry project's own protobuf classes, so only the HTTP handling is
 * written here.
 *
 * <p>Arguments: the port, the file.
 */
public final class TraceCollector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;

    private TraceCollector(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        TraceCollector collector = new TraceCollector(Path.of(args[1]));
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer()
                .requestHandler(collector::handle)
                .listen(port, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        System.out.println("trace collector: OTLP/HTTP on 127.0.0.1:" + port + ", spans to " + args[1]);
    }

    private void handle(HttpServerRequest request) {
        // every POST is an export of spans (the exporter posts to the endpoint's /v1/traces)
        if (request.method() != HttpMethod.POST) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onComplete(body -> {
            if (body.failed()) {
                request.response().setStatusCode(400).end();
                return;
            }
            try {
                write(ExportTraceServiceRequest.parseFrom(body.result().getBytes()));
                request.response()
                        .putHeader("content-type", "application/x-protobuf")
                        .end(Buffer.buffer(
                                ExportTraceServiceResponse.getDefaultInstance().toByteArray()));
            } catch (IOException e) {
                request.response().setStatusCode(400).end(e.getMessage());
            }
        });
    }

    /** One line per span: its ids, name, kind, service, times and string attributes. */
    private synchronized void write(ExportTraceServiceRequest request) throws IOException {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attribute(resource.getResource().getAttributesList(), "service.name");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("traceId", hex(span.getTraceId()));
                    line.put("spanId", hex(span.getSpanId()));
                    line.put("parentSpanId", hex(span.getParentSpanId()));
                    line.put("service", service);
                    line.put("name", span.getName());
                    line.put("kind", span.getKind().name());
                    line.put("startNanos", span.getStartTimeUnixNano());
                    line.put("endNanos", span.getEndTimeUnixNano());
                    ObjectNode attributes = line.putObject("attributes");
                    for (KeyValue kv : span.getAttributesList()) {
                        attributes.put(kv.getKey(), text(kv.getValue()));
                    }
                    out.write(JSON.writeValueAsString(line));
                    out.newLine();
                }
            }
        }
        out.flush();
    }

    private static String attribute(List<KeyValue> attributes, String key) {
        return attributes.stream()
                .filter(kv -> kv.getKey().equals(key))
                .map(kv -> text(kv.getValue()))
                .findFirst()
                .orElse("");
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            default -> value.toString().strip();
        };
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
