package io.alliancehub.events.messaging;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A consumer that stops polling takes the instance out of rotation until it polls again (test: after 3 s). */
@QuarkusTest
class ConsumerReadinessTest {

    @Inject
    KafkaClientService kafka;

    @Test
    void aConsumerThatStopsPollingMakesTheInstanceUnreadyUntilItPollsAgain() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        KafkaConsumer<Object, Object> members = kafka.getConsumer("members");
        // a stuck client: its polling thread does nothing else for 8 s
        members.runOnPollingThread(
                        (java.util.function.Consumer<org.apache.kafka.clients.consumer.Consumer<Object, Object>>)
                                c -> sleep(Duration.ofSeconds(8)))
                .subscribe()
                .with(done -> {}, failure -> {});
        Awaitility.await()
                .atMost(Duration.ofSeconds(7))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var r = given().get("/q/health/ready");
                    return r.statusCode() == 503 && r.asString().contains("kafka-consumers");
                });
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
