package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactsAndCommitteesTest {

    static final String CONTACT = """
            {"name": {"zh": "李诣书", "en": "Li Yishu"}, "title": {"zh": "总裁", "en": "President"},
             "role": "PRIMARY_REPRESENTATIVE", "email": "li@example.org", "phone": "+86 510 8000 0000"}""";

    @Test
    void personalDataIsShownOnlyToAdminsAndTheOwnOrganisation() {
        UUID a = activeOrganization("博雅控股集团", "Boya Holding Group");
        UUID b = activeOrganization("另一家公司", "Another Co");
        String contact = given().auth()
                .oauth2(TestTokens.member(a))
                .contentType("application/json")
                .body(CONTACT)
                .post("/api/v1/organizations/" + a + "/contacts")
                .then()
                .statusCode(201)
                .body("email", is("li@example.org"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + a + "/contacts")
                .then()
                .statusCode(200)
                .body("[0].email", is("li@example.org"))
                .body("[0].phone", notNullValue());
        for (var spec : new io.restassured.specification.RequestSpecification[] {
            given(),
            given().auth().oauth2(TestTokens.member(b)),
            given().auth().oauth2(TestTokens.partner()),
            // a partner system's token naming A in its org claim gets what partners get, not A's rights
            given().auth().oauth2(TestTokens.partnerWithOrg(a))
        }) {
            spec.get("/api/v1/organizations/" + a + "/contacts")
                    .then()
                    .statusCode(200)
                    .body("[0].name.en", is("Li Yishu"))
                    .body("[0].title.en", is("President"))
                    .body("[0]", not(hasKey("email")))
                    .body("[0]", not(hasKey("phone")));
        }
        given().get("/api/v1/organizations/" + a + "/contacts/" + contact)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("email")));
        // q finds contacts by name in every form; by e-mail address only for those who may see it
        for (String q : List.of("liyishu", "li yi shu", "lys", "李诣", "President")) {
            given().queryParam("q", q)
                    .get("/api/v1/organizations/" + a + "/contacts")
                    .then()
                    .body("name.en", contains("Li Yishu"));
        }
        given().queryParam("q", "li@example")
                .get("/api/v1/organizations/" + a + "/contacts")
                .then()
                .body("", empty());
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("q", "li@example")
                .get("/api/v1/organizations/" + a + "/contacts")
                .then()
                .body("name.en", contains("Li Yishu"));
        // member B may not add, change or remove A's contacts
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(b))
                        .contentType("application/json")
                        .body(CONTACT)
                        .post("/api/v1/organizations/" + a + "/contacts")
                        .then(),
                403);
        String etag = given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + a + "/contacts/" + contact)
                .then()
                .extract()
                .header("ETag");
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(b))
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"phone\": null}")
                        .patch("/api/v1/organizations/" + a + "/contacts/" + contact)
                        .then(),
                403);
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(b))
                        .header("If-Match", etag)
                        .delete("/api/v1/organizations/" + a + "/contacts/" + contact)
                        .then(),
                403);
        BadInputTest.problem(
                        given().auth()
                                .oauth2(TestTokens.member(a))
                                .contentType("application/json")
                                .body(CONTACT.replace("li@example.org", "not-an-email"))
                                .post("/api/v1/organizations/" + a + "/contacts")
                                .then(),
                        400)
                .body("errors[0].field", is("email"));
        // the owner changes and removes it
        given().auth()
                .oauth2(TestTokens.member(a))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"title\": {\"en\": \"Chairman\"}}")
                .patch("/api/v1/organizations/" + a + "/contacts/" + contact)
                .then()
                .statusCode(200)
                .body("title.en", is("Chairman"))
                .body("title.zh", is("总裁"));
        given().auth()
                .oauth2(TestTokens.member(a))
                .get("/api/v1/organizations/" + a + "/contacts/" + contact + "/history")
                .then()
                .statusCode(200)
                .body("change", contains("CREATED", "UPDATED"))
                .body("[1].changes[0].field", is("title.en"))
                .body("[1].changes[0].to", is("Chairman"))
                .body("[1].actor", startsWith("member:"));
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(b))
                        .get("/api/v1/organizations/" + a + "/contacts/" + contact + "/history")
                        .then(),
                403);
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(a))
                        .header("If-Match", etag)
                        .delete("/api/v1/organizations/" + a + "/contacts/" + contact)
                        .then(),
                412);
        String fresh = given().auth()
                .oauth2(TestTokens.member(a))
                .get("/api/v1/organizations/" + a + "/contacts/" + contact)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.member(a))
                .header("If-Match", fresh)
                .delete("/api/v1/organizations/" + a + "/contacts/" + contact)
                .then()
                .statusCode(204);
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .get("/api/v1/organizations/" + a + "/contacts/" + contact)
                        .then(),
                404);
        // erased from the history too: the revisions (who created, changed, removed it) stay, the e-mail and phone go
        List<Object[]> revisions = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select a.revtype, a.email, a.phone, r.actor from contact_aud a join audit_revision r on r.id = a.rev "
                                        + "where a.id = ?1 order by a.rev")
                        .setParameter(1, UUID.fromString(contact))
                        .getResultList());
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(2);
        for (Object[] revision : revisions) {
            assertThat(revision[1]).as("email").isNull();
            assertThat(revision[2]).as("phone").isNull();
        }
        assertThat(((Number) revisions.get(revisions.size() - 1)[0]).intValue())
                .as("DEL")
                .isEqualTo(2);
        assertThat(revisions.get(revisions.size() - 1)[3].toString()).startsWith("member:");
    }

    @Inject
    EntityManager em;

    @Test
    void committeesWithSeats() {
        UUID org = activeOrganization("无锡市科学技术局", "Wuxi Science and Technology Bureau");
        String committee = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"name\": {\"zh\": \"联盟筹备组\", \"en\": \"Preparatory group\"}, \"kind\": \"PREPARATORY_GROUP\"}")
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/committees/"))
                .body("seats", empty())
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"organizationId\": \"" + org
                        + "\", \"role\": \"CHAIR\", \"termStart\": \"2019-04-13\", \"termEnd\": \"2022-04-12\"}")
                .post("/api/v1/committees/" + committee + "/seats")
                .then()
                .statusCode(201)
                .body("seats[0].organizationName.en", is("Wuxi Science and Technology Bureau"))
                .body("seats[0].role", is("CHAIR"));
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType("application/json")
                        .body("{\"organizationId\": \"" + UUID.randomUUID() + "\", \"role\": \"MEMBER\"}")
                        .post("/api/v1/committees/" + committee + "/seats")
                        .then(),
                422);
        BadInputTest.problem(
                given().auth()
                        .oauth2(TestTokens.member(org))
                        .contentType("application/json")
                        .body("{\"name\": {\"en\": \"X\"}, \"kind\": \"SECRETARIAT\"}")
                        .post("/api/v1/committees")
                        .then(),
                403);
        given().queryParam("kind", "PREPARATORY_GROUP")
                .get("/api/v1/committees")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(committee));
        String etag = given().get("/api/v1/committees/" + committee)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"description\": {\"en\": \"Prepares the alliance's founding\"}}")
                .patch("/api/v1/committees/" + committee)
                .then()
                .statusCode(200)
                .body("description.en", is("Prepares the alliance's founding"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/committees/" + committee + "/history")
                .then()
                .statusCode(200)
                .body("[0].change", is("CREATED"))
                .body("[-1].changes.field", contains("description.en"));
        BadInputTest.problem(
                given().get("/api/v1/committees/" + committee + "/history").then(), 401);
    }
}
