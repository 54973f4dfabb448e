package io.alliancehub.members.service;

import io.alliancehub.kit.text.SearchIndex;
import io.alliancehub.members.domain.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The organisations' q-search text, rebuilt at start when kit.text.SearchText has changed. */
@ApplicationScoped
public class OrganizationSearchTable implements SearchIndex.Table<Organization> {

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public Class<Organization> entity() {
        return Organization.class;
    }

    @Override
    public UUID id(Organization row) {
        return row.id;
    }

    @Override
    public String text(Organization row) {
        return OrganizationMapper.searchText(row);
    }
}
