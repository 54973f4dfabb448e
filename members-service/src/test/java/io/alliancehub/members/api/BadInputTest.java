package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input of every kind: a 4xx problem+json that names the problem and changes nothing. */
@QuarkusTest
class BadInputTest {

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("https://alliancehub.io/problems/"))
                .body("title", notNullValue())
                .body("instance", startsWith("/"))
                .body(not(containsString("at io.")))
                .body(not(containsString("Exception")));
    }

    static ValidatableResponse post(String body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/organizations")
                .then();
    }

    @Test
    void createRejectsEveryKindOfBadBody() {
        long before = OrganizationApiTest.total();
        problem(post("{\"name\": "), 400);
        problem(post("[]"), 400);
        problem(
                        post(organizationJson("甲", "A", creditCode())
                                .replace("\"sector\"", "\"status\": \"ACTIVE\", \"sector\"")),
                        400)
                .body("errors[0].field", is("status"))
                .body("errors[0].message", containsString("unknown property"));
        problem(post(organizationJson("甲", "A", creditCode()).replace("ENTERPRISE", "SPACESHIP")), 400)
                .body("errors[0].field", is("sector"))
                .body("errors[0].message", containsString("HOSPITAL"));
        problem(post(organizationJson("甲", "A", "91320200MA149MQEP8")), 400)
                .body("errors.field", hasItem("creditCode"))
                .body("errors.message", hasItem("checksum does not match"));
        problem(post(organizationJson("x".repeat(201), "A", creditCode())), 400).body("errors.field", hasItem("name"));
        problem(post(organizationJson("甲", "A", creditCode()).replace("\"CN\"", "\"China\"")), 400)
                .body("errors.field", hasItem("address.country"));
        problem(post(organizationJson("甲", "A", creditCode()).replace("\"INITIATOR\"", "null")), 400)
                .body("errors.field", hasItem("membership.tier"));
        problem(post("{\"name\": {}, \"sector\": \"ENTERPRISE\", \"membership\": {\"tier\": \"MEMBER\"}}"), 400)
                .body("errors.field", hasItem("name"));
        problem(post(organizationJson("甲", "A", creditCode()).replace("[\"initiator\"]", "\"initiator\"")), 400)
                .body("errors[0].field", is("tags"));
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("text/plain")
                        .body("hello")
                        .post("/api/v1/organizations")
                        .then(),
                415);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/json")
                        .body("x".repeat(1_100_000))
                        .post("/api/v1/organizations")
                        .then(),
                413);
        assertThat(OrganizationApiTest.total()).isEqualTo(before);
    }

    @Test
    void badPathAndQueryParameters() {
        problem(given().get("/api/v1/organizations/not-a-uuid").then(), 404);
        problem(given().get("/api/v1/organizations/" + UUID.randomUUID()).then(), 404);
        problem(
                        given().queryParam("sector", "SPACESHIP")
                                .get("/api/v1/organizations")
                                .then(),
                        400)
                .body("errors[0].field", is("sector"));
        problem(given().queryParam("size", 500).get("/api/v1/organizations").then(), 400)
                .body("errors[0].field", is("size"));
        problem(given().queryParam("page", "abc").get("/api/v1/organizations").then(), 400)
                .body("errors[0].field", is("page"));
        problem(
                        given().queryParam("sort", "password,asc")
                                .get("/api/v1/organizations")
                                .then(),
                        400)
                .body("errors[0].field", is("sort"));
        problem(
                given().queryParam("updatedSince", "yesterday")
                        .get("/api/v1/organizations")
                        .then(),
                400);
        problem(
                given().queryParam("q", "x".repeat(201))
                        .get("/api/v1/organizations")
                        .then(),
                400);
        problem(given().get("/api/v1/nothing-here").then(), 404);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .delete("/api/v1/organizations")
                        .then(),
                405);
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("text/csv")
                                .body("nameEn,sector,tier\n")
                                .queryParam("dryRun", "maybe")
                                .post("/api/v1/organizations/import")
                                .then(),
                        400)
                .body("errors[0].field", is("dryRun"));
    }

    @Test
    void conditionalUpdatesAndWrongRoles() {
        UUID id = activeOrganization("条件公司", "Conditional Co");
        String etag = etag(id);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/merge-patch+json")
                        .body("{\"website\": null}")
                        .patch("/api/v1/organizations/" + id)
                        .then(),
                428);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "\"99\"")
                        .body("{\"website\": null}")
                        .patch("/api/v1/organizations/" + id)
                        .then(),
                412);
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("application/merge-patch+json")
                                .header("If-Match", etag)
                                .body("{\"version\": 7}")
                                .patch("/api/v1/organizations/" + id)
                                .then(),
                        400)
                .body("errors[0].field", is("version"));
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"membership\": {\"status\": \"TERMINATED\"}}")
                        .patch("/api/v1/organizations/" + id)
                        .then(),
                400);
        // wrong role, another organisation, no token, bad tokens
        problem(
                given().auth()
                        .oauth2(TestTokens.member(UUID.randomUUID()))
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"website\": null}")
                        .patch("/api/v1/organizations/" + id)
                        .then(),
                403);
        problem(
                given().auth()
                        .oauth2(TestTokens.member(id))
                        .contentType("application/json")
                        .body(organizationJson("甲", "A", creditCode()))
                        .post("/api/v1/organizations")
                        .then(),
                403);
        problem(
                given().auth()
                        .oauth2(TestTokens.partner())
                        .contentType("application/json")
                        .body("{\"action\": \"SUSPEND\"}")
                        .post("/api/v1/organizations/" + id + "/membership/transitions")
                        .then(),
                403);
        problem(
                given().contentType("application/json")
                        .body(organizationJson("甲", "A", creditCode()))
                        .post("/api/v1/organizations")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.expired())
                        .get("/api/v1/organizations/" + id + "/history")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.foreignSigned())
                        .get("/api/v1/organizations/" + id + "/history")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherIssuer())
                        .get("/api/v1/organizations/" + id + "/history")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherAudience())
                        .get("/api/v1/organizations/" + id + "/history")
                        .then(),
                401);
        problem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType("application/json")
                                .body("{\"action\": \"LAPSE\"}")
                                .post("/api/v1/organizations/" + id + "/membership/transitions")
                                .then(),
                        400)
                .body("errors[0].field", is("action"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .header("ETag", is(etag))
                .body("membership.status", is("ACTIVE"))
                .body("website", is("https://example.org"));
    }
}
