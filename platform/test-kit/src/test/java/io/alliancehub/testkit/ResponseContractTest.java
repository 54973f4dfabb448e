package io.alliancehub.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The response check catches the mismatches it exists for (and passes a conforming answer), against a real HTTP server. */
class ResponseContractTest {

    private static HttpServer server;
    private static ResponseContract filter;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/things/good", 200, "{\"id\":\"1\",\"name\":\"Boya\",\"note\":null}");
        answer("/things/null-string", 200, "{\"id\":\"1\",\"name\":\"Boya\",\"website\":null}");
        answer("/things/wrong-type", 200, "{\"id\":\"1\",\"name\":42}");
        answer("/things/missing-required", 200, "{\"id\":\"1\"}");
        answer("/things/undeclared-status", 418, "{\"id\":\"1\",\"name\":\"Boya\"}");
        server.start();
        filter = ResponseContract.of(spec());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aMatchingAnswerPasses() {
        assertThat(call("good")).isEqualTo(200);
    }

    @Test
    void nullWhereTheSpecSaysStringFails() {
        assertThatThrownBy(() -> call("null-string"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("website");
    }

    @Test
    void aNumberWhereTheSpecSaysStringFails() {
        assertThatThrownBy(() -> call("wrong-type"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("name");
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThatThrownBy(() -> call("missing-required"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("name");
    }

    @Test
    void anUndeclaredStatusFails() {
        assertThatThrownBy(() -> call("undeclared-status"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("418");
    }

    private static int call(String thing) {
        return given().filter(filter)
                .baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .get("/things/" + thing)
                .statusCode();
    }

    private static void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    private static Path spec() throws URISyntaxException {
        return Path.of(
                ResponseContractTest.class.getResource("/contract-sample.yaml").toURI());
    }
}
