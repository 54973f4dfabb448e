package io.alliancehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With only PostgreSQL running, a service's test database and role are created on first use (real PostgreSQL). */
class PostgresTestDatabaseTest {

    private static final String SERVICE = "kitcheck";

    @BeforeEach
    @AfterEach
    void dropTheTestDatabaseAndRole() throws Exception {
        Connection admin;
        try {
            admin = admin();
        } catch (java.sql.SQLException e) {
            // where the superuser is not reachable over TCP (peer-only admin, no ALLIANCE_PG_ADMIN_PASSWORD), creating
            // databases from a test cannot work either; ./alliance creates them there
            Assumptions.abort("no superuser connection over TCP (" + e.getMessage()
                    + "); set ALLIANCE_PG_ADMIN_USER / _PASSWORD");
            return;
        }
        try (Connection c = admin;
                Statement st = c.createStatement()) {
            st.execute("drop database if exists alliance_" + SERVICE + "_test");
            st.execute("drop role if exists alliance_" + SERVICE);
        }
    }

    @Test
    void createsWhatIsMissingAndConnectsThroughItsLink() throws Exception {
        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("service", SERVICE));
        Map<String, String> config = db.start();

        Properties props = new Properties();
        props.setProperty("user", config.get("quarkus.datasource.username"));
        props.setProperty("password", config.get("quarkus.datasource.password"));
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), props);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_user, current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("alliance_" + SERVICE);
            assertThat(rs.getString(2)).isEqualTo("alliance_" + SERVICE + "_test");
            st.execute("create table created_by_the_role (id int)"); // it owns the database's public schema
        }
    }

    private static Connection admin() throws Exception {
        Properties props = new Properties();
        props.setProperty("user", System.getenv().getOrDefault("ALLIANCE_PG_ADMIN_USER", "postgres"));
        props.setProperty("password", System.getenv().getOrDefault("ALLIANCE_PG_ADMIN_PASSWORD", ""));
        String host = System.getenv().getOrDefault("ALLIANCE_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("ALLIANCE_DB_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", props);
    }
}
