package io.alliancehub.kit.web;

import io.alliancehub.kit.config.KitConfig;
import io.alliancehub.kit.problem.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Body-size caps: 1 MiB for ordinary requests, a larger cap for bulk imports (paths ending in
 * {@code /import}). The HTTP layer's {@code quarkus.http.limits.max-body-size} is the outer cap
 * for bodies sent without a Content-Length. A body must say what it is: without a Content-Type the
 * JAX-RS layer would guess (and take it), so it is 415 here.
 */
public class RequestLimits {

    // looked up per request: Quarkus REST creates its filters before the runtime configuration exists
    @Inject
    Provider<KitConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response limitBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        boolean hasBody =
                (length != null && !length.trim().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && request.getHeaderString("Content-Type") == null) {
            return ProblemMappers.problem(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "the body has no Content-Type; send application/json (or what the operation documents)",
                    request.getUriInfo().getPath(),
                    List.of());
        }
        if (length == null) {
            return null;
        }
        long limit = request.getUriInfo().getPath().endsWith("/import")
                ? config.get().limits().importBytes()
                : config.get().limits().bodyBytes();
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return ProblemMappers.problem(
                    400,
                    "bad-request",
                    "Bad request",
                    "Content-Length is not a number",
                    request.getUriInfo().getPath(),
                    List.of());
        }
        if (size > limit) {
            return ProblemMappers.problem(
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "the body has " + size + " bytes; the limit here is " + limit,
                    request.getUriInfo().getPath(),
                    List.of());
        }
        return null;
    }
}
