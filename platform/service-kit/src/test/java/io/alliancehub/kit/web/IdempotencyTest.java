package io.alliancehub.kit.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.alliancehub.kit.testapp.CreationsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** {@link Idempotency} behind a real creating POST, with its records in PostgreSQL. */
@QuarkusTest
class IdempotencyTest {

    private static Response post(String collection, String key, String name) {
        var request = given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}");
        if (key != null) {
            request.header(Idempotency.HEADER, key);
        }
        return request.post("/kit-test/collections/" + collection + "/items");
    }

    private static int created(String collection) {
        var count = CreationsResource.CREATED.get(collection);
        return count == null ? 0 : count.get();
    }

    @Test
    void aRepeatReplaysTheFirstAnswerWithoutCreatingAgain() {
        String collection = UUID.randomUUID().toString();
        Response first = post(collection, "key-1", "Suzhou BioBay");
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        Response repeat = post(collection, "key-1", "Suzhou BioBay");
        repeat.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("number", equalTo(1))
                .body("name", equalTo("Suzhou BioBay"));
        assertThat(created(collection)).isEqualTo(1);

        post(collection, null, "Suzhou BioBay").then().statusCode(201).body("number", equalTo(2));
        post(collection, "key-2", "Suzhou BioBay").then().statusCode(201).body("number", equalTo(3));
        assertThat(created(collection))
                .as("without a key, or with another key, each POST creates")
                .isEqualTo(3);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String collection = UUID.randomUUID().toString();
        post(collection, "key-1", "first").then().statusCode(201);
        post(collection, "key-1", "second")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Idempotency-Key reused"));
        assertThat(created(collection)).isEqualTo(1);
    }

    @Test
    void theScopeIsTheRequestTargetNotATypedString() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        post(a, "shared-key", "same").then().statusCode(201);
        post(b, "shared-key", "same").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(created(a)).isEqualTo(1);
        assertThat(created(b))
                .as("the same key on another collection is another request")
                .isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsA400AndCreatesNothing() {
        String collection = UUID.randomUUID().toString();
        post(collection, "with space", "x").then().statusCode(400).contentType("application/problem+json");
        post(collection, "k".repeat(Idempotency.MAX_KEY_LENGTH + 1), "x").then().statusCode(400);
        assertThat(created(collection)).isZero();
    }

    @Test
    void concurrentRepeatsCreateOnce() throws Exception {
        String collection = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> post(collection, "race", "same"), pool));
            }
            List<Integer> numbers = new ArrayList<>();
            for (CompletableFuture<Response> answer : answers) {
                Response r = answer.get();
                assertThat(r.statusCode()).isEqualTo(201);
                numbers.add(r.jsonPath().getInt("number"));
            }
            assertThat(numbers).containsOnly(1);
            assertThat(created(collection)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
