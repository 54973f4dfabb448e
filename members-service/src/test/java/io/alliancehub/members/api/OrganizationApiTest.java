package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.kit.text.SearchIndex;
import io.alliancehub.kit.web.Csv;
import io.alliancehub.members.service.OrganizationSearchTable;
import io.alliancehub.testkit.IdempotencyChecks;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationApiTest {

    @Test
    void createReturnsTheWireShapeWithLocationAndETag() {
        String code = creditCode();
        Response r = create(organizationJson("博雅控股集团", "Boya Holding Group", code))
                .statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("ETag", is("\"0\""))
                .body("id", notNullValue())
                .body("version", is(0))
                .body("name.zh", is("博雅控股集团"))
                .body("creditCode", is(code))
                .body("address.city", is("Wuxi"))
                .body("fields", contains("CELL_THERAPY", "STEM_CELLS"))
                .body("membership.tier", is("INITIATOR"))
                .body("membership.status", is("APPLIED"))
                .body("membership.allowedActions", contains("APPROVE", "REJECT", "WITHDRAW", "TERMINATE"))
                .body("createdAt", notNullValue())
                .extract()
                .response();
        given().auth()
                .oauth2(TestTokens.admin())
                .get(r.header("Location"))
                .then()
                .statusCode(200)
                .body("id", is(r.path("id").toString()));
    }

    @Test
    void duplicateCreditCodeIsAConflictAndCreatesNothing() {
        String code = creditCode();
        create(organizationJson("甲公司", "Company A", code)).statusCode(201);
        long before = total();
        create(organizationJson("乙公司", "Company B", code))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-credit-code"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void searchMatchesChineseEnglishPinyinAndInitials() {
        // a short name that shares nothing with the terms: every other fixture's short name is 博雅 / Boya, so a
        // match here can only come from the full name (zh, en, pinyin and initials); updatedSince keeps the earlier
        // runs' fixtures (the test database is kept between runs) from crowding it off the page
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        UUID id = UUID.fromString(create(organizationJson("博雅控股集团", "Boya Holding Group", creditCode())
                        .replace("\"shortName\": {\"zh\": \"博雅\", \"en\": \"Boya\"}", "\"shortName\": {\"en\": \"Q\"}"))
                .statusCode(201)
                .body("shortName.en", is("Q"))
                .extract()
                .path("id"));
        transition(id, "APPROVE").statusCode(200); // the public directory lists active members
        transition(id, "ACTIVATE").statusCode(200);
        // terms shorter than a trigram ("雅", "博雅", "by") take the unindexed statement, the others the trigram index
        for (String q : List.of("雅", "博雅", "by", "boya holding", "boya", "bo ya", "bykg", "BYKGJT")) {
            List<String> ids = given().queryParam("q", q)
                    .queryParam("updatedSince", start.toString())
                    .queryParam("size", 200)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(ids).as("q=" + q).contains(id.toString());
        }
        given().queryParam("q", "zzqq-nothing")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalItems", is(0));
    }

    @Inject
    SearchIndex searchIndex;

    @Inject
    OrganizationSearchTable organizationSearch;

    @Inject
    EntityManager em;

    private static List<String> found(String q) {
        return given().queryParam("q", q)
                .queryParam("size", 200)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void polyphonicNamesAreFoundByTheirReading() {
        UUID bank = activeOrganization("重庆农村商业银行", "Chongqing Rural Commercial Bank");
        UUID school = activeOrganization("中央音乐学院", "Central Conservatory of Music");
        assertThat(found("chongqingnongcunshangyeyinhang")).contains(bank.toString());
        assertThat(found("cqncsyyh")).contains(bank.toString());
        assertThat(found("zhongqing")).doesNotContain(bank.toString());
        assertThat(found("yin yue xue yuan")).contains(school.toString());
    }

    @Test
    void searchTextBuiltByAnOlderVersionIsRebuiltWithoutChangingTheETag() {
        UUID id = activeOrganization("厦门银行", "Xiamen Bank");
        String etag = etag(id);
        // the index is current after start (the start-up rebuild records its version); then make it stale
        searchIndex.ensureCurrent(organizationSearch);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update organization set search_text = 'shamen yinxing' where id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("update search_index_version set version = 1 where table_name = 'organization'")
                    .executeUpdate();
        });
        assertThat(found("xiamenyinhang")).doesNotContain(id.toString());
        assertThat(searchIndex.ensureCurrent(organizationSearch)).isGreaterThanOrEqualTo(1);
        assertThat(found("xiamenyinhang")).contains(id.toString());
        assertThat(found("xmyh")).contains(id.toString());
        assertThat(etag(id)).as("the row's version is untouched").isEqualTo(etag);
        assertThat(searchIndex.ensureCurrent(organizationSearch))
                .as("current now: nothing to do")
                .isZero();
    }

    @Test
    void filtersSortPagingAndUpdatedSince() {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        UUID a = activeOrganization("无锡市人民医院", "Wuxi People's Hospital");
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("sector", "ENTERPRISE")
                .queryParam("status", "ACTIVE")
                .queryParam("city", "wuxi")
                .queryParam("field", "CELL_THERAPY")
                .queryParam("tier", "INITIATOR")
                .queryParam("updatedSince", start.toString())
                .queryParam("sort", "name,desc")
                .queryParam("size", 1)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("size", is(1))
                .body("page", is(0))
                .body("items", hasSize(1))
                .body("totalItems", greaterThanOrEqualTo(1));
        List<String> ids = given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("field", "CELL_THERAPY")
                .queryParam("size", 200)
                .queryParam("updatedSince", start.toString())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids).contains(a.toString());

        // the order asked for, both ways, on organisations only this test has
        String tag = "Sortcheck" + UUID.randomUUID().toString().substring(0, 6);
        UUID first = createOrganization("排序甲", tag + " Alpha");
        UUID middle = createOrganization("排序乙", tag + " Mike");
        UUID last = createOrganization("排序丙", tag + " Zulu");
        for (String direction : List.of("asc", "desc")) {
            List<String> sorted = given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam("q", tag)
                    .queryParam("sort", "nameEn," + direction)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            List<String> expected = List.of(first.toString(), middle.toString(), last.toString());
            assertThat(sorted)
                    .as("sort=nameEn," + direction)
                    .containsExactlyElementsOf(direction.equals("asc") ? expected : expected.reversed());
        }
        given().queryParam("field", "LUNG_TRANSPLANTATION")
                .queryParam("updatedSince", start.toString())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(a.toString())));
    }

    @Test
    void anonymousCallersSeeOnlyTheDirectory() {
        UUID applied = createOrganization("申请中公司", "Applicant Co");
        given().get("/api/v1/organizations/" + applied).then().statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.member(applied))
                .get("/api/v1/organizations/" + applied)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.partner())
                .get("/api/v1/organizations/" + applied)
                .then()
                .statusCode(200);
        List<String> publicIds = given().queryParam("size", 200)
                .get("/api/v1/organizations")
                .then()
                .extract()
                .path("items.id");
        assertThat(publicIds).doesNotContain(applied.toString());
    }

    @Test
    void mergePatchNeedsIfMatchAndBumpsTheVersion() {
        UUID id = activeOrganization("上海细胞治疗集团", "Shanghai Cell Therapy Group");
        String etag = etag(id);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"address\": {\"city\": \"Shanghai\"}, \"website\": null}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("address.city", is("Shanghai"))
                .body("address.province", is("Jiangsu"))
                .body("website", nullValue())
                .header("ETag", not(is(etag)));
        // the old ETag is now stale
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"address\": {\"city\": \"Suzhou\"}}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void aMemberEditsItsOwnOrganisationButNotItsTier() {
        UUID id = activeOrganization("成员单位", "Member Org");
        given().auth()
                .oauth2(TestTokens.member(id))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(id))
                .body("{\"description\": {\"en\": \"We make cells\"}}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("description.en", is("We make cells"));
        given().auth()
                .oauth2(TestTokens.member(id))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(id))
                .body("{\"membership\": {\"tier\": \"CHAIR\"}}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .body("membership.tier", is("INITIATOR"));
    }

    @Test
    void membershipLifecycleWithAllowedActionsAndHistory() {
        UUID id = createOrganization("生命健康论坛", "Life and Health Forum");
        transition(id, "ACTIVATE")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("detail", containsString("APPROVE"));
        transition(id, "APPROVE")
                .statusCode(200)
                .body("membership.status", is("APPROVED"))
                .body("membership.allowedActions", contains("ACTIVATE", "WITHDRAW", "TERMINATE"));
        transition(id, "ACTIVATE")
                .statusCode(200)
                .body("membership.status", is("ACTIVE"))
                .body("membership.termStart", notNullValue())
                .body("membership.termEnd", notNullValue())
                .body("membership.joinedOn", notNullValue());
        transition(id, "SUSPEND").statusCode(200).body("membership.status", is("SUSPENDED"));
        transition(id, "REINSTATE").statusCode(200).body("membership.status", is("ACTIVE"));
        transition(id, "RENEW").statusCode(409);
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id + "/membership/transitions")
                .then()
                .statusCode(200)
                .body("action", contains("APPROVE", "ACTIVATE", "SUSPEND", "REINSTATE"))
                .body("actor", everyItem(startsWith("admin:")))
                .body("reason", everyItem(is("test")));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(id))
                .body("{\"address\": {\"city\": \"Dalian\"}}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
        Response history = given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .response();
        List<String> changes = history.path("change");
        assertThat(changes.get(0)).isEqualTo("CREATED");
        assertThat(changes).hasSizeGreaterThanOrEqualTo(6);
        List<String> lastFields = history.path("changes[-1].field");
        assertThat(lastFields).containsExactly("address.city");
        assertThat(history.<String>path("changes[-1].from[0]")).isEqualTo("Wuxi");
        assertThat(history.<String>path("actor[-1]")).startsWith("admin:");
        // members of other organisations do not see another's history
        given().auth()
                .oauth2(TestTokens.member(UUID.randomUUID()))
                .get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysAndRefusesADifferentBody() {
        IdempotencyChecks.replaysAndRefusesADifferentBody(
                TestTokens.admin(),
                "/api/v1/organizations",
                organizationJson("重试公司", "Retry Co", creditCode()),
                organizationJson("别的公司", "Other Co", creditCode()),
                IdempotencyChecks.rowsOf("organization"));
    }

    @Test
    void csvExportAndIdempotentImport() {
        String code = creditCode();
        String csv =
                "nameZh,nameEn,shortNameZh,shortNameEn,sector,creditCode,country,province,city,website,fields,tags,tier\n"
                        + "无锡某某细胞公司,Wuxi Cell Co,,,ENTERPRISE," + code
                        + ",CN,Jiangsu,Wuxi,,CELL_THERAPY;CAR_T,cdmo,MEMBER\n"
                        + "海外大学,Overseas University,,,UNIVERSITY,,GB,,Oxford,,GENE_THERAPY,,OBSERVER\n";
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(csv)
                .queryParam("dryRun", true)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("dryRun", is(true))
                .body("created", is(2))
                .body("rows[0].id", nullValue());
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("q", code)
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", is(0));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", is(2));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", is(0))
                .body("unchanged", is(2));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(csv.replace("Wuxi Cell Co", "Wuxi Cell Company"))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("updated", is(1))
                .body("unchanged", is(1));

        // all or nothing: two good rows (one new organisation, one change to the existing one) before a bad third row;
        // the 422 leaves neither the new organisation nor the change behind
        String bad = "nameZh,nameEn,sector,creditCode,country,tier\n"
                + "全有全无医院,All Or Nothing Hospital,HOSPITAL,,CN,MEMBER\n"
                + "无锡某某细胞公司,Wuxi Cell Renamed,ENTERPRISE," + code + ",CN,MEMBER\n"
                + "坏行,Bad row,SPACESHIP,91320200MA149MQEP8,CN,MEMBER\n";
        long before = total();
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("text/csv")
                .body(bad)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[3].sector"));
        assertThat(total()).isEqualTo(before);
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("q", "All Or Nothing Hospital")
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", is(0));

        String export = exportCsv(Map.of("q", code));
        assertThat(export)
                .contains("nameZh,nameEn")
                .contains("Wuxi Cell Company")
                .contains("CELL_THERAPY;CAR_T");
    }

    @Test
    void aCsvExportOfMoreRowsThanTheOldCapStreamsEveryRowInOrder() {
        // 12,000 organisations in a city of this run's own (the old cap was 10,000: 422 export-too-large)
        String city = "Export-" + UUID.randomUUID();
        int rows = 12_000;
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into organization (id, name_en, name_zh, sector, membership_tier, membership_status,
                            status_changed_at, city, search_text, created_at, updated_at, version)
                        select gen_random_uuid(), 'Export ' || lpad(g::text, 6, '0'), null, 'ENTERPRISE', 'MEMBER',
                            'ACTIVE', now(), ?1, 'export ' || g, now(), now(), 0
                        from generate_series(1, ?2) g""")
                        .setParameter(1, city)
                        .setParameter(2, rows)
                        .executeUpdate());

        String export = exportCsv(Map.of("city", city, "sort", "nameEn"));

        assertThat(export).startsWith("\uFEFFid,nameZh,nameEn");
        List<String> names = Csv.read(export, List.of("nameEn")).stream()
                .map(row -> row.get("nameEn"))
                .toList();
        assertThat(names).hasSize(rows);
        assertThat(names).first().isEqualTo("Export 000001");
        assertThat(names).last().isEqualTo("Export 012000");
        assertThat(names).isSorted().doesNotHaveDuplicates();
    }

    /** The admin's CSV export of the organisations matching {@code query}. */
    private static String exportCsv(Map<String, String> query) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .accept("text/csv")
                .queryParams(query)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
    }

    @Test
    void taxonomyListsTheSharedCodeLists() {
        given().get("/api/v1/taxonomy")
                .then()
                .statusCode(200)
                .body("sectors.code", hasItem("HOSPITAL"))
                .body("fields.find { it.code == 'CELL_THERAPY' }.zh", is("细胞治疗"))
                .body("tiers.code", hasItems("INITIATOR", "OBSERVER"));
    }

    static long total() {
        return ((Number) given().auth()
                        .oauth2(TestTokens.admin())
                        .queryParam("size", 1)
                        .get("/api/v1/organizations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("totalItems"))
                .longValue();
    }
}
