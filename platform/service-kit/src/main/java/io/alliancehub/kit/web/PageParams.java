package io.alliancehub.kit.web;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page}, {@code size} and {@code sort} of a list request, as a {@code @BeanParam}; bad values are 400s. */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "0-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, at most 200",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @Parameter(
            description = "field,asc|desc (several separated by ;)",
            example = "name,asc",
            schema = @Schema(type = SchemaType.STRING, maxLength = PageRequest.MAX_SORT_LENGTH))
    public String sort;

    public PageRequest toRequest(Map<String, String> sortable, String defaultSort) {
        return PageRequest.of(Params.integer(page, "page"), Params.integer(size, "size"), sort, sortable, defaultSort);
    }
}
