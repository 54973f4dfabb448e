package io.alliancehub.kit.testapp;

import io.alliancehub.kit.web.Idempotency;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A creating POST behind {@link Idempotency}, counting how often its creation really ran. */
@Path("/kit-test/collections/{collection}/items")
@PermitAll
public class CreationsResource {

    /** Creations that ran, per collection. */
    public static final Map<String, AtomicInteger> CREATED = new ConcurrentHashMap<>();

    public record Item(String name) {}

    public record Created(String collection, int number, String name) {}

    @Inject
    Idempotency idempotency;

    @POST
    public Response create(
            @PathParam("collection") String collection, @HeaderParam(Idempotency.HEADER) String key, Item item) {
        return idempotency.createOnce(key, item, () -> {
            int number = CREATED.computeIfAbsent(collection, c -> new AtomicInteger())
                    .incrementAndGet();
            return Response.created(URI.create("/kit-test/collections/" + collection + "/items/" + number))
                    .entity(new Created(collection, number, item.name()))
                    .build();
        });
    }
}
