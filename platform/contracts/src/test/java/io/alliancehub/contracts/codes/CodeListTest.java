package io.alliancehub.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListTest {

    static Stream<Class<? extends CodeList>> codeLists() {
        return Stream.of(
                Sector.class,
                MembershipTier.class,
                MembershipStatus.class,
                Field.class,
                EventType.class,
                EventStatus.class,
                EventVisibility.class,
                SessionKind.class,
                RegistrationCategory.class,
                RegistrationStatus.class,
                AgreementType.class,
                AgreementStatus.class,
                AgreementVisibility.class,
                PartyRole.class,
                MilestoneStatus.class,
                PartyStanding.class);
    }

    @ParameterizedTest
    @MethodSource("codeLists")
    void everyConstantHasChineseAndEnglishLabels(Class<? extends CodeList> type) {
        CodeList[] values = type.getEnumConstants();
        assertThat(values).isNotEmpty();
        for (CodeList v : values) {
            assertThat(v.code()).isEqualTo(((Enum<?>) v).name()).matches("[A-Z][A-Z0-9_]*");
            assertThat(v.zh()).as("zh of %s", v).isNotBlank().isEqualTo(v.zh().strip());
            assertThat(v.en()).as("en of %s", v).isNotBlank().isEqualTo(v.en().strip());
            assertThat(hasHan(v.zh())).as("zh of %s is Chinese", v).isTrue();
            assertThat(hasHan(v.en())).as("en of %s is not Chinese", v).isFalse();
            // the OpenAPI documents declare codes and labels as at most 100 characters (kit.openapi.Bounds)
            assertThat(List.of(v.code(), v.zh(), v.en()))
                    .allMatch(text -> text.length() <= 100, "at most 100 characters");
        }
        assertThat(Arrays.stream(values).map(CodeList::zh)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(values).map(CodeList::en)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("codeLists")
    void taxonomyListsEveryConstant(Class<? extends CodeList> type) {
        List<CodeLabel> expected =
                Arrays.stream(type.getEnumConstants()).map(CodeLabel::of).toList();
        assertThat(Taxonomy.all().values()).contains(expected);
        assertThat(Taxonomy.codeLists().values()).contains(type);
    }

    @Test
    void taxonomyShape() {
        assertThat(Taxonomy.all().keySet())
                .containsExactly(
                        "sectors",
                        "tiers",
                        "membershipStatuses",
                        "fields",
                        "eventTypes",
                        "eventStatuses",
                        "eventVisibilities",
                        "sessionKinds",
                        "registrationCategories",
                        "registrationStatuses",
                        "agreementTypes",
                        "agreementStatuses",
                        "agreementVisibilities",
                        "partyRoles",
                        "milestoneStatuses",
                        "partyStandings");
        assertThat(codeLists().toList())
                .containsExactlyElementsOf(Taxonomy.codeLists().values());
        assertThat(Taxonomy.all().get("sectors"))
                .hasSize(9)
                .first()
                .isEqualTo(new CodeLabel("GOVERNMENT", "政府部门", "Government"));
        assertThat(Taxonomy.all().get("tiers")).hasSize(6);
        assertThat(Taxonomy.all().get("membershipStatuses")).hasSize(9);
        assertThat(Taxonomy.all().get("fields"))
                .hasSize(18)
                .contains(new CodeLabel("CELL_THERAPY", "细胞治疗", "Cell therapy"));
        assertThat(Taxonomy.all().get(Taxonomy.EVENT_TYPES))
                .extracting(CodeLabel::code)
                .containsExactly(
                        "FORUM",
                        "SUMMIT",
                        "SUB_FORUM",
                        "ANNUAL_MEETING",
                        "CONFERENCE",
                        "WORKSHOP",
                        "EXHIBITION",
                        "SIGNING_CEREMONY");
        assertThat(Taxonomy.all().get(Taxonomy.EVENT_STATUSES))
                .extracting(CodeLabel::code)
                .containsExactly(
                        "DRAFT",
                        "PUBLISHED",
                        "REGISTRATION_OPEN",
                        "REGISTRATION_CLOSED",
                        "ONGOING",
                        "COMPLETED",
                        "CANCELLED");
        assertThat(Taxonomy.all().get(Taxonomy.EVENT_VISIBILITIES))
                .extracting(CodeLabel::code)
                .containsExactly("PUBLIC", "MEMBERS");
        assertThat(Taxonomy.all().get(Taxonomy.SESSION_KINDS))
                .extracting(CodeLabel::code)
                .containsExactly("KEYNOTE", "SPEECH", "PANEL", "SIGNING", "RELEASE", "EXHIBITION_TOUR", "BREAK");
        assertThat(Taxonomy.all().get(Taxonomy.REGISTRATION_CATEGORIES))
                .extracting(CodeLabel::code)
                .containsExactly("MEMBER", "GUEST", "SPEAKER", "PRESS", "VIP");
        assertThat(Taxonomy.all().get(Taxonomy.REGISTRATION_STATUSES))
                .extracting(CodeLabel::code)
                .containsExactly("PENDING", "CONFIRMED", "WAITLISTED", "CHECKED_IN", "CANCELLED");
        assertThat(Taxonomy.all().get(Taxonomy.AGREEMENT_TYPES))
                .extracting(CodeLabel::code)
                .containsExactly(
                        "FRAMEWORK_AGREEMENT", "COOPERATION_AGREEMENT", "PROJECT_CONTRACT", "MOU", "CO_BUILDING");
        assertThat(Taxonomy.all().get(Taxonomy.AGREEMENT_STATUSES))
                .extracting(CodeLabel::code)
                .containsExactly(
                        "DRAFT",
                        "UNDER_REVIEW",
                        "NEGOTIATION",
                        "SIGNING",
                        "SIGNED",
                        "ACTIVE",
                        "COMPLETED",
                        "EXPIRED",
                        "TERMINATED");
        assertThat(Taxonomy.all().get(Taxonomy.AGREEMENT_VISIBILITIES))
                .extracting(CodeLabel::code)
                .containsExactly("PUBLIC", "MEMBERS", "PARTIES");
        assertThat(Taxonomy.all().get(Taxonomy.PARTY_ROLES))
                .extracting(CodeLabel::code)
                .containsExactly(
                        "PARTY_A",
                        "PARTY_B",
                        "PARTY_C",
                        "PARTY_D",
                        "PARTY_E",
                        "PARTY_F",
                        "PARTY_G",
                        "PARTY_H",
                        "PARTY_I",
                        "PARTY_J",
                        "WITNESS",
                        "GUARANTOR");
        assertThat(Taxonomy.all().get(Taxonomy.MILESTONE_STATUSES))
                .extracting(CodeLabel::code)
                .containsExactly("PLANNED", "IN_PROGRESS", "DONE", "OVERDUE");
        assertThat(Taxonomy.all().get(Taxonomy.PARTY_STANDINGS))
                .extracting(CodeLabel::code)
                .containsExactly("GOOD", "MEMBERSHIP_ENDED", "NOT_A_MEMBER");
        assertThatThrownBy(() -> Taxonomy.all().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Taxonomy.all().get("fields").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Taxonomy.codeLists().keySet())
                .containsExactlyElementsOf(Taxonomy.all().keySet());
    }

    @Test
    void taxonomySerialisesAsCodeZhEn() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Taxonomy.all());
        assertThat(json)
                .startsWith("{\"sectors\":[{\"code\":\"GOVERNMENT\",\"zh\":\"政府部门\",\"en\":\"Government\"}")
                .contains("{\"code\":\"CAR_T\",\"zh\":\"CAR-T细胞治疗\",\"en\":\"CAR-T cell therapy\"}");
    }

    @Test
    void labels() {
        assertThat(Sector.RESEARCH_INSTITUTE.zh()).isEqualTo("科研院所");
        assertThat(Sector.TESTING_BODY.en()).isEqualTo("Testing body");
        assertThat(MembershipTier.INITIATOR.zh()).isEqualTo("发起单位");
        assertThat(MembershipTier.VICE_CHAIR.zh()).isEqualTo("副理事长单位");
        assertThat(Field.CDMO.zh()).isEqualTo("合同研发生产(CDMO)");
        assertThat(Field.RHEUMATOLOGY.zh()).isEqualTo("风湿免疫科");
        assertThat(Field.LUNG_TRANSPLANTATION.en()).isEqualTo("Lung transplantation");
        assertThat(EventType.SUB_FORUM.zh()).isEqualTo("分论坛");
        assertThat(EventType.SIGNING_CEREMONY.en()).isEqualTo("Signing ceremony");
        assertThat(RegistrationStatus.WAITLISTED.zh()).isEqualTo("候补中");
        assertThat(AgreementType.MOU.en()).isEqualTo("Memorandum of understanding");
        assertThat(PartyRole.PARTY_A.zh()).isEqualTo("甲方");
        assertThat(PartyRole.PARTY_B.zh()).isEqualTo("乙方");
        assertThat(AgreementVisibility.PARTIES.en()).isEqualTo("Parties only");
    }

    @Test
    void principalPartiesAreTheTenPartyRolesAndNotWitnessesOrGuarantors() {
        assertThat(Arrays.stream(PartyRole.values()).filter(PartyRole::isPrincipal))
                .hasSize(10)
                .contains(PartyRole.PARTY_A, PartyRole.PARTY_J);
        assertThat(Arrays.stream(PartyRole.values()).filter(r -> !r.isPrincipal()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.name()).doesNotStartWith("PARTY_"));
    }

    @Test
    void labelsOfOneCodeListAreItsConstantsInOrderAndANonEnumIsRefused() {
        assertThat(Taxonomy.labels(PartyRole.class))
                .extracting(CodeLabel::code)
                .containsExactlyElementsOf(
                        Arrays.stream(PartyRole.values()).map(Enum::name).toList());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends CodeList> notAnEnum = (Class) CodeList.class;
        assertThatThrownBy(() -> Taxonomy.labels(notAnEnum)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goodStandingIsActiveAndGrace() {
        assertThat(Arrays.stream(MembershipStatus.values()).filter(MembershipStatus::inGoodStanding))
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE));
    }

    @Test
    void partyStandingFollowsTheMembership() {
        assertThat(Arrays.stream(MembershipStatus.values())
                        .filter(s -> PartyStanding.of(s) == PartyStanding.MEMBERSHIP_ENDED))
                .containsExactlyInAnyOrder(
                        MembershipStatus.LAPSED,
                        MembershipStatus.WITHDRAWN,
                        MembershipStatus.TERMINATED,
                        MembershipStatus.REJECTED,
                        MembershipStatus.SUSPENDED);
        assertThat(PartyStanding.of(MembershipStatus.ACTIVE)).isEqualTo(PartyStanding.GOOD);
        assertThat(PartyStanding.of(MembershipStatus.GRACE)).isEqualTo(PartyStanding.GOOD);
        assertThat(PartyStanding.of(MembershipStatus.APPLIED)).isEqualTo(PartyStanding.GOOD);
        assertThat(PartyStanding.of(null)).isEqualTo(PartyStanding.NOT_A_MEMBER);
    }

    @Test
    void find() {
        assertThat(Taxonomy.find(Field.class, "CAR_T")).contains(Field.CAR_T);
        assertThat(Taxonomy.find(Field.class, "car_t")).isEmpty();
        assertThat(Taxonomy.find(Sector.class, null)).isEmpty();
        assertThat(Taxonomy.find(EventStatus.class, "REGISTRATION_OPEN")).contains(EventStatus.REGISTRATION_OPEN);
        assertThat(Taxonomy.find(AgreementStatus.class, "CANCELLED")).isEmpty();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
