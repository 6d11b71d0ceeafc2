package org.weishi.plugins.storage.jdbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration of the JDBC storage plug-in: the {@code storage-jdbc} block of a district's
 * configuration, or what a host passes to {@link JdbcStores#open(JdbcStorageConfig, java.time.Clock)}.
 * Every component may be left out (null) and then takes its default.
 *
 * <p>Credentials, in order of precedence: {@code user}/{@code password} here, {@code user=} and
 * {@code password=} parameters in the URL, the environment variables {@code WEISHI_DB_USER} and
 * {@code WEISHI_DB_PASSWORD}, and for H2 the user {@code sa} with an empty password.
 *
 * @param url JDBC URL of H2 ({@code jdbc:h2:file:PATH}, {@code jdbc:h2:mem:NAME}) or PostgreSQL
 *            ({@code jdbc:postgresql://HOST:PORT/DB}); default {@value #DEFAULT_URL}. For H2 files
 *            {@code ;WRITE_DELAY=0} is added unless the URL sets it, so every acknowledged append is
 *            in the file before the call returns.
 * @param user database user, or null
 * @param password database password, or null; never logged or shown
 * @param poolSize connections in the pool, 2 to 64; default 4 (one writer at a time, the rest
 *                 for readers)
 * @param schema the schema (PostgreSQL) to keep the tables in, created when missing; null for the
 *               connection's default ({@code public} on PostgreSQL)
 * @param syncOnCommit H2 only: force the file to disk ({@code CHECKPOINT SYNC}) after every commit,
 *                     so acknowledged appends also survive a power loss; default false (see
 *                     docs/storage.md for the cost)
 * @since 0.1.0
 */
public record JdbcStorageConfig(String url, String user, String password, Integer poolSize, String schema,
                                Boolean syncOnCommit) {
    /** The embedded default: an H2 file under {@code ./data/}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/weishi";

    /** Applies defaults. */
    public JdbcStorageConfig {
        if (url == null || url.isBlank()) url = DEFAULT_URL;
        if (poolSize == null) poolSize = 4;
        if (syncOnCommit == null) syncOnCommit = Boolean.FALSE;
        if (schema != null && schema.isBlank()) schema = null;
    }

    /**
     * @param url JDBC URL
     * @param user user, or null
     * @param password password, or null
     * @return a configuration with the other components at their defaults
     */
    public static JdbcStorageConfig of(String url, String user, String password) {
        return new JdbcStorageConfig(url, user, password, null, null, null);
    }

    /**
     * @param file the database file without its {@code .mv.db} suffix, e.g. {@code data/weishi}
     * @return a configuration for an embedded H2 file store there
     */
    public static JdbcStorageConfig h2File(Path file) {
        return of("jdbc:h2:file:" + file.toAbsolutePath(), null, null);
    }

    /**
     * @param size connections in the pool
     * @return a copy with that pool size
     */
    public JdbcStorageConfig withPoolSize(int size) {
        return new JdbcStorageConfig(url, user, password, size, schema, syncOnCommit);
    }

    /**
     * @param name the schema
     * @return a copy that keeps the tables in that schema
     */
    public JdbcStorageConfig withSchema(String name) {
        return new JdbcStorageConfig(url, user, password, poolSize, name, syncOnCommit);
    }

    /**
     * @param sync whether to force H2's file to disk after every commit
     * @return a copy with that setting
     */
    public JdbcStorageConfig withSyncOnCommit(boolean sync) {
        return new JdbcStorageConfig(url, user, password, poolSize, schema, sync);
    }

    /** @return every problem with this configuration, empty when it is valid */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8) && !url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            problems.add("url: must start with jdbc:h2: or jdbc:postgresql:");
        }
        if (poolSize < 2 || poolSize > 64) problems.add("poolSize: must be 2 to 64, was " + poolSize);
        if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            problems.add("schema: must be a plain SQL identifier (letters, digits, underscore)");
        }
        return List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "JdbcStorageConfig[url=" + org.weishi.plugins.storage.jdbc.internal.Urls.redact(url) + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", poolSize=" + poolSize + ", schema=" + schema
                + ", syncOnCommit=" + syncOnCommit + "]";
    }
}
