package io.alliancehub.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The machine's ceiling for a REST read: a bare Vert.x HTTP server with the reactive pg-client,
 * reading one row of members-service's organization table by id and answering it as JSON. No
 * framework, no ORM, no security: what members-service's read is compared with.
 */
public final class RawReadServer implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final Pool pool;
    private final HttpServer server;

    public RawReadServer(String host, int port, String database, String user, String password) throws Exception {
        pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(8))
                .connectingTo(new PgConnectOptions()
                        .setHost(host)
                        .setPort(port)
                        .setDatabase(database)
                        .setUser(user)
                        .setPassword(password))
                .using(vertx)
                .build();
        server = vertx.createHttpServer()
                .requestHandler(req -> {
                    UUID id;
                    try {
                        id = UUID.fromString(req.path().substring(req.path().lastIndexOf('/') + 1));
                    } catch (IllegalArgumentException e) {
                        req.response().setStatusCode(404).end();
                        return;
                    }
                    pool.preparedQuery(
                                    "select id, name_zh, name_en, sector, membership_status, version from organization where id = $1")
                            .execute(Tuple.of(id))
                            .onComplete(ar -> {
                                if (ar.failed()) {
                                    req.response().setStatusCode(500).end();
                                } else if (ar.result().size() == 0) {
                                    req.response().setStatusCode(404).end();
                                } else {
                                    Row r = ar.result().iterator().next();
                                    req.response()
                                            .putHeader("Content-Type", "application/json")
                                            .end(new io.vertx.core.json.JsonObject()
                                                    .put("id", r.getUUID(0).toString())
                                                    .put("nameZh", r.getString(1))
                                                    .put("nameEn", r.getString(2))
                                                    .put("sector", r.getString(3))
                                                    .put("status", r.getString(4))
                                                    .put("version", r.getLong(5))
                                                    .encode());
                                }
                            });
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        vertx.close();
    }
}
