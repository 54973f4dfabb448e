package io.alliancehub.members;

import static io.restassured.RestAssured.given;

import io.alliancehub.members.domain.CreditCode;
import io.alliancehub.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for members-service tests: unique valid credit codes and organisations in a known state. */
public final class TestData {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestData() {}

    public static String creditCode() {
        StringBuilder sb = new StringBuilder("91320200");
        for (int i = 0; i < 9; i++) {
            sb.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    public static String organizationJson(String zh, String en, String creditCode) {
        return """
                {"name": {"zh": "%s", "en": "%s"}, "shortName": {"zh": "博雅", "en": "Boya"}, "sector": "ENTERPRISE",
                 "creditCode": "%s", "address": {"country": "CN", "province": "Jiangsu", "city": "Wuxi"},
                 "website": "https://example.org", "fields": ["CELL_THERAPY", "STEM_CELLS"], "tags": ["initiator"],
                 "membership": {"tier": "INITIATOR"}}""".formatted(zh, en, creditCode);
    }

    public static ValidatableResponse create(String json) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(json)
                .post("/api/v1/organizations")
                .then();
    }

    public static UUID createOrganization(String zh, String en) {
        return UUID.fromString(create(organizationJson(zh, en, creditCode()))
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static ValidatableResponse transition(UUID id, String action) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("action", action, "reason", "test"))
                .post("/api/v1/organizations/" + id + "/membership/transitions")
                .then();
    }

    /** An organisation whose membership is ACTIVE (so it is in the public directory). */
    public static UUID activeOrganization(String zh, String en) {
        UUID id = createOrganization(zh, en);
        transition(id, "APPROVE").statusCode(200);
        transition(id, "ACTIVATE").statusCode(200);
        return id;
    }

    public static String etag(UUID id) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
