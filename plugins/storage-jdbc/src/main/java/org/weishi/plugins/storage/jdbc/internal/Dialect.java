package org.weishi.plugins.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.weishi.spi.storage.StreamId;

/**
 * Everything that differs between H2 and PostgreSQL, in one place: the migrations' placeholder
 * values, upsert statements, how a batch of stream versions is read, and URL defaults.
 */
public enum Dialect {
    /** H2 2.x, embedded (file or memory). */
    H2("h2") {
        @Override
        String largeTextType() {
            return "CHARACTER LARGE OBJECT";
        }

        @Override
        public String upsertCheckpoint() {
            return "MERGE INTO checkpoints (consumer, position, updated_at_micros) KEY (consumer) VALUES (?, ?, ?)";
        }

        @Override
        public String upsertSnapshot() {
            return "MERGE INTO snapshots (name, position, schema_version, payload, saved_at_micros) KEY (name)"
                    + " VALUES (?, ?, ?, ?, ?)";
        }

        @Override
        public String upsertPersonalData() {
            return "MERGE INTO personal_data (person_key, fields, updated_at_micros) KEY (person_key) VALUES (?, ?, ?)";
        }

        @Override
        public Map<StreamId, Long> readVersions(Session session, Collection<StreamId> streams) throws SQLException {
            // Embedded: a statement costs microseconds, so one primary-key lookup per stream is
            // as fast as anything cleverer.
            Map<StreamId, Long> out = new HashMap<>();
            {
                PreparedStatement ps = session.prepare(STREAM_VERSION);
                for (StreamId s : streams) {
                    ps.setString(1, s.type());
                    ps.setString(2, s.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.put(s, rs.getLong(1));
                    }
                }
            }
            return out;
        }

        @Override
        public String normaliseUrl(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:h2:mem:")) return url;
            String out = url;
            // H2 keeps commits in memory for up to 500 ms unless WRITE_DELAY=0: an acknowledged
            // command would not survive kill -9.
            if (!lower.contains(";write_delay=")) out += ";WRITE_DELAY=0";
            // Writers in two processes (AUTO_SERVER) or two pools queue on the log_head row lock;
            // H2's default wait of 1 s is short for a busy log.
            if (!lower.contains(";lock_timeout=")) out += ";LOCK_TIMEOUT=10000";
            return out;
        }
    },
    /** PostgreSQL 15 or later. */
    POSTGRESQL("postgresql") {
        @Override
        String largeTextType() {
            return "TEXT";
        }

        @Override
        public String upsertCheckpoint() {
            return "INSERT INTO checkpoints (consumer, position, updated_at_micros) VALUES (?, ?, ?)"
                    + " ON CONFLICT (consumer) DO UPDATE SET position = EXCLUDED.position,"
                    + " updated_at_micros = EXCLUDED.updated_at_micros";
        }

        @Override
        public String upsertSnapshot() {
            return "INSERT INTO snapshots (name, position, schema_version, payload, saved_at_micros) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position,"
                    + " schema_version = EXCLUDED.schema_version, payload = EXCLUDED.payload,"
                    + " saved_at_micros = EXCLUDED.saved_at_micros";
        }

        @Override
        public String upsertPersonalData() {
            return "INSERT INTO personal_data (person_key, fields, updated_at_micros) VALUES (?, ?, ?)"
                    + " ON CONFLICT (person_key) DO UPDATE SET fields = EXCLUDED.fields,"
                    + " updated_at_micros = EXCLUDED.updated_at_micros";
        }

        @Override
        public Map<StreamId, Long> readVersions(Session session, Collection<StreamId> streams) throws SQLException {
            // Over the network every statement is a round trip: read a whole batch's streams in
            // one, passing the keys as two arrays.
            String[] types = new String[streams.size()];
            String[] ids = new String[streams.size()];
            int i = 0;
            for (StreamId s : streams) {
                types[i] = s.type();
                ids[i++] = s.id();
            }
            Map<StreamId, Long> out = new HashMap<>();
            {
                Connection c = session.connection();
                PreparedStatement ps = session.prepare("SELECT k.t, k.i, v.version"
                        + " FROM unnest(?::varchar[], ?::varchar[]) AS k(t, i)"
                        + " CROSS JOIN LATERAL (SELECT e.version FROM events e WHERE e.stream_type = k.t AND e.stream_id = k.i"
                        + " ORDER BY e.version DESC LIMIT 1) AS v");
                ps.setArray(1, c.createArrayOf("varchar", types));
                ps.setArray(2, c.createArrayOf("varchar", ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(new StreamId(rs.getString(1), rs.getString(2)), rs.getLong(3));
                }
            }
            return out;
        }

        @Override
        public String normaliseUrl(String url) {
            return url;
        }
    };

    /**
     * A stream's current version: its highest event version, one step down the
     * {@code events_stream_version} index read backwards; no row when the stream does not exist.
     * The ORDER BY names every index column: H2 reads an index backwards (and stops after one
     * row) only then; with {@code ORDER BY version DESC} alone it scans the whole stream.
     */
    public static final String STREAM_VERSION = "SELECT version FROM events WHERE stream_type = ? AND stream_id = ?"
            + " ORDER BY stream_type DESC, stream_id DESC, version DESC LIMIT 1";

    private final String flywayVendor;

    Dialect(String flywayVendor) {
        this.flywayVendor = flywayVendor;
    }

    /** @return the migrations' placeholder values for this database */
    public Map<String, String> placeholders() {
        return Map.of("large_text", largeTextType());
    }

    abstract String largeTextType();

    /** @return an upsert of (consumer, position, updated_at_micros) */
    public abstract String upsertCheckpoint();

    /** @return an upsert of (name, position, schema_version, payload, saved_at_micros) */
    public abstract String upsertSnapshot();

    /** @return an upsert of (person_key, fields, updated_at_micros) */
    public abstract String upsertPersonalData();

    /**
     * @param session the writer's session, inside the writing transaction
     * @param streams distinct streams
     * @return the current version of each stream that exists
     * @throws SQLException on database failure
     */
    public abstract Map<StreamId, Long> readVersions(Session session, Collection<StreamId> streams) throws SQLException;

    /**
     * @param url a JDBC URL for this database
     * @return the URL with the settings this store needs added where the caller left them out
     */
    public abstract String normaliseUrl(String url);

    /** @return Flyway's name for the database */
    public String flywayVendor() {
        return flywayVendor;
    }

    /**
     * @param url a JDBC URL
     * @return the dialect, or null when the URL names neither H2 nor PostgreSQL
     */
    public static Dialect fromUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) return H2;
        if (lower.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        return null;
    }

    /**
     * @param meta an open connection's metadata
     * @return the dialect, or null when the product is neither H2 nor PostgreSQL
     * @throws SQLException on database failure
     */
    public static Dialect fromMetaData(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) return H2;
        if (product.contains("postgresql")) return POSTGRESQL;
        return null;
    }
}
