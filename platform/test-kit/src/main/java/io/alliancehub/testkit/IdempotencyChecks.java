package io.alliancehub.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.LongSupplier;

/** The Idempotency-Key contract of a creating POST, checked the same way on every service's collections. */
public final class IdempotencyChecks {

    private IdempotencyChecks() {}

    /** Counts the rows of a table of the service under test (its own datasource). */
    public static LongSupplier rowsOf(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return () -> {
            AgroalDataSource dataSource =
                    Arc.container().select(AgroalDataSource.class).get();
            try (Connection c = dataSource.getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * POSTs {@code body} twice with one key: the second answer replays the first (same id, Location, Idempotent-Replayed)
     * and creates nothing; the same key with {@code otherBody} is a 422 that creates nothing either.
     *
     * @param rows counts the rows the POST creates (read from the service's database or a list)
     * @return the created resource's id
     */
    public static String replaysAndRefusesADifferentBody(
            String token, String path, String body, String otherBody, LongSupplier rows) {
        String key = UUID.randomUUID().toString();
        long before = rows.getAsLong();
        String id = post(token, path, key, body).statusCode(201).extract().path("id");
        post(token, path, key, body)
                .statusCode(201)
                .body("id", is(id))
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(id));
        post(token, path, key, otherBody).statusCode(422).contentType("application/problem+json");
        long after = rows.getAsLong();
        if (after != before + 1) {
            throw new AssertionError(path + ": one key created " + (after - before) + " rows, not 1");
        }
        return id;
    }

    private static ValidatableResponse post(String token, String path, String key, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json; charset=UTF-8")
                .header("Idempotency-Key", key)
                .body(body)
                .post(path)
                .then();
    }
}
