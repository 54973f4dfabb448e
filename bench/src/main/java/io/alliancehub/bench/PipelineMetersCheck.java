package io.alliancehub.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After the load scenarios: each service's {@code /q/metrics} lists the pipeline meters the operators' alerts and
 * dashboard use (deploy/k8s/monitoring), with values the run makes sane: the writer's relay sent batches, each
 * consumer applied events of every topic it reads and reports its lag, nothing was dead-lettered, the outbox has
 * caught up, and the registration and check-in counters counted what the burst and the door did.
 */
final class PipelineMetersCheck {

    /** One sample of the Prometheus text format: name{labels} value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** What failed, one line each; empty when every service passed. */
    final List<String> failures = new ArrayList<>();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            String value = m.group(4);
            samples.add(new Sample(
                    m.group(1),
                    labels,
                    value.equals("NaN") ? Double.NaN : Double.parseDouble(value.replace("+Inf", "Infinity"))));
        }
        return samples;
    }

    List<Sample> scrape(String base) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(base + "/q/metrics answered " + r.statusCode());
        }
        return parse(r.body());
    }

    /** The services' meters, each checked; {@code consumed} maps a service to the topics it reads. */
    void check(
            Map<String, String> services,
            Map<String, List<String>> consumed,
            boolean registrationsRan,
            boolean checkInsRan)
            throws Exception {
        for (Map.Entry<String, String> service : services.entrySet()) {
            String name = service.getKey();
            List<Sample> samples = scrape(service.getValue());
            require(name, samples, "alliance_outbox_backlog", Map.of(), v -> v >= 0, ">= 0");
            require(name, samples, "alliance_outbox_oldest_age_seconds", Map.of(), v -> v >= 0 && v < 60, "< 60 s");
            for (String topic : consumed.getOrDefault(name, List.of())) {
                require(
                        name,
                        samples,
                        "alliance_inbox_apply_seconds_count",
                        Map.of("topic", topic),
                        v -> v > 0,
                        "> 0 (events of " + topic + " applied)");
                require(name, samples, "alliance_dead_letters_total", Map.of("topic", topic), v -> v == 0, "0");
                require(
                        name,
                        samples,
                        "kafka_consumer_fetch_manager_records_lag",
                        Map.of("topic", topic),
                        v -> v >= 0,
                        ">= 0 per partition");
            }
        }
        List<Sample> members = scrape(services.get("members-service"));
        require("members-service", members, "alliance_outbox_send_seconds_count", Map.of(), v -> v > 0, "> 0");
        List<Sample> events = scrape(services.get("events-service"));
        // request latency as a histogram where the load's requests went (the p99 panels and the 5xx alert)
        for (Map.Entry<String, List<Sample>> served :
                Map.of("members-service", members, "events-service", events).entrySet()) {
            require(
                    served.getKey(),
                    served.getValue(),
                    "http_server_requests_seconds_bucket",
                    Map.of(),
                    v -> v >= 0,
                    "a histogram");
        }
        if (registrationsRan) {
            require(
                    "events-service",
                    events,
                    "alliance_registrations_total",
                    Map.of("outcome", "confirmed"),
                    v -> v > 0,
                    "> 0 after the burst");
        }
        if (checkInsRan) {
            require(
                    "events-service",
                    events,
                    "alliance_checkins_total",
                    Map.of("channel", "gate"),
                    v -> v > 0,
                    "> 0 after the door");
        }
        if (services.containsKey("notifications-service")) {
            require(
                    "notifications-service",
                    scrape(services.get("notifications-service")),
                    "alliance_webhook_deliveries_total",
                    Map.of("outcome", "failed"),
                    v -> v >= 0,
                    "listed");
        }
    }

    /** Every sample of {@code name} whose labels include {@code labels} must pass; at least one must exist. */
    private void require(
            String service,
            List<Sample> samples,
            String name,
            Map<String, String> labels,
            java.util.function.DoublePredicate sane,
            String expected) {
        List<Sample> found = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
        if (found.isEmpty()) {
            failures.add(service + ": " + name + labels + " is not listed");
            return;
        }
        double total = name.endsWith("_count") || name.endsWith("_total")
                ? found.stream().mapToDouble(Sample::value).sum()
                : Double.NaN;
        if (!Double.isNaN(total)) {
            if (!sane.test(total)) {
                failures.add(service + ": " + name + labels + " = " + total + ", expected " + expected);
            }
            return;
        }
        // a gauge not measured yet is NaN (a partition's lag before its first fetch): at least one must have a value
        if (found.stream().allMatch(s -> Double.isNaN(s.value()))) {
            failures.add(service + ": " + name + labels + " has no value yet");
            return;
        }
        for (Sample s : found) {
            if (!Double.isNaN(s.value()) && !sane.test(s.value())) {
                failures.add(service + ": " + name + s.labels() + " = " + s.value() + ", expected " + expected);
                return;
            }
        }
    }
}
