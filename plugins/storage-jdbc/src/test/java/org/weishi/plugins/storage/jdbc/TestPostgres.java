package org.weishi.plugins.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code WEISHI_PG_URL}, {@code WEISHI_PG_USER},
 * {@code WEISHI_PG_PASSWORD}, as printed by {@code .ci/postgres.sh}. Each test gets its own
 * schema, dropped afterwards. Unreachable: the tests fail under {@code CI=true} and are skipped,
 * with a line on stderr, elsewhere.
 */
final class TestPostgres {
    static final String URL = System.getenv("WEISHI_PG_URL");
    static final String USER = System.getenv("WEISHI_PG_USER");
    static final String PASSWORD = System.getenv("WEISHI_PG_PASSWORD");
    private static volatile String unavailable;
    private static volatile boolean checked;

    private TestPostgres() {
    }

    /** Skips (outside CI) or fails (in CI) the calling test when the server is not reachable. */
    static void require() {
        if (!checked) {
            synchronized (TestPostgres.class) {
                if (!checked) {
                    unavailable = probe();
                    checked = true;
                    if (unavailable != null) {
                        System.err.println("[storage-jdbc] PostgreSQL tests " + ("true".equals(System.getenv("CI"))
                                ? "FAIL" : "SKIPPED") + ": " + unavailable
                                + ". To run them: eval \"$(bash .ci/postgres.sh)\" before mvn.");
                    }
                }
            }
        }
        if (unavailable == null) return;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true but PostgreSQL is not available: " + unavailable
                    + ". .ci/run must eval \"$(bash .ci/postgres.sh)\" before the build.");
        }
        Assumptions.abort("PostgreSQL not available (" + unavailable + "); eval \"$(bash .ci/postgres.sh)\" to run these tests");
    }

    private static String probe() {
        if (URL == null || URL.isBlank()) return "WEISHI_PG_URL is not set";
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "cannot connect to " + URL + ": " + e.getMessage();
        }
    }

    /** @return a fresh schema name; the schema is created by the store's migration */
    static String freshSchema() {
        return "wt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /**
     * @param schema a schema
     * @return stores on that schema of the test server
     */
    static JdbcStores open(String schema) {
        return JdbcStores.open(JdbcStorageConfig.of(URL, USER, PASSWORD).withSchema(schema), Clock.systemUTC());
    }

    /** Drops every test schema (wt_…), including ones left by an aborted run. */
    static void dropTestSchemas() {
        if (URL == null || unavailable != null) return;
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'wt\\_%'")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String n : names) st.execute("DROP SCHEMA IF EXISTS " + n + " CASCADE");
        } catch (SQLException e) {
            System.err.println("[storage-jdbc] could not drop test schemas: " + e.getMessage());
        }
    }

    /**
     * Runs one statement as the test user.
     *
     * @param schema the schema to run in
     * @param sql the statement
     */
    static void execute(String schema, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema);
            st.execute(sql);
        }
    }
}
