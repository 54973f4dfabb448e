package io.alliancehub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of some of a service database's tables in a schema of their own ({@value #SCHEMA}), for a pgbench baseline
 * that writes: the same columns, defaults, checks, indexes and foreign keys among the copied tables, and sequences of
 * their own, in the same database (the same WAL and the same commits), while the service's relay and consumers never
 * see the rows. Dropped on {@link #close()}; one left behind by a killed run is dropped before the next copy.
 */
final class BaselineTables implements AutoCloseable {

    static final String SCHEMA = "bench_baseline";

    private final String database;

    private BaselineTables(String database) {
        this.database = database;
    }

    /** Copies {@code tables} of {@code database}'s public schema; {@code setup} then runs in the copy. */
    static BaselineTables copy(String database, List<String> tables, String... setup) throws Exception {
        try (Connection c = Bench.db(database);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            for (String t : tables) {
                s.execute("create table %s.%s (like public.%s including all)".formatted(SCHEMA, t, t));
            }
            for (String sql : ownSequences(c, tables)) {
                s.execute(sql);
            }
            for (String sql : foreignKeys(c, tables)) {
                s.execute(sql);
            }
            s.execute("set search_path = " + SCHEMA + ", public");
            for (String sql : setup) {
                s.execute(sql);
            }
        }
        return new BaselineTables(database);
    }

    /** pgbench's connection option that makes the unqualified names in a script resolve to the copies. */
    static String searchPathOption() {
        return "-c search_path=" + SCHEMA + ",public";
    }

    /** LIKE copies a serial column's default as it is, nextval of the original's sequence: give each its own. */
    private static List<String> ownSequences(Connection c, List<String> tables) throws Exception {
        List<String> sql = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select table_name, column_name from information_schema.columns where table_schema = 'public'"
                        + " and table_name = any(?) and column_default like 'nextval(%'")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sequence = SCHEMA + "." + rs.getString(1) + "_" + rs.getString(2) + "_seq";
                    sql.add("create sequence " + sequence);
                    sql.add("alter table %s.%s alter column %s set default nextval('%s')"
                            .formatted(SCHEMA, rs.getString(1), rs.getString(2), sequence));
                }
            }
        }
        return sql;
    }

    /** LIKE copies no foreign key: add those whose both ends are copied, pointing at the copies. */
    private static List<String> foreignKeys(Connection c, List<String> tables) throws Exception {
        List<String> sql = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select con.conrelid::regclass::text, pg_get_constraintdef(con.oid), con.confrelid::regclass::text"
                        + " from pg_constraint con join pg_namespace n on n.oid = con.connamespace"
                        + " where con.contype = 'f' and n.nspname = 'public'"
                        + " and con.conrelid::regclass::text = any(?) and con.confrelid::regclass::text = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            ps.setArray(2, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String definition = rs.getString(2)
                            .replace(
                                    "REFERENCES " + rs.getString(3) + "(",
                                    "REFERENCES " + SCHEMA + "." + rs.getString(3) + "(");
                    sql.add("alter table %s.%s add %s".formatted(SCHEMA, rs.getString(1), definition));
                }
            }
        }
        return sql;
    }

    @Override
    public void close() throws Exception {
        try (Connection c = Bench.db(database);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
