package io.alliancehub.members.api;

import io.alliancehub.contracts.codes.CodeLabel;
import io.alliancehub.contracts.codes.Taxonomy;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/taxonomy")
@Tag(name = "Taxonomy", description = "Shared code lists with Chinese and English labels")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @GET
    @PermitAll
    @Operation(
            summary = "All code lists",
            description = "sectors, tiers, membershipStatuses and fields, each a list of {code, zh, en}. "
                    + "The codes are the values the API accepts; the labels are for display.")
    public Map<String, List<CodeLabel>> getTaxonomy() {
        return Taxonomy.all();
    }
}
