package io.alliancehub.members.service;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import java.time.OffsetDateTime;

/** The filters of an organisation list or export; null means "any". */
public record OrganizationQuery(
        String q,
        Sector sector,
        MembershipTier tier,
        MembershipStatus status,
        String city,
        Field field,
        OffsetDateTime updatedSince) {}
