package org.weishi.plugins.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.weishi.plugins.storage.jdbc.internal.Dialect;
import org.weishi.plugins.storage.jdbc.internal.FlatJson;
import org.weishi.plugins.storage.jdbc.internal.JdbcStorageException;
import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.spi.storage.StorageException;

/**
 * A {@link PersonalDataVault} in the {@code personal_data} table: one row per person, the fields
 * as a JSON object. {@link #erase} deletes the row. Deleted bytes can linger in the database's
 * free pages until they are reused or compacted (PostgreSQL {@code VACUUM}, H2 compaction on
 * close); see {@code docs/storage.md}. Values never appear in messages or logs.
 *
 * @since 0.1.0
 */
public final class JdbcPersonalDataVault implements PersonalDataVault {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final String where;
    private final List<String> secrets;

    JdbcPersonalDataVault(DataSource dataSource, Dialect dialect, Clock clock, String where, List<String> secrets) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.where = where;
        this.secrets = List.copyOf(secrets);
    }

    @Override
    public void put(String personKey, Map<String, String> fields) {
        Objects.requireNonNull(personKey, "personKey");
        String json = FlatJson.write(Map.copyOf(fields));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(dialect.upsertPersonalData())) {
            ps.setString(1, personKey);
            ps.setString(2, json);
            ps.setLong(3, JdbcEventStore.toMicros(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("保存", "store", personKey, e);
        }
    }

    @Override
    public Optional<Map<String, String>> get(String personKey) {
        Objects.requireNonNull(personKey, "personKey");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT fields FROM personal_data WHERE person_key = ?")) {
            ps.setString(1, personKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(FlatJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("读取", "read", personKey, e);
        }
    }

    @Override
    public boolean erase(String personKey) {
        Objects.requireNonNull(personKey, "personKey");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM personal_data WHERE person_key = ?")) {
            ps.setString(1, personKey);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failed("删除", "erase", personKey, e);
        }
    }

    private StorageException failed(String zhVerb, String enVerb, String personKey, SQLException e) {
        // The SQL message may quote a value; the person key is opaque and safe to name.
        return JdbcStorageException.of(enVerb.equals("read") ? JdbcStorageException.READ : JdbcStorageException.WRITE,
                "无法" + zhVerb + "个人信息 '" + personKey + "'（数据库 " + where + "，SQL 状态 " + e.getSQLState() + "）。",
                "Could not " + enVerb + " the personal data of '" + personKey + "' in the database at " + where
                        + " (SQL state " + e.getSQLState() + ").", withheld(e), secrets);
    }

    // A driver's message may quote the bound values, i.e. the personal data: keep only the codes.
    private static SQLException withheld(SQLException e) {
        SQLException s = new SQLException(e.getClass().getName() + " (message withheld: it may quote personal data)",
                e.getSQLState(), e.getErrorCode());
        s.setStackTrace(e.getStackTrace());
        return s;
    }

    @Override
    public String toString() {
        return "JdbcPersonalDataVault[" + dialect + " " + where + "]";
    }
}
