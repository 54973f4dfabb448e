package io.alliancehub.kit.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.alliancehub.kit.testapp.HeldResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Over its limit of requests in progress, the service answers 503 at once and keeps its probes. */
@QuarkusTest
@TestProfile(InFlightLimitTest.LimitOfTwo.class)
class InFlightLimitTest {

    public static class LimitOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.limits.in-flight", "2");
        }
    }

    @Inject
    InFlightLimit limit;

    @Test
    void aRequestOverTheLimitIsShedWithRetryAfterAndTheSlotsComeBack() {
        CountDownLatch release = new CountDownLatch(1);
        HeldResource.RELEASE.set(release);
        // a thread per held request (the common pool has one thread on a 2-core machine)
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<CompletableFuture<String>> held = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().get("/kit-test/held")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        clients))
                .toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 2);

        given().get("/kit-test/held")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("status", is(503))
                .body("type", is("https://alliancehub.io/problems/service-unavailable"));
        given().get("/q/health/live").then().statusCode(200);

        release.countDown();
        assertThat(held.stream().map(CompletableFuture::join)).containsOnly("released");
        clients.shutdown();
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.inFlight() == 0);
        given().get("/kit-test/held").then().statusCode(200);
    }
}
