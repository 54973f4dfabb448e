package io.alliancehub.kit.web;

import io.alliancehub.kit.problem.ApiException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** ETag from the entity version; If-Match checked against it (428 when absent, 412 when stale). */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its version as the ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /** 201 with the body, its version as the ETag and, when known, its Location. */
    public static Response created(URI location, Object body, long version) {
        Response.ResponseBuilder builder =
                location == null ? Response.status(Response.Status.CREATED) : Response.created(location);
        return builder.tag(of(version)).entity(body).build();
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ApiException.preconditionFailed(currentVersion);
    }
}
