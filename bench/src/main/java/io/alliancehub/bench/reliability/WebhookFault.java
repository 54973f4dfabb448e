package io.alliancehub.bench.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.alliancehub.bench.Bench;
import io.alliancehub.bench.Http;
import io.alliancehub.bench.LocalSuite;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhooks through two faults at once: a partner's receiver that fails (503, then refused connections while it is
 * down) and notifications-service SIGKILLed in the middle of delivering, then started again. Organisations are
 * created throughout; afterwards every one's {@code organization.registered} must have reached the receiver (0
 * lost). A delivery may arrive twice: the receiver's 2xx to an instance that was killed before it recorded it is
 * retried when the lease ends, which at-least-once allows; such repeats are counted and reported, not failed.
 */
final class WebhookFault {

    static final String TYPE = "io.alliancehub.members.organization.registered.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fault as the report describes it. */
    static Faults.Fault describe(LocalSuite suite) {
        int port = Integer.parseInt(Bench.env("ALLIANCE_NOTIFICATIONS_PORT", "8084"));
        return new Faults.Fault(
                "webhooks",
                "the partner's receiver answers 503, then is down; SIGKILL of notifications-service mid-delivery",
                () -> suite.kill("notifications"),
                "the receiver answers 204 again; ./alliance up",
                () -> suite.alliance("up"),
                "no notifications-service process, its port " + port + " closed; the receiver's 503s counted",
                () -> suite.running("notifications").isEmpty() && !LocalSuite.portOpen(port),
                false,
                null);
    }

