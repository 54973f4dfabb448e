package io.alliancehub.kit.web;

import io.alliancehub.kit.problem.ApiException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    /** 200 with the representation and its version as the ETag. */
    public static Response ok(Versioned body) {
        return ok(body, body.version());
    }

    /** 201 for a POST to a collection: the representation, its ETag and its Location, the request's path/{id}. */
    public static Response created(UriInfo uri, Versioned body) {
        return created(uri.getAbsolutePathBuilder().path(body.id().toString()).build(), body, body.version());
    }

    /** 201 with the representation, its version as the ETag and its Location: {@code collection}/{id}. */
    public static Response created(UriInfo uri, String collection, Versioned body) {
        URI location = uri.getBaseUriBuilder()
                .path(collection)
                .path(body.id().toString())
                .build();
        return created(location, body, body.version());
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
