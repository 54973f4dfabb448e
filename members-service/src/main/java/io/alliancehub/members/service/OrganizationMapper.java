package io.alliancehub.members.service;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import io.alliancehub.kit.text.SearchText;
import io.alliancehub.members.domain.MembershipStateMachine;
import io.alliancehub.members.domain.MembershipTransition;
import io.alliancehub.members.domain.Organization;
import io.alliancehub.members.service.model.Address;
import io.alliancehub.members.service.model.OrganizationRequest;
import io.alliancehub.members.service.model.OrganizationView;
import java.util.Arrays;
import java.util.List;

/** Entity ↔ API shapes ↔ event payloads for organisations. */
final class OrganizationMapper {

    private OrganizationMapper() {}

    static OrganizationView view(Organization o) {
        return new OrganizationView(
                o.id,
                o.version,
                text(o.nameZh, o.nameEn),
                text(o.shortNameZh, o.shortNameEn),
                o.sector,
                o.creditCode,
                address(o),
                o.website,
                text(o.descriptionZh, o.descriptionEn),
                fields(o),
                List.of(o.tags),
                new OrganizationView.MembershipView(
                        o.tier,
                        o.status,
                        o.termStart,
                        o.termEnd,
                        o.joinedOn,
                        o.statusChangedAt,
                        MembershipStateMachine.allowedActions(o.status)),
                o.createdAt,
                o.updatedAt);
    }

    /** The writable document of an organisation: what a merge patch applies to. */
    static OrganizationRequest writable(Organization o) {
        return new OrganizationRequest(
                text(o.nameZh, o.nameEn),
                text(o.shortNameZh, o.shortNameEn),
                o.sector,
                o.creditCode,
                address(o),
                o.website,
                text(o.descriptionZh, o.descriptionEn),
                fields(o),
                List.of(o.tags),
                new OrganizationRequest.MembershipRequest(o.tier));
    }

    /** Copies the writable fields onto the entity (membership status is the state machine's). */
    static void apply(OrganizationRequest r, Organization o) {
        o.nameZh = r.name().zh();
        o.nameEn = r.name().en();
        o.shortNameZh = r.shortName() == null ? null : r.shortName().zh();
        o.shortNameEn = r.shortName() == null ? null : r.shortName().en();
        o.sector = r.sector();
        o.creditCode = r.creditCode();
        o.country = r.address() == null ? null : r.address().country();
        o.province = r.address() == null ? null : r.address().province();
        o.city = r.address() == null ? null : r.address().city();
        o.website = r.website();
        o.descriptionZh = r.description() == null ? null : r.description().zh();
        o.descriptionEn = r.description() == null ? null : r.description().en();
        o.fields = r.fields() == null
                ? new String[0]
                : r.fields().stream().distinct().map(Enum::name).toArray(String[]::new);
        o.tags = r.tags() == null
                ? new String[0]
                : r.tags().stream().map(String::trim).distinct().toArray(String[]::new);
        o.tier = r.membership().tier();
        o.searchText = searchText(o);
    }

    static OrganizationRegistered registered(Organization o) {
        return new OrganizationRegistered(
                o.id,
                o.version,
                text(o.nameZh, o.nameEn),
                shortName(o),
                o.sector,
                o.creditCode,
                o.country,
                o.province,
                o.city,
                fields(o),
                o.tier,
                o.status,
                o.termStart,
                o.termEnd);
    }

    static OrganizationUpdated updated(Organization o, List<String> changedFields) {
        return new OrganizationUpdated(
                o.id,
                o.version,
                text(o.nameZh, o.nameEn),
                shortName(o),
                o.sector,
                o.creditCode,
                o.country,
                o.province,
                o.city,
                fields(o),
                o.tier,
                o.status,
                changedFields,
                o.termStart,
                o.termEnd);
    }

    static MembershipStatusChanged statusChanged(Organization o, MembershipTransition t) {
        return new MembershipStatusChanged(
                o.id,
                o.tier,
                t.fromStatus,
                t.toStatus,
                t.action.name(),
                t.reason,
                t.actor,
                o.termStart,
                o.termEnd,
                t.occurredAt);
    }

    static LocalizedText text(String zh, String en) {
        return zh == null && en == null ? null : new LocalizedText(zh, en);
    }

    private static LocalizedText shortName(Organization o) {
        return text(o.shortNameZh, o.shortNameEn);
    }

    private static Address address(Organization o) {
        return o.country == null && o.province == null && o.city == null
                ? null
                : new Address(o.country, o.province, o.city);
    }

    static List<Field> fields(Organization o) {
        return Arrays.stream(o.fields).map(Field::valueOf).toList();
    }

    /** What a q search matches (see SearchText); also rebuilt at start when SearchText changes. */
    static String searchText(Organization o) {
        return SearchText.of(o.nameZh, o.nameEn, o.shortNameZh, o.shortNameEn, o.creditCode);
    }
}
