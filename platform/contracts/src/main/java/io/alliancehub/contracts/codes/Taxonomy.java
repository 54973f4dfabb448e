package io.alliancehub.contracts.codes;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All shared code lists as data, in declaration order, for {@code GET /api/v1/taxonomy} and for
 * front ends that render labels.
 */
public final class Taxonomy {

    public static final String SECTORS = "sectors";
    public static final String TIERS = "tiers";
    public static final String MEMBERSHIP_STATUSES = "membershipStatuses";
    public static final String FIELDS = "fields";
    public static final String EVENT_TYPES = "eventTypes";
    public static final String EVENT_STATUSES = "eventStatuses";
    public static final String EVENT_VISIBILITIES = "eventVisibilities";
    public static final String SESSION_KINDS = "sessionKinds";
    public static final String REGISTRATION_CATEGORIES = "registrationCategories";
    public static final String REGISTRATION_STATUSES = "registrationStatuses";
    public static final String AGREEMENT_TYPES = "agreementTypes";
    public static final String AGREEMENT_STATUSES = "agreementStatuses";
    public static final String AGREEMENT_VISIBILITIES = "agreementVisibilities";
    public static final String PARTY_ROLES = "partyRoles";
    public static final String MILESTONE_STATUSES = "milestoneStatuses";
    public static final String PARTY_STANDINGS = "partyStandings";

    private static final Map<String, Class<? extends CodeList>> LISTS;
    private static final Map<String, List<CodeLabel>> ALL;

    static {
        Map<String, Class<? extends CodeList>> lists = new LinkedHashMap<>();
        lists.put(SECTORS, Sector.class);
        lists.put(TIERS, MembershipTier.class);
        lists.put(MEMBERSHIP_STATUSES, MembershipStatus.class);
        lists.put(FIELDS, Field.class);
        lists.put(EVENT_TYPES, EventType.class);
        lists.put(EVENT_STATUSES, EventStatus.class);
        lists.put(EVENT_VISIBILITIES, EventVisibility.class);
        lists.put(SESSION_KINDS, SessionKind.class);
        lists.put(REGISTRATION_CATEGORIES, RegistrationCategory.class);
        lists.put(REGISTRATION_STATUSES, RegistrationStatus.class);
        lists.put(AGREEMENT_TYPES, AgreementType.class);
        lists.put(AGREEMENT_STATUSES, AgreementStatus.class);
        lists.put(AGREEMENT_VISIBILITIES, AgreementVisibility.class);
        lists.put(PARTY_ROLES, PartyRole.class);
        lists.put(MILESTONE_STATUSES, MilestoneStatus.class);
        lists.put(PARTY_STANDINGS, PartyStanding.class);
        LISTS = Collections.unmodifiableMap(lists);

        Map<String, List<CodeLabel>> all = new LinkedHashMap<>();
        lists.forEach((name, type) -> all.put(name, labels(type)));
        ALL = Collections.unmodifiableMap(all);
    }

    private Taxonomy() {}

    /**
     * Every code list by name: {@value #SECTORS}, {@value #TIERS}, {@value #MEMBERSHIP_STATUSES},
     * {@value #FIELDS}, then the events lists ({@value #EVENT_TYPES}, {@value #EVENT_STATUSES},
     * {@value #EVENT_VISIBILITIES}, {@value #SESSION_KINDS}, {@value #REGISTRATION_CATEGORIES},
     * {@value #REGISTRATION_STATUSES}) and the agreements lists ({@value #AGREEMENT_TYPES},
     * {@value #AGREEMENT_STATUSES}, {@value #AGREEMENT_VISIBILITIES}, {@value #PARTY_ROLES},
     * {@value #MILESTONE_STATUSES}, {@value #PARTY_STANDINGS}). Unmodifiable, iteration in that order.
     */
    public static Map<String, List<CodeLabel>> all() {
        return ALL;
    }

    /** The enum class behind each code list name, same keys and order as {@link #all()}. */
    public static Map<String, Class<? extends CodeList>> codeLists() {
        return LISTS;
    }

    /** The labels of one code list enum, in declaration order. */
    public static List<CodeLabel> labels(Class<? extends CodeList> codeList) {
        CodeList[] values = codeList.getEnumConstants();
        if (values == null) {
            throw new IllegalArgumentException(codeList.getName() + " is not an enum code list");
        }
        return Arrays.stream(values).map(CodeLabel::of).toList();
    }

    /** Looks up a constant of a code list by its code; empty when the code is unknown (or null). */
    public static <E extends Enum<E> & CodeList> Optional<E> find(Class<E> codeList, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E value : codeList.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
