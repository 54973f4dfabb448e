package io.alliancehub.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * Points a service's tests at its own PostgreSQL test database {@code alliance_<service>_test}
 * (role {@code alliance_<service>}), which {@code ./alliance test} creates, and which this class
 * creates itself when it is missing (so {@code ./mvnw verify} needs only a running PostgreSQL). Flyway migrates it at
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
        } catch (SQLException missing) {
            create(host, port, user, password, "alliance_" + service + "_test", missing);
        }
        synchronized (PostgresTestDatabase.class) {
            if (link == null) {
                link = new TcpLink(TcpLink.freePort(), host, Integer.parseInt(port)).restore();
            }
        }
        link.restore();
        String linkedUrl = "jdbc:postgresql://127.0.0.1:" + link.port() + "/alliance_" + service + "_test";
        return Map.of(
                "quarkus.datasource.jdbc.url",
                linkedUrl,
                "quarkus.datasource.username",
                user,
                "quarkus.datasource.password",
                password,
                "quarkus.flyway.clean-disabled",
                "false",
                "quarkus.flyway.clean-at-start",
                "true",
                "quarkus.flyway.migrate-at-start",
                "true");
    }

    @Override
    public void stop() {}

    /**
     * Creates the test role and database when they do not exist yet, so that {@code ./mvnw verify}
     * works with nothing but a running PostgreSQL: as the superuser ALLIANCE_PG_ADMIN_USER (default
     * postgres, password ALLIANCE_PG_ADMIN_PASSWORD when the server asks for one) over TCP, the same
     * role, password and database {@code ./alliance} creates.
     */
    private static void create(
            String host, String port, String user, String password, String database, SQLException first) {
        Properties admin = new Properties();
        admin.setProperty("user", env("ALLIANCE_PG_ADMIN_USER", "postgres"));
        admin.setProperty("password", env("ALLIANCE_PG_ADMIN_PASSWORD", ""));
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, admin);
                Statement st = c.createStatement()) {
            boolean role;
            try (ResultSet rs = st.executeQuery("select 1 from pg_roles where rolname = '" + user + "'")) {
                role = rs.next();
            }
            // identifiers are this class's own (alliance_<service>[_test]); the password is bound as a literal
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            st.execute((role ? "alter role " : "create role ") + user + " login password " + quotedPassword);
            boolean exists;
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                st.execute("create database " + database + " owner " + user + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            IllegalStateException failure = new IllegalStateException(
                    "test database " + database + " as " + user + " is not reachable ("
                            + first.getMessage() + ") and could not be created as " + admin.getProperty("user") + " on "
                            + host + ":" + port
                            + " (" + e.getMessage()
                            + "); start PostgreSQL, or run ./alliance test, or set ALLIANCE_PG_ADMIN_USER / "
                            + "ALLIANCE_PG_ADMIN_PASSWORD",
                    e);
            failure.addSuppressed(first);
            throw failure;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