    static Faults.Outcome run(
            LocalSuite suite, Tokens tokens, String gateway, String members, String admin, boolean smoke)
            throws Exception {
        Faults.Fault fault = describe(suite);
        List<String> failures = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();

        Receiver receiver = new Receiver();
        receiver.start();
        int receiverPort = receiver.port;

        String partner =
                tokens.partner("chaos-webhooks-" + UUID.randomUUID().toString().substring(0, 6));
        Http asPartner = new Http(partner);
        HttpResponse<String> created = asPartner.send(
                "POST",
                gateway + "/api/v1/webhooks",
                "{\"url\": \"http://127.0.0.1:" + receiverPort + "/hooks\", \"eventTypes\": [\"" + TYPE + "\"]}");
        if (created.statusCode() != 201) {
            receiver.stop();
            return new Faults.Outcome(
                    fault,
                    figures,
                    List.of("could not subscribe: HTTP " + created.statusCode() + " " + created.body()),
                    null);
        }
        String subscription =
                JSON.readTree(created.body()).path("subscription").path("id").asText();

        // organisations created throughout: each one's organization.registered must be delivered
        Http asAdmin = new Http(admin);
        List<String> organisations = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        String tag = "chaos-webhooks-" + UUID.randomUUID().toString().substring(0, 6);
        Thread writer = Thread.ofPlatform().start(() -> {
            int n = 0;
            while (writing.get()) {
                try {
                    HttpResponse<String> r = asAdmin.send(
                            "POST", members + "/api/v1/organizations", Bench.organization(tag + "-" + ++n));
                    if (r.statusCode() == 201) {
                        organisations.add(JSON.readTree(r.body()).path("id").asText());
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a refused write is not this scenario's subject (the other faults judge writes)
                }
            }
        });
        long seconds = smoke ? 8 : 30;
        // failing first: the receiver answers 503 until deliveries have been refused for a while
        long failing = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.refusedAnswers.get() < 3 && System.nanoTime() < failing) {
            Thread.sleep(100);
        }
        Thread.sleep(seconds * 250);
        receiver.stop(); // down: connections refused while notifications-service is killed
        int killed = fault.inject().run();
        boolean inEffect = false;
        for (int i = 0; i < 100 && !inEffect; i++) {
            inEffect = fault.inEffect().holds();
            Thread.sleep(100);
        }
        Thread.sleep(seconds * 250);
        int restarted = fault.undo().run();
        receiver.start();
        Thread.sleep(seconds * 250);
        receiver.answer.set(204); // the receiver recovers
        Thread.sleep(seconds * 250);
        writing.set(false);
        writer.join();

        // deliveries claimed by the killed instance are due again when their lease (60 s) ends
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        // ...and the receiver stays up until the delivery log has nothing pending (a write whose answer the writer
        // missed is delivered too, and must not be left behind when the receiver goes)
        String pendingUrl = gateway + "/api/v1/webhooks/" + subscription + "/deliveries?status=PENDING";
        while (System.nanoTime() < deadline
                && !(receiver.deliveredSubjects.containsAll(organisations) && pending(asPartner, pendingUrl) == 0)) {
            Thread.sleep(500);
        }
        receiver.stop();
        List<String> lost = organisations.stream()
                .filter(o -> !receiver.deliveredSubjects.contains(o))
                .toList();
        long repeats =
                receiver.okByWebhookId.values().stream().mapToInt(c -> c - 1).sum();
        HttpResponse<String> pending = asPartner.send("GET", pendingUrl, null);
        long pendingLeft = pending(asPartner, pendingUrl);

        figures.put("organisations", organisations.size());
        figures.put("delivered", organisations.size() - lost.size());
        figures.put("lost", lost.size());
        figures.put("repeated deliveries (at least once)", repeats);
        figures.put("answered 503 before recovery", receiver.refusedAnswers.get());
        figures.put("pending in the delivery log afterwards", pendingLeft);
        if (killed != 0 || !inEffect) {
            failures.add("notifications-service was not seen killed (exit " + killed + ")");
        }
        if (restarted != 0) {
            failures.add("./alliance up after the kill exited " + restarted);
        }
        if (receiver.refusedAnswers.get() == 0) {
            failures.add("the receiver never failed a delivery: the fault was not exercised");
        }
        if (organisations.isEmpty()) {
            failures.add("no organisation was created");
        }
        if (!lost.isEmpty()) {
            failures.add(lost.size() + " of " + organisations.size() + " organisations never delivered, e.g. "
                    + lost.get(0));
        }
        if (pendingLeft != 0) {
            failures.add("the delivery log still lists " + pendingLeft + " PENDING deliveries: " + pending.body());
        }
        if (failures.isEmpty()) {
            // kept when something failed, to be looked into
            HttpResponse<String> current = asPartner.send("GET", gateway + "/api/v1/webhooks/" + subscription, null);
            asPartner.exchange(
                    "DELETE",
                    gateway + "/api/v1/webhooks/" + subscription,
                    partner,
                    Map.of(
                            "If-Match",
                            "\"" + JSON.readTree(current.body()).path("version").asLong() + "\""),
                    null);
        }
        return new Faults.Outcome(fault, figures, failures, null);
    }

    /** How many deliveries the log lists as PENDING; -1 when it cannot be read. */
    private static long pending(Http asPartner, String pendingUrl) throws Exception {
        HttpResponse<String> r = asPartner.send("GET", pendingUrl, null);
        return r.statusCode() == 200
                ? JSON.readTree(r.body()).path("totalItems").asLong()
                : -1;
    }

    /**
     * The partner's receiver: every request kept (its webhook-id and subject), answered with the status of the
     * moment; stopped and started again on the same port.
     */
    private static final class Receiver {
        final AtomicInteger answer = new AtomicInteger(503);
        final Map<String, Integer> okByWebhookId = new ConcurrentHashMap<>();
        final Set<String> deliveredSubjects = ConcurrentHashMap.newKeySet();
        final AtomicInteger refusedAnswers = new AtomicInteger();
        int port;
        private HttpServer server;

        void start() throws java.io.IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
            port = server.getAddress().getPort();
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = answer.get();
                if (status / 100 == 2) {
                    okByWebhookId.merge(exchange.getRequestHeaders().getFirst("webhook-id"), 1, Integer::sum);
                    deliveredSubjects.add(JSON.readTree(body).path("subject").asText());
                } else {
                    refusedAnswers.incrementAndGet();
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        void stop() {
            server.stop(0);
        }
    }
}
