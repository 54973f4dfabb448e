package io.alliancehub.bench;

import io.alliancehub.tokens.KeyFiles;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The machine's ceiling for members-service's read by id, run in a JVM of its own ({@link #main}) so that it
 * competes with the load generator for the 2 cores exactly as the service does. It does the work the service
 * does for {@code GET /api/v1/organizations/{id}} and nothing else: the bearer token's RS256 signature, issuer
 * and expiry checked; the same row read by primary key (every column the view shows) through the reactive
 * pg-client with the service's pool size; the same JSON document (nested name, address, membership) with its
 * ETag. One event loop per core. Written by hand because it is the baseline itself: no framework to measure
 * against.
 */
public final class RawReadServer extends AbstractVerticle {

    static final String SELECT =
            "select id, version, name_zh, name_en, short_name_zh, short_name_en, sector, credit_code, "
                    + "country, province, city, website, description_zh, description_en, fields, tags, membership_tier, "
                    + "membership_status, term_start, term_end, joined_on, status_changed_at, created_at, updated_at "
                    + "from organization where id = $1";

    private final Pool pool;
    private final JwtConsumer tokens;
    private final int port;

    RawReadServer(Pool pool, JwtConsumer tokens, int port) {
        this.pool = pool;
        this.tokens = tokens;
        this.port = port;
    }

    /** {@code RawReadServer PORT}: database settings from ALLIANCE_DB_*, the suite's key from ALLIANCE_ROOT. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(20))
                .connectingTo(new PgConnectOptions()
                        .setHost(Bench.env("ALLIANCE_DB_HOST", "127.0.0.1"))
                        .setPort(Integer.parseInt(Bench.env("ALLIANCE_DB_PORT", "5432")))
                        .setDatabase("alliance_members")
                        .setUser("alliance_members")
                        .setPassword(Bench.env("ALLIANCE_DB_PASSWORD", ""))
                        .setCachePreparedStatements(true))
                .using(vertx)
                .build();
        LocalSuite suite = LocalSuite.fromEnvironment();
        PublicKey key = KeyFiles.derivePublic(
                KeyFiles.readPrivate(suite.root().resolve(".alliance/keys").resolve(KeyFiles.PRIVATE_KEY_FILE)));
        JwtConsumer tokens = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer(Bench.env("ALLIANCE_JWT_ISSUER", "https://alliancehub.local"))
                .setSkipDefaultAudienceValidation()
                .setVerificationKey(key)
                .build();
        vertx.deployVerticle(() -> new RawReadServer(pool, tokens, port), new DeploymentOptions().setInstances(loops))
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        System.out.println("raw read server on 127.0.0.1:" + port + " with " + loops + " event loops");
    }

    @Override
    public void start() {
        vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1");
    }

    private void handle(HttpServerRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            req.response().setStatusCode(401).end();
            return;
        }
        try {
            tokens.processToClaims(auth.substring(7));
        } catch (InvalidJwtException e) {
            req.response().setStatusCode(401).end();
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(req.path().substring(req.path().lastIndexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            req.response().setStatusCode(404).end();
            return;
        }
        pool.preparedQuery(SELECT).execute(Tuple.of(id)).onComplete(ar -> {
            if (ar.failed()) {
                req.response().setStatusCode(500).end();
            } else if (ar.result().size() == 0) {
                req.response().setStatusCode(404).end();
            } else {
                Row r = ar.result().iterator().next();
                req.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"" + r.getLong("version") + "\"")
                        .end(view(r).encode());
            }
        });
    }

    /** The row as members-service's OrganizationView shapes it. */
    static JsonObject view(Row r) {
        return new JsonObject()
                .put("id", r.getUUID("id").toString())
                .put("version", r.getLong("version"))
                .put("name", text(r.getString("name_zh"), r.getString("name_en")))
                .put("shortName", text(r.getString("short_name_zh"), r.getString("short_name_en")))
                .put("sector", r.getString("sector"))
                .put("creditCode", r.getString("credit_code"))
                .put(
                        "address",
                        new JsonObject()
                                .put("country", r.getString("country"))
                                .put("province", r.getString("province"))
                                .put("city", r.getString("city")))
                .put("website", r.getString("website"))
                .put("description", text(r.getString("description_zh"), r.getString("description_en")))
                .put("fields", new JsonArray(java.util.List.of((Object[]) r.getArrayOfStrings("fields"))))
                .put("tags", new JsonArray(java.util.List.of((Object[]) r.getArrayOfStrings("tags"))))
                .put(
                        "membership",
                        new JsonObject()
                                .put("tier", r.getString("membership_tier"))
                                .put("status", r.getString("membership_status"))
                                .put("termStart", string(r.getLocalDate("term_start")))
                                .put("termEnd", string(r.getLocalDate("term_end")))
                                .put("joinedOn", string(r.getLocalDate("joined_on")))
                                .put("statusChangedAt", string(r.getOffsetDateTime("status_changed_at"))))
                .put("createdAt", string(r.getOffsetDateTime("created_at")))
                .put("updatedAt", string(r.getOffsetDateTime("updated_at")));
    }

    private static JsonObject text(String zh, String en) {
        return zh == null && en == null ? null : new JsonObject().put("zh", zh).put("en", en);
    }

    private static String string(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String string(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    /**
     * Starts the server in a JVM of its own, with this JVM's class path and the services' JVM options
     * ({@link Bench#jvmOptions()}) but a 384 MB heap; the caller stops it.
     */
    static Process start(int port, Path log) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the services' options, but never a smaller heap than 384 MB: at the overload rates a search tries first
        // (3,000+/s) its queued requests outgrew a 128 MB heap and the JVM exited, which failed every later rate
        command.addAll(
                Bench.jvmOptions().stream().filter(o -> !o.startsWith("-Xmx")).toList());
        command.add("-Xmx384m");
        command.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), RawReadServer.class.getName(), Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }
}
