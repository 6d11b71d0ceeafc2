package org.weishi.plugins.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.weishi.plugins.storage.jdbc.internal.Dialect;
import org.weishi.plugins.storage.jdbc.internal.JdbcStorageException;
import org.weishi.plugins.storage.jdbc.internal.Schema;
import org.weishi.plugins.storage.jdbc.internal.Urls;
import org.weishi.spi.storage.StorageException;

/**
 * An opened JDBC storage: the {@link JdbcEventStore} and {@link JdbcPersonalDataVault} over one
 * database, with the schema created or upgraded. Closing it closes the store and, when this
 * holder opened the connection pool, the pool. Use it without the plug-in host:
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.open("jdbc:h2:file:./data/weishi", null, null)) {
 *     EventStore events = stores.eventStore();
 *     ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JdbcStores implements AutoCloseable {
    private final JdbcEventStore eventStore;
    private final JdbcPersonalDataVault vault;
    private final String where;
    private final String schemaVersion;

    private JdbcStores(JdbcEventStore eventStore, JdbcPersonalDataVault vault, String where, String schemaVersion) {
        this.eventStore = eventStore;
        this.vault = vault;
        this.where = where;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens a store on a URL with its own HikariCP pool.
     *
     * @param url JDBC URL (H2 or PostgreSQL); see {@link JdbcStorageConfig#url()}
     * @param user user, or null (then from the URL, {@code WEISHI_DB_USER}, or H2's {@code sa})
     * @param password password, or null (then from the URL or {@code WEISHI_DB_PASSWORD})
     * @return the opened stores
     * @throws StorageException when the database is unreachable (the message names the URL
     *                          without its password), its schema is newer than this code, or a
     *                          migration fails
     */
    public static JdbcStores open(String url, String user, String password) {
        return open(JdbcStorageConfig.of(url, user, password), Clock.systemUTC());
    }

    /**
     * Opens an embedded H2 file store.
     *
     * @param file the database file without its {@code .mv.db} suffix; its folder is created
     * @return the opened stores
     * @throws StorageException as {@link #open(String, String, String)}
     */
    public static JdbcStores openH2(Path file) {
        return open(JdbcStorageConfig.h2File(file), Clock.systemUTC());
    }

    /**
     * Opens a store with its own HikariCP pool.
     *
     * @param config the configuration
     * @param clock the clock stamping {@code recordedAt}
     * @return the opened stores
     * @throws StorageException as {@link #open(String, String, String)}, or with code
     *                          {@code WS-STORE-018} listing every configuration problem
     */
    public static JdbcStores open(JdbcStorageConfig config, Clock clock) {
        return open(config, clock, System::getenv);
    }

    static JdbcStores open(JdbcStorageConfig config, Clock clock, UnaryOperator<String> env) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Urls.Credentials split = Urls.split(config.url());
        String user = first(config.user(), split.user(), env.apply("WEISHI_DB_USER"));
        String password = first(config.password(), split.password(), env.apply("WEISHI_DB_PASSWORD"));
        List<String> secrets = Urls.secrets(password);
        String where = "'" + Urls.redact(config.url()) + "'";
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            StringBuilder en = new StringBuilder();
            for (int i = 0; i < problems.size(); i++) en.append(' ').append(i + 1).append(") ").append(problems.get(i));
            throw JdbcStorageException.of(JdbcStorageException.CONFIG,
                    "存储配置有 " + problems.size() + " 处错误：" + en,
                    "The storage configuration has " + problems.size() + " problem(s):" + en, null, secrets);
        }
        Dialect dialect = Dialect.fromUrl(config.url());
        if (dialect == Dialect.H2 && user == null) {
            user = "sa";
            if (password == null) password = "";
        }
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("weishi-storage");
        hc.setJdbcUrl(dialect.normaliseUrl(split.url()));
        if (user != null) hc.setUsername(user);
        if (password != null) hc.setPassword(password);
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setAutoCommit(true);
        hc.setConnectionTimeout(10_000);
        if (config.schema() != null && dialect == Dialect.POSTGRESQL) {
            // Flyway creates the schema on first start; until then the search path names a schema
            // that does not exist, which PostgreSQL tolerates.
            hc.addDataSourceProperty("currentSchema", config.schema());
        }
        if (dialect == Dialect.POSTGRESQL) {
            // One multi-row INSERT per batch instead of one statement per event.
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
            hc.addDataSourceProperty("ApplicationName", "weishi");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            boolean h2 = dialect == Dialect.H2;
            throw JdbcStorageException.of(JdbcStorageException.CONNECT,
                    "无法连接数据库 " + where + "：" + rootMessage(e) + (h2
                            ? "。请检查路径与用户名密码，并确认没有其他进程正在使用该数据库文件。"
                            : "。请检查地址、端口、用户名和密码，以及数据库是否已启动。"),
                    "Cannot connect to the database at " + where + ": " + rootMessage(e) + (h2
                            ? ". Check the path, user and password, and that no other process has the database file open."
                            : ". Check the host, port, user and password, and that the database is running."),
                    e, secrets);
        }
        try {
            if (dialect == Dialect.H2 && config.schema() != null) {
                throw JdbcStorageException.of(JdbcStorageException.CONFIG, "H2 存储不支持 schema 设置。",
                        "The schema setting is for PostgreSQL; leave it out for H2.", null, secrets);
            }
            return start(pool, dialect, config.schema(), clock, where, secrets, config.syncOnCommit() && dialect == Dialect.H2,
                    pool::close);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens a store on a host's DataSource (its pool, its credentials). Closing the returned
     * holder does not close the DataSource.
     *
     * @param dataSource the host's DataSource, on H2 or PostgreSQL 15+
     * @param clock the clock stamping {@code recordedAt}
     * @return the opened stores
     * @throws StorageException when the database is unreachable or unsupported, its schema is
     *                          newer than this code, or a migration fails
     */
    public static JdbcStores open(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Dialect dialect;
        String where;
        try (Connection c = dataSource.getConnection()) {
            where = "'" + Urls.redact(c.getMetaData().getURL()) + "'";
            dialect = Dialect.fromMetaData(c.getMetaData());
            if (dialect == null) {
                throw JdbcStorageException.of(JdbcStorageException.UNSUPPORTED,
                        "数据库 " + where + "（" + c.getMetaData().getDatabaseProductName() + "）不受支持：只支持 H2 与 PostgreSQL 15+。",
                        "The database at " + where + " (" + c.getMetaData().getDatabaseProductName()
                                + ") is not supported: use H2 or PostgreSQL 15+.", null);
            }
        } catch (SQLException e) {
            throw JdbcStorageException.of(JdbcStorageException.CONNECT,
                    "无法从给定的 DataSource 获得数据库连接：" + e.getMessage(),
                    "Cannot get a connection from the given DataSource: " + e.getMessage(), e);
        }
        return start(dataSource, dialect, null, clock, where, List.of(), false, null);
    }

    private static JdbcStores start(DataSource ds, Dialect dialect, String schema, Clock clock, String where,
                                    List<String> secrets, boolean syncOnCommit, Runnable onClose) {
        String version = Schema.migrate(ds, dialect, schema, where, secrets);
        JdbcEventStore store = new JdbcEventStore(ds, dialect, clock, where, secrets, syncOnCommit, onClose);
        JdbcPersonalDataVault vault = new JdbcPersonalDataVault(ds, dialect, clock, where, secrets);
        return new JdbcStores(store, vault, where, version);
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return String.valueOf(t.getMessage());
    }

    /** @return the event store */
    public JdbcEventStore eventStore() {
        return eventStore;
    }

    /** @return the personal-data vault */
    public JdbcPersonalDataVault personalDataVault() {
        return vault;
    }

    /** @return the database, as a URL without password, for messages */
    public String where() {
        return where;
    }

    /** @return the schema version after migration, e.g. {@code 1} */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Closes the event store and, when this holder opened it, the connection pool. Idempotent. */
    @Override
    public void close() {
        vault.close();
        eventStore.close();
    }

    @Override
    public String toString() {
        return "JdbcStores[" + where + ", schema version " + schemaVersion + "]";
    }
}
