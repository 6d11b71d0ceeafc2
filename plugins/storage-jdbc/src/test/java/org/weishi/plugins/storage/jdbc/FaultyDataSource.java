package org.weishi.plugins.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource that can be told to break connections at commit, as a lost network would. */
final class FaultyDataSource implements DataSource {
    enum Mode {
        /** Work normally. */
        HEALTHY,
        /** The next commit throws without reaching the database. */
        COMMIT_LOST_BEFORE,
        /** The next commit reaches the database, then the acknowledgement is lost. */
        COMMIT_LOST_AFTER,
        /** The next commit throws, and every later getConnection fails until healed. */
        COMMIT_LOST_THEN_UNREACHABLE
    }

    /** A value the simulated database refuses to store, as it would an over-long or invalid value. */
    static final String POISON = "{\"poison\":true}";

    private final DataSource delegate;
    volatile Mode mode = Mode.HEALTHY;
    private volatile boolean unreachable;

    FaultyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    void heal() {
        mode = Mode.HEALTHY;
        unreachable = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (unreachable) throw new SQLException("connection refused (simulated)", "08001");
        Connection real = delegate.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        Mode m = mode;
                        if (m != Mode.HEALTHY) mode = Mode.HEALTHY;
                        switch (m) {
                            case COMMIT_LOST_BEFORE -> throw new SQLException("I/O error: connection reset (simulated)", "08006");
                            case COMMIT_LOST_AFTER -> {
                                real.commit();
                                throw new SQLException("I/O error: connection reset (simulated)", "08006");
                            }
                            case COMMIT_LOST_THEN_UNREACHABLE -> {
                                unreachable = true;
                                throw new SQLException("I/O error: connection reset (simulated)", "08006");
                            }
                            default -> {
                            }
                        }
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                        return poisonable(ps);
                    }
                    return result;
                });
    }

    // A statement that fails when one of its rows holds POISON, as a database rejects a bad value.
    private static PreparedStatement poisonable(PreparedStatement real) {
        boolean[] poisoned = {false};
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("setString") && POISON.equals(args[1])) poisoned[0] = true;
                    if ((name.equals("executeBatch") || name.equals("executeUpdate")) && poisoned[0]) {
                        poisoned[0] = false;
                        real.clearBatch();
                        throw new SQLException("value too long for column \"payload\" (simulated)", "22001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
