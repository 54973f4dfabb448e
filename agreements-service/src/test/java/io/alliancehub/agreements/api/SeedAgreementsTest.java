package io.alliancehub.agreements.api;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.alliancehub.agreements.domain.AgreementAction;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The alliance's two founding agreements, entered through the API as the seeds tell them; and every illegal move. */
@QuarkusTest
class SeedAgreementsTest {

    @Test
    void theFrameworkAgreementOfTheFreeTradeZoneAndTheMedicalUniversity() {
        UUID zone = activeOrganization("大连自由贸易试验区管委会");
        UUID university = activeOrganization("大连医科大学");
        UUID id = UUID.fromString(create(TestTokens.admin(), """
                {"referenceNumber": "DL-FTA-DMU-2021-001",
                 "title": {"zh": "共建大连基因细胞治疗先行示范区框架协议",
                           "en": "Framework agreement to co-build the Dalian gene and cell therapy pilot demonstration zone"},
                 "type": "FRAMEWORK_AGREEMENT",
                 "parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"zh": "管委会主任"}, "title": {"zh": "主任", "en": "Director"}}]},
                             {"organizationId": "%s", "role": "PARTY_B", "signatories": [{"name": {"zh": "校长"}, "title": {"zh": "校长", "en": "President"}}]}],
                 "fields": ["CELL_THERAPY", "GENE_THERAPY", "GENE_TESTING", "DRUG_RND"],
                 "deliverables": [{"zh": "基因细胞治疗先行示范区", "en": "Gene and cell therapy pilot demonstration zone"},
                                  {"zh": "细胞治疗临床医学中心", "en": "Clinical medical centre for cell therapy"},
                                  {"zh": "公共基因服务平台", "en": "Public gene service platform"}],
                 "effectiveFrom": "2021-04-19", "visibility": "PUBLIC"}""".formatted(zone, university))
                .statusCode(201)
                .body("deliverables", hasSize(3))
                .body("parties.name.zh", contains("大连自由贸易试验区管委会", "大连医科大学"))
                .extract()
                .path("id"));
        negotiate(id);
        sign(
                        id,
                        TestTokens.member(zone),
                        Map.of(
                                "partyRole",
                                "PARTY_A",
                                "signatory",
                                0,
                                "signedOn",
                                "2021-04-19",
                                "signedAt",
                                Map.of("place", "Dalian")))
                .statusCode(200);
        sign(
                        id,
                        TestTokens.member(university),
                        Map.of(
                                "partyRole",
                                "PARTY_B",
                                "signatory",
                                0,
                                "signedOn",
                                "2021-04-19",
                                "signedAt",
                                Map.of("place", "Dalian")))
                .statusCode(200)
                .body("status", is("SIGNED"));
        transition(id, "ACTIVATE").statusCode(200).body("status", is("ACTIVE")).body("effectiveTo", nullValue());
        given().queryParam("q", "xianxing").get("/api/v1/agreements").then().body("items.id", hasItem(id.toString()));
    }

    @Test
    void theCellCentreContractOfACompanyAndAHospitalSignedAtAForum() {
        UUID company = activeOrganization("博雅生物");
        UUID hospital = activeOrganization("无锡市人民医院");
        UUID forum = publishedEvent("Cell Therapy Industry Summit Forum");
        UUID id = UUID.fromString(create(TestTokens.admin(), """
                {"referenceNumber": "BOYA-WXPH-2019-CELL",
                 "title": {"zh": "共建临床级细胞制备中心合作协议", "en": "Contract to co-build a clinical-grade cell centre"},
                 "type": "CO_BUILDING",
                 "parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"en": "Chairman of the company"}}]},
                             {"organizationId": "%s", "role": "PARTY_B", "signatories": [{"name": {"en": "President of the hospital"}}]}],
                 "fields": ["CELL_THERAPY", "HEMATOLOGY", "RHEUMATOLOGY", "OBSTETRICS_GYNECOLOGY", "ORTHOPEDICS", "LUNG_TRANSPLANTATION"],
                 "deliverables": [{"zh": "临床级细胞制备中心", "en": "Clinical-grade cell centre"}],
                 "effectiveFrom": "2019-04-13", "effectiveTo": "2029-04-12", "visibility": "MEMBERS"}""".formatted(company, hospital))
                .statusCode(201)
                .body("fields", hasSize(6))
                .extract()
                .path("id"));
        negotiate(id);
        sign(
                        id,
                        TestTokens.member(company),
                        Map.of(
                                "partyRole",
                                "PARTY_A",
                                "signatory",
                                0,
                                "signedOn",
                                "2019-04-13",
                                "signedAt",
                                Map.of("place", "Wuxi", "eventId", forum)))
                .statusCode(200);
        sign(
                        id,
                        TestTokens.member(hospital),
                        Map.of(
                                "partyRole",
                                "PARTY_B",
                                "signatory",
                                0,
                                "signedOn",
                                "2019-04-13",
                                "signedAt",
                                Map.of("place", "Wuxi", "eventId", forum)))
                .statusCode(200)
                .body("signedAt.eventId", is(forum.toString()));
        given().auth()
                .oauth2(TestTokens.partner())
                .queryParam("field", "LUNG_TRANSPLANTATION")
                .queryParam("signedAtEventId", forum.toString())
                .get("/api/v1/agreements")
                .then()
                .body("items.id", contains(id.toString()));
    }

