package org.weishi.plugins.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.weishi.plugins.storage.jdbc.internal.Dialect;
import org.weishi.plugins.storage.jdbc.internal.JdbcStorageException;
import org.weishi.plugins.storage.jdbc.internal.Session;
import org.weishi.spi.WeishiException;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.IdempotencyConflictException;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;
import org.weishi.spi.storage.StorageException;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * An {@link EventStore} on H2 or PostgreSQL. Obtain one from {@link JdbcStores}; the schema is
 * described in {@code docs/storage.md}.
 *
 * <p>What a caller can rely on, beyond the {@link EventStore} contract:
 * <ul>
 *   <li><b>Group commit.</b> Concurrent {@link #append} calls are gathered into one transaction;
 *       each call returns only after the transaction holding its events has committed. A request
 *       that fails (wrong expected version, idempotency conflict) fails alone; the others in its
 *       transaction commit.</li>
 *   <li><b>Several processes.</b> Stores in different processes (or with different pools) may
 *       write the same database: every writing transaction locks the one-row {@code log_head}
 *       table, so positions stay dense, committed in order, and the hash chain unbroken.</li>
 *   <li><b>Connection lost while committing.</b> The store checks whether the commit happened
 *       and answers accordingly; if it cannot tell, it throws a {@link StorageException} with
 *       code {@code WS-STORE-014}: retry with the same idempotency key.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class JdbcEventStore implements EventStore {
    private static final String EVENT_COLUMNS = "position, stream_type, stream_id, version, event_type, payload,"
            + " metadata, recorded_at_micros, previous_hash, hash";
    private static final int MAX_BATCH_REQUESTS = 512;
    private static final int MAX_BATCH_EVENTS = 4096;
    private static final int KEY_CHUNK = 100;
    private static final int REPLAY_PAGE = 20_000;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final String where;
    private final List<String> secrets;
    private final boolean syncOnCommit;
    private final Runnable onClose;

    // Group commit by combining: callers queue their request; whichever caller holds writeLock
    // drains the queue into one transaction and completes every request in it. At most one
    // transaction of this store writes at a time, so nothing is lost by not having a dedicated
    // thread, and a lone caller pays no thread hand-off.
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    private volatile Thread writer;
    // The writer's connection, kept between transactions; only touched under writeLock.
    private Session writerSession;
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    // Written only by the holder of writeLock.
    private final java.util.concurrent.atomic.LongAdder transactions = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder committedRequests = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder committedEvents = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder isolatedRetries = new java.util.concurrent.atomic.LongAdder();

    JdbcEventStore(DataSource dataSource, Dialect dialect, Clock clock, String where, List<String> secrets,
                   boolean syncOnCommit, Runnable onClose) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.where = where;
        this.secrets = List.copyOf(secrets);
        this.syncOnCommit = syncOnCommit;
        this.onClose = onClose;
    }

    /** @return the database this store writes to, for messages; the URL never shows a password */
    public String where() {
        return where;
    }

    /** @return the database dialect */
    Dialect dialect() {
        return dialect;
    }

    /** @return the DataSource, for tests in this package */
    DataSource dataSource() {
        return dataSource;
    }

    // ------------------------------------------------------------------------------------ append

    @Override
    public AppendResult append(AppendRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) throw closedException();
        Pending mine = new Pending(request, Thread.currentThread(), null);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (writeLock.tryLock()) {
                try {
                    while (!mine.done) {
                        List<Pending> batch = drain();
                        if (batch.isEmpty()) break;
                        writeBatch(batch, true);
                    }
                } finally {
                    writeLock.unlock();
                }
                // Hand the writer's role to the next waiting caller. A caller that queued after
                // this check finds the lock free itself.
                Pending next = queue.peek();
                if (next != null) LockSupport.unpark(next.owner);
            } else {
                // Woken by the combiner that completed us or handed over; the timeout is only a
                // safety net.
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(20));
                if (Thread.interrupted()) interrupted = true;
            }
        }
        // The request may already be committed: an interrupt cannot abandon it, only be kept.
        if (interrupted) Thread.currentThread().interrupt();
        if (mine.error != null) throw mine.error;
        return mine.result;
    }

    /**
     * Appends without waiting: the returned future completes when the transaction holding the
     * request has committed (or with the exception {@link #append} would have thrown). A caller
     * may keep many appends in flight, so even one thread fills group-commit transactions; this is
     * how a load generator approaches the database's batched ceiling.
     *
     * <p>Dependent actions registered with the future's non-async methods run on the thread that
     * committed the transaction (the store's writer thread, or a caller of {@link #append} that was
     * writing for everyone) and delay later commits: keep them short (printing an id is fine) or
     * use the {@code *Async} variants.
     *
     * @param request the streams and events
     * @return the result, once durable
     * @since 0.1.0
     */
    @Override
    public CompletableFuture<AppendResult> appendAsync(AppendRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) return CompletableFuture.failedFuture(closedException());
        Thread writer = writerThread();
        CompletableFuture<AppendResult> f = new CompletableFuture<>();
        queue.add(new Pending(request, writer, f));
        LockSupport.unpark(writer);
        return f;
    }

    private Thread writerThread() {
        Thread t = writer;
        if (t != null) return t;
        synchronized (this) {
            if (writer == null) {
                Thread w = new Thread(this::writerLoop, "weishi-store-writer");
                w.setDaemon(true);
                w.start();
                writer = w;
            }
            return writer;
        }
    }

    // Serves queued appends whenever no calling thread is doing so; exits when the store closes.
    private void writerLoop() {
        while (!closed) {
            if (queue.isEmpty()) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            writeLock.lock();
            try {
                List<Pending> batch;
                while (!closed && !(batch = drain()).isEmpty()) writeBatch(batch, true);
            } finally {
                writeLock.unlock();
            }
            Pending next = queue.peek();
            if (next != null && next.owner != Thread.currentThread()) LockSupport.unpark(next.owner);
        }
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        int events = 0;
        Pending p;
        while (batch.size() < MAX_BATCH_REQUESTS && events < MAX_BATCH_EVENTS && (p = queue.poll()) != null) {
            batch.add(p);
            events += p.request.eventCount();
        }
        return batch;
    }

    /**
     * @param trustNoStream whether streams that every request in the batch expects to be new may
     *                      skip the version lookup, leaving it to the unique (stream, version)
     *                      index to refuse them if they exist after all; false after a failure,
     *                      so a refusal is reported as the right exception
     */
    private void writeBatch(List<Pending> batch, boolean trustNoStream) {
        if (closed) {
            for (Pending p : batch) p.fail(closedException());
            return;
        }
        try {
            Planned planned = attempt(batch, trustNoStream);
            deliver(batch, planned.outcomes);
        } catch (InDoubt d) {
            Boolean committed = wasCommitted(d.lastPosition, d.lastHash);
            if (Boolean.TRUE.equals(committed)) {
                deliver(batch, d.outcomes);
            } else if (committed == null) {
                for (int i = 0; i < batch.size(); i++) {
                    Outcome o = d.outcomes.get(i);
                    // Requests that wrote nothing have a certain answer whatever happened.
                    if (o.error != null || o.result.duplicate()) batch.get(i).complete(o);
                    else batch.get(i).fail(outcomeUnknown(batch.get(i).request, d.getCause()));
                }
            } else {
                retryAlone(batch, d.getCause());
            }
        } catch (SQLException | RuntimeException e) {
            if (trustNoStream && e instanceof SQLException) {
                // Perhaps a stream expected to be new exists: check every version this time.
                writeBatch(batch, false);
                return;
            }
            retryAlone(batch, e);
        } catch (Error e) {
            for (Pending p : batch) if (!p.done) p.fail(writeFailed(p.request, e));
            throw e;
        }
    }

    // A database error in a shared transaction may belong to one request only: give each its own
    // transaction so the others still commit and the culprit gets the error.
    private void retryAlone(List<Pending> batch, Throwable cause) {
        if (batch.size() > 1) isolatedRetries.increment();
        if (batch.size() == 1) {
            batch.get(0).fail(writeFailed(batch.get(0).request, cause));
            return;
        }
        for (Pending p : batch) writeBatch(List.of(p), false);
    }

    private static void deliver(List<Pending> batch, List<Outcome> outcomes) {
        for (int i = 0; i < batch.size(); i++) batch.get(i).complete(outcomes.get(i));
    }

    /**
     * One transaction for a batch: lock the log head, check every request against the versions
     * and keys read under the lock, write the ones that pass, commit.
     */
    private Planned attempt(List<Pending> batch, boolean trustNoStream) throws SQLException {
        boolean reused = writerSession != null;
        try {
            return attemptIn(writerSession(), batch, trustNoStream);
        } catch (InDoubt d) {
            discardWriterSession();
            throw d;
        } catch (SQLException e) {
            // A refused value or a duplicate key: the transaction was rolled back and the
            // connection is fine.
            if (isIntegrityViolation(e)) throw e;
            discardWriterSession();
            // A kept connection may have gone stale since the last batch (server restart, idle
            // timeout): nothing was committed, so try once more on a fresh one.
            if (reused) return attemptIn(writerSession(), batch, trustNoStream);
            throw e;
        } catch (RuntimeException e) {
            discardWriterSession();
            throw e;
        }
    }

    private static boolean isIntegrityViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("23") || state.startsWith("22"))) return true;
        }
        return false;
    }

    // Only under writeLock.
    private Session writerSession() throws SQLException {
        if (writerSession == null) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            writerSession = new Session(c);
        }
        return writerSession;
    }

    private void discardWriterSession() {
        Session s = writerSession;
        writerSession = null;
        if (s == null) return;
        try {
            s.connection().rollback();
        } catch (SQLException ignored) {
            // broken: closing below is all that is left to do
        }
        s.close();
    }

    private Planned attemptIn(Session s, List<Pending> batch, boolean trustNoStream) throws SQLException {
        Connection c = s.connection();
        {
            boolean committing = false;
            try {
                long last;
                String lastHash;
                try (ResultSet rs = s.prepare("SELECT last_position, last_hash FROM log_head WHERE id = 1 FOR UPDATE")
                        .executeQuery()) {
                    if (!rs.next()) throw new SQLException("log_head has no row: the schema is damaged");
                    last = rs.getLong(1);
                    lastHash = rs.getString(2);
                }
                Set<String> keys = new LinkedHashSet<>();
                Set<StreamId> streams = new LinkedHashSet<>();
                Set<StreamId> notOnlyNew = new HashSet<>();
                for (Pending p : batch) {
                    if (p.request.idempotencyKey() != null) keys.add(p.request.idempotencyKey());
                    for (StreamAppend a : p.request.appends()) {
                        streams.add(a.stream());
                        if (!a.expected().equals(ExpectedVersion.NO_STREAM)) notOnlyNew.add(a.stream());
                    }
                }
                // A stream every request expects to be new is written from version 1: if it does
                // exist, the unique (stream, version) index refuses the insert and the batch is
                // redone with every version read. Saves a lookup (a round trip on PostgreSQL) per
                // new aggregate, the commonest append of all (a demand submitted).
                if (trustNoStream) streams.retainAll(notOnlyNew);
                Map<String, StoredKey> stored = readKeys(s, keys);
                Map<StreamId, Long> versions = streams.isEmpty() ? new HashMap<>() : dialect.readVersions(s, streams);
                Map<String, StoredKey> batchKeys = new HashMap<>();

                List<Outcome> outcomes = new ArrayList<>(batch.size());
                List<RecordedEvent> rows = new ArrayList<>();
                List<StoredKey> newKeys = new ArrayList<>();
                for (Pending p : batch) {
                    AppendRequest r = p.request;
                    String key = r.idempotencyKey();
                    if (key != null) {
                        StoredKey k = batchKeys.containsKey(key) ? batchKeys.get(key) : stored.get(key);
                        if (k != null) {
                            if (!Objects.equals(k.fingerprint, r.fingerprint())) {
                                outcomes.add(Outcome.failed(new IdempotencyConflictException(key)));
                            } else {
                                AppendResult first = k.result != null ? k.result : resultOf(s, k);
                                outcomes.add(Outcome.ok(first.asDuplicate()));
                            }
                            continue;
                        }
                    }
                    WrongExpectedVersionException stale = null;
                    for (StreamAppend a : r.appends()) {
                        long actual = versions.getOrDefault(a.stream(), 0L);
                        if (!a.expected().matches(actual)) {
                            stale = new WrongExpectedVersionException(a.stream(), a.expected(), actual);
                            break;
                        }
                    }
                    if (stale != null) {
                        outcomes.add(Outcome.failed(stale));
                        continue;
                    }
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    long first = last + 1;
                    Map<StreamId, Long> after = new LinkedHashMap<>();
                    for (StreamAppend a : r.appends()) {
                        long version = versions.getOrDefault(a.stream(), 0L);
                        for (NewEvent e : a.events()) {
                            long position = ++last;
                            version++;
                            String hash = AuditChain.hash(lastHash, position, a.stream(), version, e.type(), now,
                                    e.payload(), e.metadata());
                            rows.add(new RecordedEvent(position, a.stream(), version, e.type(), e.payload(),
                                    e.metadata(), now, lastHash, hash));
                            lastHash = hash;
                        }
                        versions.put(a.stream(), version);
                        after.put(a.stream(), version);
                    }
                    AppendResult result = new AppendResult(first, last, after, false);
                    if (key != null) {
                        StoredKey k = new StoredKey(key, r.fingerprint(), first, last, result);
                        batchKeys.put(key, k);
                        newKeys.add(k);
                    }
                    outcomes.add(Outcome.ok(result));
                }
                if (rows.isEmpty()) {
                    c.rollback();
                    return new Planned(outcomes);
                }
                insertEvents(s, rows);
                insertKeys(s, newKeys);
                PreparedStatement head = s.prepare("UPDATE log_head SET last_position = ?, last_hash = ? WHERE id = 1");
                head.setLong(1, last);
                head.setString(2, lastHash);
                head.executeUpdate();
                committing = true;
                try {
                    c.commit();
                } catch (SQLException e) {
                    // Harmless if the commit went through.
                    rollbackQuietly(c, e);
                    throw new InDoubt(last, lastHash, outcomes, e);
                }
                transactions.increment();
                committedEvents.add(rows.size());
                for (Outcome o : outcomes) if (o.error == null && !o.result.duplicate()) committedRequests.increment();
                if (syncOnCommit) {
                    try (Statement st = c.createStatement()) {
                        st.execute("CHECKPOINT SYNC");
                    }
                }
                return new Planned(outcomes);
            } catch (SQLException | RuntimeException e) {
                if (!committing) rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException r) {
            failure.addSuppressed(r);
        }
    }

    private static void insertEvents(Session s, List<RecordedEvent> rows) throws SQLException {
        {
            // Statement text built once per call but identical, so the session's cache hits.
            PreparedStatement ps = s.prepare("INSERT INTO events (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (RecordedEvent e : rows) {
                ps.setLong(1, e.position());
                ps.setString(2, e.stream().type());
                ps.setString(3, e.stream().id());
                ps.setLong(4, e.version());
                ps.setString(5, e.type());
                ps.setString(6, e.payload());
                ps.setString(7, e.metadata());
                ps.setLong(8, toMicros(e.recordedAt()));
                ps.setString(9, e.previousHash());
                ps.setString(10, e.hash());
                // A lone row skips the batch machinery; the common case of an uncontended writer.
                if (rows.size() == 1) {
                    ps.executeUpdate();
                    return;
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertKeys(Session s, List<StoredKey> keys) throws SQLException {
        if (keys.isEmpty()) return;
        {
            PreparedStatement ps = s.prepare(
                    "INSERT INTO idempotency_keys (idem_key, fingerprint, first_position, last_position) VALUES (?, ?, ?, ?)");
            for (StoredKey k : keys) {
                ps.setString(1, k.key);
                ps.setString(2, k.fingerprint);
                ps.setLong(3, k.firstPosition);
                ps.setLong(4, k.lastPosition);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, StoredKey> readKeys(Session s, Set<String> keys) throws SQLException {
        if (keys.isEmpty()) return Map.of();
        Map<String, StoredKey> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEY_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEY_CHUNK));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < chunk.size(); i++) marks.add("?");
            {
                PreparedStatement ps = s.prepare("SELECT idem_key, fingerprint, first_position, last_position"
                        + " FROM idempotency_keys WHERE idem_key IN " + marks);
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new StoredKey(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4), null));
                    }
                }
            }
        }
        return out;
    }

    // The versions an append left are not stored with its key: they are the highest version of
    // each stream among the append's own positions, which are contiguous.
    private static AppendResult resultOf(Session s, StoredKey k) throws SQLException {
        Map<StreamId, Long> versions = new LinkedHashMap<>();
        {
            PreparedStatement ps = s.prepare("SELECT stream_type, stream_id, MAX(version) FROM events"
                    + " WHERE position BETWEEN ? AND ? GROUP BY stream_type, stream_id");
            ps.setLong(1, k.firstPosition);
            ps.setLong(2, k.lastPosition);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) versions.put(new StreamId(rs.getString(1), rs.getString(2)), rs.getLong(3));
            }
        }
        return new AppendResult(k.firstPosition, k.lastPosition, versions, false);
    }

    /** @return TRUE when the event at that position carries that hash, FALSE when not, null when unknown */
    private Boolean wasCommitted(long lastPosition, String lastHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT hash FROM events WHERE position = ?")) {
            ps.setLong(1, lastPosition);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && lastHash.equals(rs.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * How group commit has gone so far in this store instance.
     *
     * @param transactions write transactions committed
     * @param requests appends committed in them (duplicates and refused requests excluded)
     * @param events events committed
     * @param isolatedRetries shared transactions that failed at the database and were retried one
     *                        request per transaction
     */
    public record Stats(long transactions, long requests, long events, long isolatedRetries) {
        /** @return appends per transaction, the group-commit factor */
        public double requestsPerTransaction() {
            return transactions == 0 ? 0 : (double) requests / transactions;
        }
    }

    /** @return counters since this store was opened */
    public Stats stats() {
        return new Stats(transactions.sum(), committedRequests.sum(), committedEvents.sum(), isolatedRetries.sum());
    }

    // ------------------------------------------------------------------------------------- reads

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        return query("read stream " + stream, "SELECT " + EVENT_COLUMNS
                + " FROM events WHERE stream_type = ? AND stream_id = ? ORDER BY stream_type, stream_id, version", 0, ps -> {
                    ps.setString(1, stream.type());
                    ps.setString(2, stream.id());
                });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads in one statement with a fetch size bounded by {@code limit}; page through a long log
     * with limits of a few thousand, or use {@link #replay} to stream it.
     */
    @Override
    public List<RecordedEvent> readAll(long afterPosition, int limit) {
        if (limit <= 0) throw new IllegalArgumentException("limit must be > 0");
        return query("read the log after position " + afterPosition, "SELECT " + EVENT_COLUMNS
                + " FROM events WHERE position > ? ORDER BY position LIMIT ?", Math.min(limit, 5000), ps -> {
                    ps.setLong(1, afterPosition);
                    ps.setInt(2, limit);
                });
    }

    /**
     * Passes every committed event after a position to a consumer, in position order, reading
     * pages of {@value #REPLAY_PAGE} events (each one index range scan, each gap-free), so a replay
     * of millions of events needs memory for one page only and holds no long transaction open (a
     * long PostgreSQL transaction would hold back VACUUM; H2 would materialise a single huge
     * result). Events committed while the replay runs are included up to the moment it reaches
     * the head.
     *
     * @param afterPosition start after this position; 0 for all
     * @param consumer receives each event; an exception from it stops the replay and is rethrown
     * @return the position of the last event passed to the consumer, or {@code afterPosition}
     * @throws StorageException when a read fails
     */
    public long replay(long afterPosition, Consumer<? super RecordedEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long last = afterPosition;
        while (true) {
            List<RecordedEvent> page = readAll(last, REPLAY_PAGE);
            for (RecordedEvent e : page) {
                consumer.accept(e);
                last = e.position();
            }
            if (page.size() < REPLAY_PAGE) return last;
        }
    }

    @Override
    public long headPosition() {
        return single("read the head position", "SELECT last_position FROM log_head WHERE id = 1", ps -> {
        }, 0L);
    }

    @Override
    public long streamVersion(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        return single("read the version of " + stream, Dialect.STREAM_VERSION,
                ps -> {
                    ps.setString(1, stream.type());
                    ps.setString(2, stream.id());
                }, 0L);
    }

    @Override
    public Optional<AppendResult> findByIdempotencyKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        try (Session s = new Session(dataSource.getConnection())) {
            StoredKey k = readKeys(s, Set.of(idempotencyKey)).get(idempotencyKey);
            return k == null ? Optional.empty() : Optional.of(resultOf(s, k).asDuplicate());
        } catch (SQLException e) {
            throw readFailed("look up idempotency key '" + idempotencyKey + "'", e);
        }
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        update("save snapshot '" + snapshot.name() + "'", dialect.upsertSnapshot(), ps -> {
            ps.setString(1, snapshot.name());
            ps.setLong(2, snapshot.position());
            ps.setInt(3, snapshot.schemaVersion());
            ps.setString(4, snapshot.payload());
            ps.setLong(5, toMicros(clock.instant()));
        });
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String name) {
        Objects.requireNonNull(name, "name");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT position, schema_version, payload FROM snapshots WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Snapshot(name, rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw readFailed("load snapshot '" + name + "'", e);
        }
    }

    @Override
    public void saveCheckpoint(String consumer, long position) {
        Objects.requireNonNull(consumer, "consumer");
        update("save the checkpoint of '" + consumer + "'", dialect.upsertCheckpoint(), ps -> {
            ps.setString(1, consumer);
            ps.setLong(2, position);
            ps.setLong(3, toMicros(clock.instant()));
        });
    }

    @Override
    public long loadCheckpoint(String consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return single("load the checkpoint of '" + consumer + "'", "SELECT position FROM checkpoints WHERE consumer = ?",
                ps -> ps.setString(1, consumer), 0L);
    }

    /**
     * Writes the appends already queued, then stops accepting appends (later calls fail with
     * {@code WS-STORE-016}) and closes the connection pool when the store owns it. Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        writeLock.lock();
        try {
            List<Pending> batch;
            while (!(batch = drain()).isEmpty()) writeBatch(batch, true);
            closed = true;
            Pending p;
            while ((p = queue.poll()) != null) p.fail(closedException());
            if (writerSession != null) {
                writerSession.close();
                writerSession = null;
            }
        } finally {
            writeLock.unlock();
        }
        Thread w = writer;
        if (w != null) {
            LockSupport.unpark(w);
            try {
                w.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // A request queued between the last drain and 'closed' being seen.
        Pending p;
        while ((p = queue.poll()) != null) p.fail(closedException());
        if (onClose != null) onClose.run();
    }

    @Override
    public String toString() {
        return "JdbcEventStore[" + dialect + " " + where + "]";
    }

    // ---------------------------------------------------------------------------------- helpers

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<RecordedEvent> query(String what, String sql, int fetchSize, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (fetchSize > 0) ps.setFetchSize(fetchSize);
            binder.bind(ps);
            List<RecordedEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(event(rs));
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw readFailed(what, e);
        }
    }

    private long single(String what, String sql, Binder binder, long absent) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : absent;
            }
        } catch (SQLException e) {
            throw readFailed(what, e);
        }
    }

    private void update(String what, String sql, Binder binder) {
        if (closed) throw closedException();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcStorageException.of(JdbcStorageException.WRITE,
                    "无法" + what + "（数据库 " + where + "）：" + e.getMessage(),
                    "Could not " + what + " in the database at " + where + ": " + e.getMessage(), e, secrets);
        }
    }

    private static RecordedEvent event(ResultSet rs) throws SQLException {
        return new RecordedEvent(rs.getLong(1), new StreamId(rs.getString(2), rs.getString(3)), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), fromMicros(rs.getLong(8)), rs.getString(9),
                rs.getString(10));
    }

    static long toMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static String streamsOf(AppendRequest r) {
        StringJoiner j = new StringJoiner(", ");
        for (StreamAppend a : r.appends()) j.add("'" + a.stream() + "'");
        return j.toString();
    }

    private StorageException readFailed(String what, Throwable cause) {
        if (closed) return closedException();
        return JdbcStorageException.of(JdbcStorageException.READ,
                "无法从数据库 " + where + " 读取（" + what + "）：" + cause.getMessage(),
                "Could not " + what + " from the database at " + where + ": " + cause.getMessage(), cause, secrets);
    }

    private StorageException writeFailed(AppendRequest r, Throwable cause) {
        return JdbcStorageException.of(JdbcStorageException.WRITE,
                "向 " + streamsOf(r) + " 追加事件失败（数据库 " + where + "）：" + cause.getMessage() + "。未写入任何内容，可重试。",
                "Appending to " + streamsOf(r) + " failed in the database at " + where + ": " + cause.getMessage()
                        + ". Nothing was written; the command may be retried.", cause, secrets);
    }

    private StorageException outcomeUnknown(AppendRequest r, Throwable cause) {
        return JdbcStorageException.of(JdbcStorageException.OUTCOME_UNKNOWN,
                "提交对 " + streamsOf(r) + " 的追加时与数据库 " + where + " 的连接中断，无法确认是否已提交（事务要么全部生效，要么全部无效）。"
                        + "请用同一幂等键重试：已提交则返回首次结果。",
                "The connection to the database at " + where + " was lost while committing the append to " + streamsOf(r)
                        + ", and whether it committed could not be learned (it is either wholly applied or not at all)."
                        + " Retry with the same idempotency key: if it had committed, the retry returns the first result.",
                cause, secrets);
    }

    private StorageException closedException() {
        return JdbcStorageException.of(JdbcStorageException.CLOSED,
                "事件存储（" + where + "）已关闭。", "The event store for " + where + " is closed.", null, secrets);
    }

    // ---------------------------------------------------------------------------------- records

    private static final class Pending {
        final AppendRequest request;
        final Thread owner;
        final CompletableFuture<AppendResult> future;
        volatile boolean done;
        AppendResult result;
        RuntimeException error;

        Pending(AppendRequest request, Thread owner, CompletableFuture<AppendResult> future) {
            this.request = request;
            this.owner = owner;
            this.future = future;
        }

        void complete(Outcome o) {
            if (o.error != null) fail(o.error);
            else {
                result = o.result;
                finish();
            }
        }

        void fail(RuntimeException e) {
            error = e;
            finish();
        }

        private void finish() {
            done = true;
            if (future == null) {
                LockSupport.unpark(owner);
            } else if (error != null) {
                future.completeExceptionally(error);
            } else {
                future.complete(result);
            }
        }
    }

    private record Outcome(AppendResult result, WeishiException error) {
        static Outcome ok(AppendResult r) {
            return new Outcome(r, null);
        }

        static Outcome failed(WeishiException e) {
            return new Outcome(null, e);
        }
    }

    private record Planned(List<Outcome> outcomes) {
    }

    private record StoredKey(String key, String fingerprint, long firstPosition, long lastPosition,
                             AppendResult result) {
    }

    /** The commit itself failed: the transaction may or may not have been applied. */
    private static final class InDoubt extends SQLException {
        private static final long serialVersionUID = 1L;
        final transient long lastPosition;
        final transient String lastHash;
        final transient List<Outcome> outcomes;

        InDoubt(long lastPosition, String lastHash, List<Outcome> outcomes, SQLException cause) {
            super("commit failed: " + cause.getMessage(), cause);
            this.lastPosition = lastPosition;
            this.lastHash = lastHash;
            this.outcomes = outcomes;
        }
    }
}
