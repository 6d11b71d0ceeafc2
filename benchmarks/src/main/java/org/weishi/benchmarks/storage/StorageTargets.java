package org.weishi.benchmarks.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.weishi.plugins.storage.jdbc.JdbcStorageConfig;
import org.weishi.plugins.storage.jdbc.JdbcStores;

/**
 * Where the storage benchmarks run: {@code h2} is a fresh H2 file under
 * {@code ${weishi.bench.dir:-target/bench-data}} (with the store's own URL settings, so the raw
 * loop and the store write the same kind of file); {@code postgresql} is the server named by
 * {@code WEISHI_PG_URL}, {@code WEISHI_PG_USER}, {@code WEISHI_PG_PASSWORD} (see
 * {@code .ci/postgres.sh}), in a fresh schema dropped afterwards.
 */
final class StorageTargets {
    /** A demand as the core would store it: about 300 bytes of JSON. */
    static final String PAYLOAD = "{\"demandId\":\"D-2021-000123\",\"channel\":\"MINI_PROGRAM\",\"category\":\"ELDERLY_CARE\","
            + "\"scope\":{\"district\":\"斗门区\",\"town\":\"斗门镇\",\"community\":\"小濠冲村\"},"
            + "\"summary\":\"村里老人希望在活动中心加装扶手和防滑地垫\",\"submitter\":\"psn-7f3a9c2e\","
            + "\"attachments\":0,\"submittedAt\":\"2021-06-01T08:30:00Z\",\"priority\":\"NORMAL\"}";
    /** Metadata: who, in which role. */
    static final String METADATA = "{\"actor\":\"psn-7f3a9c2e\",\"role\":\"RESIDENT\",\"correlation\":\"c-1\"}";

    private StorageTargets() {
    }

    static Path benchDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("weishi.bench.dir", "target/bench-data")));
    }

    static String freshH2Url() throws IOException {
        return "jdbc:h2:file:" + benchDir().toAbsolutePath().resolve("h2-" + System.nanoTime());
    }

    static String freshSchema() {
        return "bench_" + Long.toHexString(System.nanoTime());
    }

    /**
     * @param db {@code h2}, {@code h2-sync} (H2 with {@code syncOnCommit}) or {@code postgresql}
     * @param schema the schema for PostgreSQL
     * @return opened stores on a fresh database
     */
    static JdbcStores openStores(String db, String schema) throws IOException {
        if (db.equals("h2")) return JdbcStores.open(JdbcStorageConfig.of(freshH2Url(), null, null), Clock.systemUTC());
        if (db.equals("h2-sync")) {
            return JdbcStores.open(JdbcStorageConfig.of(freshH2Url(), null, null).withSyncOnCommit(true), Clock.systemUTC());
        }
        return JdbcStores.open(JdbcStorageConfig.of(pgUrl(), System.getenv("WEISHI_PG_USER"),
                System.getenv("WEISHI_PG_PASSWORD")).withSchema(schema), Clock.systemUTC());
    }

    /**
     * @param db {@code h2} or {@code postgresql}
     * @param schema the schema for PostgreSQL, created here
     * @return a plain connection, autocommit off
     */
    static Connection rawConnection(String db, String schema) throws IOException, SQLException {
        Connection c;
        if (db.equals("h2")) {
            // The same settings the store adds to a file URL: every commit written before it returns.
            c = DriverManager.getConnection(freshH2Url() + ";WRITE_DELAY=0", "sa", "");
        } else {
            c = DriverManager.getConnection(pgUrl(), System.getenv("WEISHI_PG_USER"), System.getenv("WEISHI_PG_PASSWORD"));
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET search_path TO " + schema);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    static void dropSchema(String db, String schema) throws SQLException {
        if (!db.equals("postgresql")) return;
        try (Connection c = DriverManager.getConnection(pgUrl(), System.getenv("WEISHI_PG_USER"), System.getenv("WEISHI_PG_PASSWORD"));
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    static void deleteBenchFiles() throws IOException {
        Path dir = benchDir();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
    }

    private static String pgUrl() {
        String url = System.getenv("WEISHI_PG_URL");
        if (url == null) throw new IllegalStateException("set WEISHI_PG_URL/USER/PASSWORD: eval \"$(bash .ci/postgres.sh)\"");
        return url;
    }
}
