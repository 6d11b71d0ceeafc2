package org.weishi.plugins.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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

    /**
     * {@inheritDoc}
     *
     * <p>Group commit: records queued while a transaction is being written go into the next one
     * (one batch statement, one commit), on the vault's writer thread. If a batch fails, each of
     * its records is written alone so one bad record fails only its own future.
     */
    @Override
    public CompletableFuture<Void> putAsync(String personKey, Map<String, String> fields) {
        Objects.requireNonNull(personKey, "personKey");
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new IllegalStateException("the personal data vault at " + where + " is closed"));
            return f;
        }
        queue.add(new QueuedPut(personKey, FlatJson.write(Map.copyOf(fields)), f));
        LockSupport.unpark(writerThread());
        return f;
    }

    private record QueuedPut(String personKey, String json, CompletableFuture<Void> future) {
    }

    private static final int MAX_BATCH = 1_000;
    private final ConcurrentLinkedQueue<QueuedPut> queue = new ConcurrentLinkedQueue<>();
    private volatile Thread writer;
    private volatile boolean closed;

    private Thread writerThread() {
        Thread t = writer;
        if (t != null) return t;
        synchronized (this) {
            if (writer == null) {
                Thread w = new Thread(this::writerLoop, "weishi-vault-writer");
                w.setDaemon(true);
                w.start();
                writer = w;
            }
            return writer;
        }
    }

    private void writerLoop() {
        List<QueuedPut> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            QueuedPut p;
            while (batch.size() < MAX_BATCH && (p = queue.poll()) != null) batch.add(p);
            if (batch.isEmpty()) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeBatch(List<QueuedPut> batch) {
        long now = JdbcEventStore.toMicros(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(dialect.upsertPersonalData())) {
                for (QueuedPut q : batch) {
                    ps.setString(1, q.personKey());
                    ps.setString(2, q.json());
                    ps.setLong(3, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (batch.size() > 1) {
                for (QueuedPut q : batch) writeBatch(List.of(q));
            } else {
                batch.get(0).future().completeExceptionally(failed("保存", "store", batch.get(0).personKey(), e));
            }
            return;
        }
        for (QueuedPut q : batch) q.future().complete(null);
    }

    /** Writes what is queued, then stops the writer thread. */
    void close() {
        closed = true;
        Thread t = writer;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
