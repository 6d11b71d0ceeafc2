package org.weishi.plugins.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A connection with its prepared statements kept, so the writer parses and plans each statement
 * once rather than once per transaction (H2's own cache holds only a few statements per session).
 * Not thread-safe: the store uses it only while holding its write lock.
 */
public final class Session implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /** @param connection an open connection, owned by the session from now on */
    public Session(Connection connection) {
        this.connection = connection;
    }

    /** @return the connection */
    public Connection connection() {
        return connection;
    }

    /**
     * @param sql a statement
     * @return the prepared statement, parameters and batch cleared; do not close it
     * @throws SQLException on database failure
     */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
            ps.clearBatch();
        }
        return ps;
    }

    /** Closes the statements and the connection, ignoring failures: the session is being discarded. */
    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException | RuntimeException ignored) {
                // closing the connection below releases it anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection, or a pool already shut down: nothing more to release
        }
    }
}
