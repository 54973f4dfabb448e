package io.alliancehub.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Points a service's tests at its own PostgreSQL test database {@code alliance_<service>_test}
 * (role {@code alliance_<service>}), which {@code ./alliance test} creates. Flyway migrates it at
 * start and cleans it first, so every run starts from the migrations. Host, port and password come
 * from ALLIANCE_DB_HOST, ALLIANCE_DB_PORT and ALLIANCE_DB_PASSWORD. The service reaches the database
 * through a {@link TcpLink} ({@link #link()}), so a test can take the database away and bring it back.
 *
 * <p>Init arg {@code service}: the service's short name, e.g. {@code members}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String service;
    private static TcpLink link;

    /**
     * The link between the service and PostgreSQL: {@code cut()} it to simulate a database restart
     * (open connections drop, new ones are refused), {@code restore()} to bring it back.
     */
    public static TcpLink link() {
        return link;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "members");
    }

    @Override
    public Map<String, String> start() {
        String host = env("ALLIANCE_DB_HOST", "127.0.0.1");
        String port = env("ALLIANCE_DB_PORT", "5432");
        String password = env("ALLIANCE_DB_PASSWORD", "");
        String user = "alliance_" + service;
        String url = "jdbc:postgresql://" + host + ":" + port + "/alliance_" + service + "_test";
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("test database " + url + " as " + user + " is not reachable ("
                    + e.getMessage() + "); run the tests with ./alliance test, which starts PostgreSQL and creates it", e);
        }
        synchronized (PostgresTestDatabase.class) {
            if (link == null) {
                link = new TcpLink(TcpLink.freePort(), host, Integer.parseInt(port)).restore();
            }
        }
        link.restore();
        String linkedUrl = "jdbc:postgresql://127.0.0.1:" + link.port() + "/alliance_" + service + "_test";
        return Map.of(
                "quarkus.datasource.jdbc.url", linkedUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.migrate-at-start", "true");
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
