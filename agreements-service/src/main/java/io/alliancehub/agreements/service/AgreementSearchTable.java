package io.alliancehub.agreements.service;

import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.text.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;

/** The agreements' q-search text (with the parties' names), rebuilt at start when kit.text.SearchText has changed. */
@ApplicationScoped
public class AgreementSearchTable implements SearchIndex.Table<Agreement> {

    @Inject
    OrganizationReplica organizations;

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public Class<Agreement> entity() {
        return Agreement.class;
    }

    @Override
    public UUID id(Agreement row) {
        return row.id;
    }

    @Override
    public String text(Agreement row) {
        return AgreementMapper.searchText(row, organizations.known(Arrays.asList(row.partyOrganizations)));
    }
}
