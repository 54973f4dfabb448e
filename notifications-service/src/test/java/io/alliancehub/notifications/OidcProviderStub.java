package io.alliancehub.notifications;

import com.sun.net.httpserver.HttpServer;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OIDC provider's token endpoint, played by a real HTTP server: {@code POST /token} with the client-credentials
 * grant and the client's id and secret (HTTP Basic) answers a notifier token signed with the test key, for
 * {@code service-account-alliance-notifier}, valid for five minutes; anything else is 401. It keeps each request's
 * body and Authorization header.
 */
public class OidcProviderStub implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "alliance-notifier";
    public static final String SECRET = "notifier-secret-for-tests";
    public static final String SUBJECT = "service-account-alliance-notifier";

    /** Each request: its Authorization header, a blank line, its body. */
    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        server.createContext("/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            REQUESTS.add(auth + "\n\n" + body);
            boolean ok = "POST".equals(exchange.getRequestMethod())
                    && basic.equals(auth)
                    && body.contains("grant_type=client_credentials");
            byte[] answer = (ok
                            ? "{\"access_token\":\"" + TestTokens.withRole(SUBJECT, "notifier")
                                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                            : "{\"error\":\"invalid_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of(
                "notifications.service-token.source",
                "oidc-client",
                "quarkus.oidc-client.auth-server-url",
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.oidc-client.discovery-enabled",
                "false",
                "quarkus.oidc-client.token-path",
                "/token",
                "quarkus.oidc-client.client-id",
                CLIENT_ID,
                "quarkus.oidc-client.credentials.secret",
                SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
