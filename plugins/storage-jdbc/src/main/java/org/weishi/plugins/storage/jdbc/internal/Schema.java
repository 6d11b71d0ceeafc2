package org.weishi.plugins.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Creates or upgrades the schema with Flyway, and refuses a schema newer than this code. */
public final class Schema {
    /** Where the migrations live: under META-INF, so a named module needs no {@code opens}. */
    public static final String LOCATION = "classpath:META-INF/weishi/storage-jdbc/migration";
    /**
     * Flyway's history table. Not Flyway's default name, so a host that keeps its own tables in
     * the same schema with its own Flyway history is not confused by ours.
     */
    public static final String HISTORY_TABLE = "weishi_schema_history";

    private Schema() {
    }

    /**
     * Brings the schema up to date.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @param schema the schema to use (created when missing), or null for the connection's default
     * @param where the redacted URL, for messages
     * @param secrets texts that must not appear in messages
     * @return the schema version after migration
     * @throws JdbcStorageException when the schema is newer than this code or a migration fails
     */
    public static String migrate(DataSource dataSource, Dialect dialect, String schema, String where, List<String> secrets) {
        // The plug-in may live in its own module layer: Flyway must scan our loader, not the
        // thread's context loader.
        FluentConfiguration cfg = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .placeholders(dialect.placeholders())
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .loggers("slf4j");
        if (schema != null) cfg = cfg.schemas(schema).createSchemas(true);
        Flyway flyway = cfg.load();
        try {
            MigrationInfoService info = flyway.info();
            List<String> future = new ArrayList<>();
            MigrationVersion known = MigrationVersion.EMPTY;
            for (MigrationInfo m : info.all()) {
                if (m.getVersion() == null) continue;
                MigrationState s = m.getState();
                if (s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED) {
                    future.add(m.getVersion().getVersion());
                } else if (m.getVersion().compareTo(known) > 0) {
                    known = m.getVersion();
                }
            }
            if (!future.isEmpty()) {
                String newest = future.get(future.size() - 1);
                throw JdbcStorageException.of(JdbcStorageException.SCHEMA_NEWER,
                        "数据库 " + where + " 的结构版本为 " + newest + "，比本程序所知的最高版本 " + known.getVersion()
                                + " 更新（由更新版本的 weishi 写入）。拒绝启动以免损坏数据：请升级 weishi-storage-jdbc 后再试。",
                        "The database at " + where + " has schema version " + newest
                                + ", newer than the highest this code knows (" + known.getVersion()
                                + "); a newer weishi wrote it. Refusing to start rather than risk the data:"
                                + " upgrade weishi-storage-jdbc and retry.",
                        null, secrets);
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw JdbcStorageException.of(JdbcStorageException.MIGRATION,
                    "无法创建或升级数据库 " + where + " 的结构：" + e.getMessage(),
                    "Could not create or upgrade the schema of the database at " + where + ": " + e.getMessage(),
                    e, secrets);
        }
    }
}
