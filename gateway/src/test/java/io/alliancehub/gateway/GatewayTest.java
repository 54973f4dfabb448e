package io.alliancehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
@QuarkusTestResource(TestTokens.class)
class GatewayTest {

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("https://alliancehub.io/problems/"))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("Exception")));
    }

    @Test
    void routesEachResourceToItsServiceUnchanged() {
        given().get("/api/v1/organizations?q=boya&size=5")
                .then()
                .statusCode(200)
                .body("service", is("members"))
                .body("uri", is("/api/v1/organizations?q=boya&size=5"))
                .header("ETag", is("\"7\""));
        given().get("/api/v1/taxonomy").then().body("service", is("members"));
        given().get("/api/v1/committees/x").then().body("service", is("members"));
        given().get("/api/v1/events/1/calendar").then().body("service", is("events"));
        given().auth()
                .oauth2(TestTokens.partner())
                .get("/api/v1/webhooks/1/deliveries")
                .then()
                .body("service", is("notifications"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"3\"")
                .body("{\"capacity\": 2000}")
                .patch("/api/v1/agreements/9?status=412")
                .then()
                .statusCode(412)
                .body("service", is("agreements"))
                .body("method", is("PATCH"))
                .body("body", is("{\"capacity\": 2000}"))
                .body("headers.if-match", is("\"3\""))
                .body("headers.content-type", startsWith("application/merge-patch+json"))
                .body("headers.authorization", startsWith("Bearer "));
        problem(given().get("/api/v1/unknown-things").then(), 404);
        problem(given().get("/nowhere").then(), 404);
        problem(given().get("/api/v1").then(), 404);
        problem(given().get("/api/v1/").then(), 404);
    }

    @Test
    void aRequestIdIsCreatedOrPassedOnAndReturned() {
        String created = given().get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract()
                .header("X-Request-Id");
        given().get("/api/v1/events").then().body("headers.x-request-id", not(is(created)));
        given().header("X-Request-Id", "partner-req-42")
                .get("/api/v1/events")
                .then()
                .header("X-Request-Id", is("partner-req-42"))
                .body("headers.x-request-id", is("partner-req-42"))
                .body("headers.x-forwarded-for", is("127.0.0.1"));
        given().header("X-Request-Id", "bad id with spaces")
                .get("/api/v1/events")
                .then()
                .header("X-Request-Id", not(is("bad id with spaces")));
    }

    @Test
    void aRememberedTokenStillRefusesTheSameClaimsUnderAnotherSignature() {
        String token = TestTokens.admin();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
        }
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);
        problem(given().auth().oauth2(tampered).get("/api/v1/organizations").then(), 401);
        String foreign = TestTokens.foreignSigned();
        for (int i = 0; i < 2; i++) {
            problem(given().auth().oauth2(foreign).get("/api/v1/organizations").then(), 401);
        }
    }

    @Test
    void tokensAreVerifiedBeforeAnythingIsProxied() {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("service", is("members"));
        problem(
                        given().auth()
                                .oauth2(TestTokens.foreignSigned())
                                .get("/api/v1/organizations")
                                .then(),
                        401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(
                given().auth()
                        .oauth2(TestTokens.expired())
                        .get("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherIssuer())
                        .get("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherAudience())
                        .get("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                        .get("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().contentType("application/json")
                        .body("{}")
                        .post("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.withRole("visitor", "guest"))
                        .contentType("application/json")
                        .body("{}")
                        .post("/api/v1/organizations")
                        .then(),
                403);
        problem(
                given().header("Content-Length", "30000000")
                        .auth()
                        .oauth2(TestTokens.admin())
                        .get("/api/v1/organizations")
                        .then(),
                413);
    }

    @Test
    void pastTheLimitA429WithRetryAfter() {
        String token = TestTokens.withRole("limited-partner-system", "partner");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get("/api/v1/events").then().statusCode(200);
        }
        problem(given().auth().oauth2(token).get("/api/v1/events").then(), 429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // another client is not affected
        given().auth().oauth2(TestTokens.partner()).get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void aDownServiceAnswers503AtOnceTheOthersKeepWorkingAndItRecovers() throws Exception {
        given().get("/api/v1/events")
                .then()
                .statusCode(200); // a warm gateway: the first request of a JVM loads its classes
        StubServices.stop("events");
        try {
            for (int i = 0; i < 8; i++) {
                long started = System.nanoTime();
                problem(given().get("/api/v1/events").then(), 503).header("Retry-After", notNullValue());
                // "at once" means far from the 10 s upstream timeout; the bound leaves room for a loaded CI machine
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as("attempt " + i)
                        .isLessThan(Duration.ofSeconds(3));
            }
            given().get("/api/v1/organizations").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200).body("checks[0].data.events", startsWith("DOWN"));
        } finally {
            StubServices.restart("events");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = given().get("/api/v1/events").then().extract().statusCode();
            Thread.sleep(200);
        }
        assertThat(status).as("recovers by itself once the service is back").isEqualTo(200);
    }

    /** Waits out the breaker's reset (test: 1 s) and closes it with a successful trial. */
    private static void closeAgreementsBreaker() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/api/v1/agreements/reset").then().extract().statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the agreements breaker did not close");
    }

    @Test
    void answers502To504OpenTheBreakerThenItAnswersWithoutCallingTheService() throws Exception {
        closeAgreementsBreaker();
        for (int status : new int[] {502, 503, 504}) {
            // the service's own answer is relayed, and counted as a failure
            given().get("/api/v1/agreements/x?status=" + status)
                    .then()
                    .statusCode(status)
                    .body("service", is("agreements"));
        }
        int reached = StubServices.hits("agreements");
        for (int i = 0; i < 3; i++) {
            problem(given().get("/api/v1/agreements/x").then(), 503).header("Retry-After", notNullValue());
        }
        assertThat(StubServices.hits("agreements"))
                .as("an open breaker answers 503 itself: nothing reaches the service")
                .isEqualTo(reached);
        given().get("/api/v1/events").then().statusCode(200); // other services' breakers are their own
        closeAgreementsBreaker();
        assertThat(StubServices.hits("agreements")).isGreaterThan(reached);
    }

    @Test
    void otherErrorsAndFailuresNotInARowDoNotOpenTheBreaker() throws Exception {
        closeAgreementsBreaker();
        for (int i = 0; i < 6; i++) {
            given().get("/api/v1/agreements/x?status=500").then().statusCode(500);
            given().get("/api/v1/agreements/x?status=404").then().statusCode(404);
        }
        // failures count in a row: a success in between starts the count again (test: 3 open it)
        for (int status : new int[] {502, 502, 200, 502, 502}) {
            given().get("/api/v1/agreements/x?status=" + status).then().statusCode(status);
        }
        int reached = StubServices.hits("agreements");
        given().get("/api/v1/agreements/x").then().statusCode(200).body("service", is("agreements"));
        assertThat(StubServices.hits("agreements")).isEqualTo(reached + 1);
    }

    @Test
    void aSlowServiceIsA504AndTimeoutsCountTowardTheBreaker() throws Exception {
        closeAgreementsBreaker();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            problem(given().get("/api/v1/agreements/slow?delayMs=4000").then(), 504);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("the test timeout is 1 s; the service would take 4 s")
                    .isLessThan(Duration.ofMillis(3500));
        }
        int reached = StubServices.hits("agreements");
        problem(given().get("/api/v1/agreements/x").then(), 503);
        assertThat(StubServices.hits("agreements")).isEqualTo(reached);
        closeAgreementsBreaker();
    }

    @Test
    void aFailedHalfOpenTrialOpensTheBreakerAgainAndASuccessfulOneClosesIt() throws Exception {
        closeAgreementsBreaker();
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/agreements/x?status=503").then().statusCode(503);
        }
        problem(given().get("/api/v1/agreements/x").then(), 503);
        Thread.sleep(1300); // past the test reset of 1 s: the next request is the trial
        int reached = StubServices.hits("agreements");
        given().get("/api/v1/agreements/x?status=502").then().statusCode(502).body("service", is("agreements"));
        assertThat(StubServices.hits("agreements"))
                .as("the trial reached the service")
                .isEqualTo(reached + 1);
        problem(given().get("/api/v1/agreements/x").then(), 503);
        assertThat(StubServices.hits("agreements"))
                .as("a failed trial opens the breaker again at once")
                .isEqualTo(reached + 1);
        Thread.sleep(1300);
        given().get("/api/v1/agreements/x").then().statusCode(200).body("service", is("agreements"));
        given().get("/api/v1/agreements/y").then().statusCode(200).body("service", is("agreements"));
        assertThat(StubServices.hits("agreements"))
                .as("closed after a good trial")
                .isEqualTo(reached + 3);
    }

    @Test
    void withoutATokenOnlyAnOptOutLinkWritesAndOnlyWithASmallBody() {
        given().post("/api/v1/notifications/opt-outs/abc")
                .then()
                .statusCode(200)
                .body("service", is("notifications"))
                .body("method", is("POST"));
        given().delete("/api/v1/notifications/opt-outs/abc").then().statusCode(200);
        problem(given().delete("/api/v1/webhooks/abc").then(), 401);
        problem(
                given().contentType("application/json")
                        .body("{}")
                        .post("/api/v1/organizations")
                        .then(),
                401);
        // 16 KiB without a token, declared or chunked
        problem(
                given().contentType("application/x-www-form-urlencoded")
                        .body("List-Unsubscribe=One-Click&x=" + "y".repeat(20_000))
                        .post("/api/v1/notifications/opt-outs/abc")
                        .then(),
                413);
        problem(
                given().contentType("application/octet-stream")
                        .body(new java.io.ByteArrayInputStream(new byte[20_000]))
                        .get("/api/v1/organizations")
                        .then(),
                413);
        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/api/v1/notifications/opt-outs/abc")
                .then()
                .statusCode(200)
                .body("body", is("List-Unsubscribe=One-Click"));
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnAddressAndBucket() {
        // 127.0.0.1 is the trusted proxy here (the default): its X-Forwarded-For names the client
        given().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/taxonomy")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", is("203.0.113.7"));
        // each forwarded client starts with a full bucket of its own, however many requests came before
        for (String client : new String[] {"203.0.113.8", "203.0.113.9"}) {
            io.restassured.response.Response r =
                    given().header("X-Forwarded-For", client).get("/api/v1/taxonomy");
            assertThat(Integer.parseInt(r.header("RateLimit-Remaining")))
                    .as("a fresh bucket for " + client)
                    .isEqualTo(Integer.parseInt(r.header("RateLimit-Limit")) - 1);
        }
    }

    @Test
    void limitsOnTheRequestLineAndChunkedBodiesAnswerProblems() {
        problem(given().get("/api/v1/organizations?q=" + "x".repeat(5000)).then(), 414);
        // no Content-Length: the gateway reads the body and stops at the cap (test: 64 KiB)
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("text/csv")
                        .body(new java.io.ByteArrayInputStream(new byte[100 * 1024]))
                        .post("/api/v1/organizations/import")
                        .then(),
                413);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("body", is("a,b\n1,2\n"))
                .body("headers.content-length", is("8"));
    }

    /** A client that trickles its body holds only its own connection: the service sees the request once it is whole. */
    @Test
    void aSlowBodyReachesTheServiceOnlyWhenComplete() throws Exception {
        java.net.URI gateway =
                java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
        try (java.net.Socket slow = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            var out = slow.getOutputStream();
            out.write(("POST /api/v1/organizations?status=201 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                            + TestTokens.admin()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"name\"")
                    .getBytes());
            out.flush();
            Thread.sleep(300);
            // meanwhile others are served
            given().get("/api/v1/events").then().statusCode(200);
            out.write(": \"x\"}".getBytes());
            out.flush();
            String answer = new String(slow.getInputStream().readNBytes(12));
            assertThat(answer).isEqualTo("HTTP/1.1 201");
        }
    }

    @Inject
    Upstreams upstreams;

    @Inject
    Vertx vertx;

    @Test
    void eachEventLoopCallsTheServicesThroughAClientOfItsOwn() throws Exception {
        // a context created on a thread of its own off the event loops goes to the next event loop in turn
        Map<Thread, HttpClient> byLoop = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            CompletableFuture<Context> created = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> created.complete(vertx.getOrCreateContext()));
            Context context = created.get(5, TimeUnit.SECONDS);
            CompletableFuture<Map.Entry<Thread, HttpClient>> used = new CompletableFuture<>();
            context.runOnContext(v -> used.complete(Map.entry(Thread.currentThread(), upstreams.client())));
            Map.Entry<Thread, HttpClient> entry = used.get(5, TimeUnit.SECONDS);
            HttpClient before = byLoop.putIfAbsent(entry.getKey(), entry.getValue());
            assertThat(before == null || before == entry.getValue())
                    .as("one client per event loop")
                    .isTrue();
        }
        assertThat(byLoop).hasSizeGreaterThan(1);
        assertThat(byLoop.values()).doesNotHaveDuplicates().doesNotContain(upstreams.client());
        // the connection cap is per service over all the loops, not per loop
        int loops = Upstreams.eventLoops(vertx);
        assertThat(loops).isGreaterThanOrEqualTo(byLoop.size());
        assertThat(upstreams.poolSizePerLoop() * loops).isBetween(1, Upstreams.MAX_CONNECTIONS_PER_SERVICE);
        assertThat(Upstreams.poolSizePerLoop(4)).isEqualTo(25);
        assertThat(Upstreams.poolSizePerLoop(300)).isEqualTo(1);
        // and a proxied request still reaches its service
        given().get("/api/v1/taxonomy").then().statusCode(200).body("service", is("members"));
    }

    @Test
    void healthAndSwaggerUi() {
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].name", is("upstreams"));
        given().get("/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("url: '/openapi'"));
    }

    @Test
    void corsFromTheAllowListOnly() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/organizations/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/organizations/1")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
