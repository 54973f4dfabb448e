package io.alliancehub.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.kit.problem.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is recorded in the same transaction as the
 * creation: a repeat with the same body returns the first response; with a different body, 422.
 * A concurrent repeat waits on the key's unique index and then replays.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The request being served: its method and path are the key's scope (one collection's creates). */
    @Inject
    HttpServerRequest http;

    /**
     * Runs {@code create} once per key and request target: the scope of a key is the request's method
     * and path ({@code POST /api/v1/organizations/<id>/contacts}), taken from the request itself.
     */
    @Transactional
    public Response createOnce(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        String scope = http.method().name() + " " + http.path();
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String hash = hash(request);
        // plain JDBC on the transaction's connection for the two writes: a Hibernate native update would schedule a
        // clean-up of every cache region each time (see Outbox)
        int claimed = update("""
                insert into idempotency_record (scope, idem_key, request_hash) values (?, ?, ?)
                on conflict (scope, idem_key) do nothing""", scope, key, hash);
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Response response = create.get();
        String body;
        try {
            body = json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the creation's own rows first, as the native update's implicit flush did: a constraint they break is
        // reported by the creation, not at commit
        em.flush();
        update(
                """
                update idempotency_record set status = ?, location = ?, etag = ?, body = ?
                where scope = ? and idem_key = ?""",
                response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getEntityTag() == null ? null : response.getEntityTag().getValue(),
                body,
                scope,
                key);
        return response;
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, location, etag, body from idempotency_record
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.unprocessable(
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "this Idempotency-Key was already used with a different request body");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true")
                .type(MediaType.APPLICATION_JSON)
                .entity(row[4]);
        if (row[2] != null) {
            replay.header("Location", row[2]);
        }
        if (row[3] != null) {
            replay.tag((String) row[3]);
        }
        return replay.build();
    }

    /** Runs one insert or update with these parameters on the transaction's connection; the rows it changed. */
    private int update(String sql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private String hash(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
