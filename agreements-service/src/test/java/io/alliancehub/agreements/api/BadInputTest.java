package io.alliancehub.agreements.api;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input on every endpoint: a 4xx problem+json that names the problem and changes nothing. */
@QuarkusTest
class BadInputTest {

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("https://alliancehub.io/problems/"))
                .body("title", notNullValue())
                .body(not(containsString("at io.")))
                .body(not(containsString("Exception")));
    }

    static ValidatableResponse post(String json) {
        return create(TestTokens.admin(), json);
    }

    @Test
    void agreementBodies() {
        UUID org = activeOrganization("坏协议");
        String good = agreementJson(referenceNumber(), org, "PUBLIC", false);
        long before = total();
        problem(post("{\"referenceNumber\": "), 400);
        problem(post(good.replace("\"visibility\"", "\"status\": \"SIGNED\", \"visibility\"")), 400)
                .body("errors[0].field", is("status"));
        problem(post(good.replace("FRAMEWORK_AGREEMENT", "HANDSHAKE")), 400).body("errors[0].field", is("type"));
        problem(post(good.replaceFirst("\"referenceNumber\": \"[^\"]+\"", "\"referenceNumber\": \"lower case!\"")), 400)
                .body("errors[0].field", is("referenceNumber"));
        problem(post(good.replace("2026-04-18", "2020-01-01")), 400).body("errors[0].field", is("effectiveTo"));
        problem(post(good.replace("2026-04-18", "18/04/2026")), 400).body("errors[0].field", is("effectiveTo"));
        problem(post(good.replace("\"PARTY_B\"", "\"PARTY_A\"")), 400).body("errors[0].field", is("parties[1].role"));
        problem(post(good.replace("{\"name\": {\"en\": \"Dalian Medical University\"}, ", "{")), 400)
                .body("errors[0].field", is("parties[1]"));
        problem(
                        post(good.replaceAll(
                                ",\\s*\\{\"name\": \\{\"en\": \"Dalian Medical University\"}, \"role\": \"PARTY_B\", \"signatories\": \\[]}",
                                "")),
                        400)
                .body("errors[0].field", is("parties"));
        problem(post(good.replace("GENE_TESTING", "ALCHEMY")), 400);
        problem(post(good.replace(org.toString(), UUID.randomUUID().toString())), 422)
                .body("type", endsWith("/unknown-organization"))
                .body("errors[0].field", is("parties[0].organizationId"));
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("text/csv")
                        .body("a,b")
                        .post("/api/v1/agreements")
                        .then(),
                415);
        problem(
                given().contentType("application/json")
                        .body(good)
                        .post("/api/v1/agreements")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherIssuer())
                        .contentType("application/json")
                        .body(good)
                        .post("/api/v1/agreements")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherAudience())
                        .contentType("application/json")
                        .body(good)
                        .post("/api/v1/agreements")
                        .then(),
                401);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void pathsQueriesTransitionsAndMilestones() {
        UUID id = agreement(activeOrganization("坏协议二"), "PUBLIC", false);
        String path = "/api/v1/agreements/" + id;
        problem(given().get("/api/v1/agreements/nope").then(), 404);
        problem(given().get("/api/v1/agreements/" + UUID.randomUUID()).then(), 404);
        problem(
                        given().queryParam("expiringBefore", "soon")
                                .get("/api/v1/agreements")
                                .then(),
                        400)
                .body("errors[0].field", is("expiringBefore"));
        problem(given().queryParam("partyId", "x").get("/api/v1/agreements").then(), 400)
                .body("errors[0].field", is("partyId"));
        problem(given().queryParam("status", "HAPPY").get("/api/v1/agreements").then(), 400);
        problem(
                given().queryParam("sort", "secret,asc")
                        .get("/api/v1/agreements")
                        .then(),
                400);
        problem(transition(id, Map.of("action", "SHRED")), 400).body("errors[0].field", is("action"));
        problem(transition(id, Map.of("action", "EXPIRE")), 400);
        problem(transition(id, Map.of("action", "SUBMIT_FOR_REVIEW", "signedOn", "2021-01-01")), 400);
        problem(transition(id, Map.of("action", "ACTIVATE")), 409);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/merge-patch+json")
                        .body("{}")
                        .patch(path)
                        .then(),
                428);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "\"9\"")
                        .body("{}")
                        .patch(path)
                        .then(),
                412);
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("application/merge-patch+json")
                                .header("If-Match", etag(path))
                                .body("{\"parties\": null}")
                                .patch(path)
                                .then(),
                        400)
                .body("errors[0].field", is("parties"));
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("application/json")
                                .body(Map.of("summary", Map.of("en", "x"), "changes", Map.of()))
                                .post(path + "/amendments")
                                .then(),
                        409)
                .body("type", endsWith("/not-amendable"));
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/json")
                        .body(Map.of("title", Map.of("en", "x")))
                        .post(path + "/milestones")
                        .then(),
                400);
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("application/json")
                                .body(Map.of(
                                        "title", Map.of("en", "x"), "ownerPartyRole", "PARTY_A", "dueOn", "someday"))
                                .post(path + "/milestones")
                                .then(),
                        400)
                .body("errors[0].field", is("dueOn"));
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/json")
                        .body(Map.of("action", "COMPLETE"))
                        .post(path + "/milestones/" + UUID.randomUUID() + "/transitions")
                        .then(),
                404);
    }

    /** A patch that changes nothing writes nothing: same version, for the agreement and its milestone. */
    @Test
    void anEmptyPatchWritesNothing() {
        UUID agreement = agreement(activeOrganization("空补丁成员"), "PUBLIC", true);
        String a = "/api/v1/agreements/" + agreement;
        String milestone = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"title\": {\"en\": \"Deliver\"}, \"ownerPartyRole\": \"PARTY_A\", \"dueOn\": \"2031-12-31\"}")
                .post(a + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String path : new String[] {a, a + "/milestones/" + milestone}) {
            String etag = etag(path);
            given().auth()
                    .oauth2(TestTokens.admin())
                    .contentType("application/merge-patch+json")
                    .header("If-Match", etag)
                    .body("{}")
                    .patch(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", is(etag));
            assertThat(etag(path)).isEqualTo(etag);
        }
    }

    static long total() {
        return ((Number) given().auth()
                        .oauth2(TestTokens.admin())
                        .queryParam("size", 1)
                        .get("/api/v1/agreements")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("totalItems"))
                .longValue();
    }
}