    @Test
    void everyActionNotAllowedInAStateIs409AndChangesNothing() {
        UUID org = activeOrganization("非法动作");
        UUID id = agreement(org, "PUBLIC", true);
        List<Map<String, Object>> path = List.of(
                Map.of("action", "SUBMIT_FOR_REVIEW"),
                Map.of("action", "START_NEGOTIATION"),
                Map.of("partyRole", "PARTY_A", "signatory", 0, "signedOn", "2021-04-19"),
                Map.of("partyRole", "PARTY_B", "signatory", 0, "signedOn", "2021-04-19"),
                Map.of("action", "ACTIVATE"),
                Map.of("action", "COMPLETE"));
        for (int step = 0; ; step++) {
            String status = given().auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agreements/" + id)
                    .then()
                    .extract()
                    .path("status");
            assertIllegalActionsRefused(id, AgreementStatus.valueOf(status));
            if (step == path.size()) {
                break;
            }
            if (path.get(step).containsKey("partyRole")) {
                // NEGOTIATION → SIGNING → SIGNED: the parties' signatures, recorded by the secretariat
                sign(id, TestTokens.admin(), withReason(path.get(step))).statusCode(200);
            } else {
                transition(id, path.get(step)).statusCode(200);
            }
        }
        UUID terminated = signedAgreement(org, "PUBLIC");
        transition(terminated, Map.of("action", "TERMINATE", "reason", "test")).statusCode(200);
        assertIllegalActionsRefused(terminated, AgreementStatus.TERMINATED);
    }

    private static Map<String, Object> withReason(Map<String, Object> signature) {
        Map<String, Object> body = new java.util.HashMap<>(signature);
        body.put("onBehalfReason", "signed copy filed by the secretariat");
        return body;
    }

    /**
     * What each status allows, written out from the lifecycle in docs/agreements-service.md rather than read from the state
     * machine under test (which would make the check agree with whatever the code does). EXPIRE is the sweep's, never
     * sent by hand (400), so it is not in the table.
     */
    static final Map<AgreementStatus, Set<AgreementAction>> ALLOWED = Map.of(
            AgreementStatus.DRAFT, EnumSet.of(AgreementAction.SUBMIT_FOR_REVIEW),
            AgreementStatus.UNDER_REVIEW,
                    EnumSet.of(AgreementAction.RETURN_TO_DRAFT, AgreementAction.START_NEGOTIATION),
            AgreementStatus.NEGOTIATION, EnumSet.of(AgreementAction.RETURN_TO_DRAFT),
            AgreementStatus.SIGNING, EnumSet.of(AgreementAction.RETURN_TO_DRAFT),
            AgreementStatus.SIGNED, EnumSet.of(AgreementAction.ACTIVATE, AgreementAction.TERMINATE),
            AgreementStatus.ACTIVE, EnumSet.of(AgreementAction.COMPLETE, AgreementAction.TERMINATE),
            AgreementStatus.COMPLETED, EnumSet.noneOf(AgreementAction.class),
            AgreementStatus.EXPIRED, EnumSet.noneOf(AgreementAction.class),
            AgreementStatus.TERMINATED, EnumSet.noneOf(AgreementAction.class));

    private static void assertIllegalActionsRefused(UUID id, AgreementStatus status) {
        EnumSet<AgreementAction> illegal = EnumSet.allOf(AgreementAction.class);
        illegal.removeAll(ALLOWED.get(status));
        illegal.remove(AgreementAction.EXPIRE); // never sent by hand: 400
        String etag = etag("/api/v1/agreements/" + id);
        for (AgreementAction action : illegal) {
            transition(id, Map.of("action", action.name()))
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/illegal-transition"))
                    .body("detail", containsString(status.name()));
        }
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/agreements/" + id)
                .then()
                .header("ETag", etag)
                .body("status", is(status.name()));
    }
}
