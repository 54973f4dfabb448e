package io.alliancehub.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owning services' recipient operations, played by one real HTTP server: events-service's
 * {@code GET /api/v1/events/{e}/registrations/{r}/recipient} and {@code …/registrations/recipients} and {@code …/{r}/ticket} for
 * the attendees a test {@link #register}s, members-service's {@code GET /api/v1/organizations/{o}/contacts/recipients}
 * for the representatives it {@link #represent}s; 401 unless the bearer token is a {@code notifier} token. (The
 * operations themselves are the services', tested there.)
 */
public class DirectoryStub implements QuarkusTestResourceLifecycleManager {

    public record Attendee(UUID registrationId, String name, String email, String language) {}

    public record Contact(UUID contactId, Map<String, String> name, String email, String language, String role) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Map<UUID, Attendee>> EVENTS = new ConcurrentHashMap<>();
    private static final Pattern ONE = Pattern.compile("/api/v1/events/([^/]+)/registrations/([^/]+)/recipient");
    private static final Pattern TICKET = Pattern.compile("/api/v1/events/([^/]+)/registrations/([^/]+)/ticket");
    private static final Pattern ALL = Pattern.compile("/api/v1/events/([^/]+)/registrations/recipients");
    private static final Pattern CONTACTS = Pattern.compile("/api/v1/organizations/([^/]+)/contacts/recipients");
    private static final Map<UUID, List<Contact>> ORGANIZATIONS = new ConcurrentHashMap<>();
    private static final List<String> CALLERS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HttpServer server;

    public static void register(UUID eventId, Attendee attendee) {
        EVENTS.computeIfAbsent(eventId, e -> new ConcurrentHashMap<>()).put(attendee.registrationId(), attendee);
    }

    public static void represent(UUID organizationId, Contact contact) {
        ORGANIZATIONS
                .computeIfAbsent(organizationId, o -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(contact);
    }

    /** The bytes the stub answers as a registration's ticket (a PNG signature, then the id). */
    public static byte[] ticket(UUID registrationId) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] id = registrationId.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] png = java.util.Arrays.copyOf(signature, signature.length + id.length);
        System.arraycopy(id, 0, png, signature.length, id.length);
        return png;
    }

    /** The subjects and roles of the tokens the directory was called with. */
    public static List<String> callers() {
        return CALLERS;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            JsonNode claims = claims(auth);
            if (claims == null || !claims.path("groups").toString().contains("\"notifier\"")) {
                respond(exchange, 401, "{}");
                return;
            }
            CALLERS.add(claims.path("sub").asText() + " " + claims.path("groups"));
            String path = exchange.getRequestURI().getPath();
            Matcher one = ONE.matcher(path);
            Matcher all = ALL.matcher(path);
            Matcher contacts = CONTACTS.matcher(path);
            Matcher ticket = TICKET.matcher(path);
            if (ticket.matches()) {
                Attendee a = EVENTS.getOrDefault(UUID.fromString(ticket.group(1)), Map.of())
                        .get(UUID.fromString(ticket.group(2)));
                if (a == null) {
                    respond(exchange, 409, "{\"status\":409}");
                } else {
                    byte[] png = ticket(a.registrationId());
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                    exchange.close();
                }
            } else if (contacts.matches()) {
                String query = exchange.getRequestURI().getQuery();
                String role = query != null && query.startsWith("role=") ? query.substring(5) : null;
                List<Contact> items = ORGANIZATIONS.getOrDefault(UUID.fromString(contacts.group(1)), List.of()).stream()
                        .filter(c -> role == null
                                ? c.role().endsWith("_REPRESENTATIVE")
                                : c.role().equals(role))
                        .toList();
                respond(exchange, 200, JSON.writeValueAsString(items));
            } else if (all.matches()) {
                List<Attendee> items = new ArrayList<>(EVENTS.getOrDefault(UUID.fromString(all.group(1)), Map.of())
                        .values());
                respond(
                        exchange,
                        200,
                        JSON.writeValueAsString(Map.of(
                                "items", items, "page", 0, "size", 200, "totalItems", items.size(), "totalPages", 1)));
            } else if (one.matches()) {
                Attendee a = EVENTS.getOrDefault(UUID.fromString(one.group(1)), Map.of())
                        .get(UUID.fromString(one.group(2)));
                if (a == null) {
                    respond(exchange, 404, "{\"status\":404}");
                } else {
                    respond(exchange, 200, JSON.writeValueAsString(a));
                }
            } else {
                respond(exchange, 404, "{}");
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.events.url", url, "quarkus.rest-client.members.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static JsonNode claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return null;
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
