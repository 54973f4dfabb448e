package io.alliancehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A caller that is not a trusted proxy cannot name another client with X-Forwarded-For. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OnlyAnotherProxyIsTrusted.class)
@QuarkusTestResource(StubServices.class)
@QuarkusTestResource(TestTokens.class)
class UntrustedProxyTest {

    public static class OnlyAnotherProxyIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void itsForwardedHeaderIsIgnoredAndItsOwnAddressIsItsBucket() {
        given().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/taxonomy")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", is("127.0.0.1"));
        // five "clients" by the header: one bucket (the caller's own address), so it empties by about five
        io.restassured.response.Response last = null;
        for (int i = 0; i < 5; i++) {
            last = given().header("X-Forwarded-For", "203.0.113." + (20 + i)).get("/api/v1/taxonomy");
        }
        int limit = Integer.parseInt(last.header("RateLimit-Limit"));
        assertThat(Integer.parseInt(last.header("RateLimit-Remaining")))
                .as("one bucket, whatever the header says")
                .isLessThan(limit - 2);
    }
}
