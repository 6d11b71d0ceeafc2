package org.weishi.plugins.storage.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.IdempotencyConflictException;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * An event store held in the heap. Appends are serialised by one lock, which makes every append
 * atomic and positions dense and gap-free for readers by construction: an event becomes visible
 * only when its whole append is in the log. Reads never take the lock for long.
 *
 * <p>Durability: none; everything is lost with the process. Use it for tests and demos.
 */
public final class MemoryEventStore implements EventStore {
    private final Clock clock;
    private final Object lock = new Object();
    // The log is append-only; readers see a prefix of size 'visible' published under the lock.
    private final ArrayList<RecordedEvent> log = new ArrayList<>();
    private volatile int visible;
    private final Map<StreamId, List<RecordedEvent>> streams = new HashMap<>();
    private final Map<String, Keyed> keys = new ConcurrentHashMap<>();
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Long> checkpoints = new ConcurrentHashMap<>();

    private record Keyed(String fingerprint, AppendResult result) {
    }

    /** A store using the system UTC clock. */
    public MemoryEventStore() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock stamping {@code recordedAt} */
    public MemoryEventStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AppendResult append(AppendRequest request) {
        synchronized (lock) {
            String key = request.idempotencyKey();
            if (key != null) {
                Keyed k = keys.get(key);
                if (k != null) {
                    if (!Objects.equals(k.fingerprint(), request.fingerprint())) {
                        throw new IdempotencyConflictException(key);
                    }
                    return k.result().asDuplicate();
                }
            }
            for (StreamAppend a : request.appends()) {
                long actual = versionOf(a.stream());
                if (!a.expected().matches(actual)) {
                    throw new WrongExpectedVersionException(a.stream(), a.expected(), actual);
                }
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long first = log.size() + 1L;
            String prev = log.isEmpty() ? AuditChain.GENESIS : log.get(log.size() - 1).hash();
            Map<StreamId, Long> versions = new LinkedHashMap<>();
            for (StreamAppend a : request.appends()) {
                List<RecordedEvent> stream = streams.computeIfAbsent(a.stream(), s -> new ArrayList<>());
                long version = stream.size();
                for (NewEvent ne : a.events()) {
                    long position = log.size() + 1L;
                    version++;
                    String hash = AuditChain.hash(prev, position, a.stream(), version, ne.type(), now,
                            ne.payload(), ne.metadata());
                    RecordedEvent e = new RecordedEvent(position, a.stream(), version, ne.type(), ne.payload(),
                            ne.metadata(), now, prev, hash);
                    log.add(e);
                    stream.add(e);
                    prev = hash;
                }
                versions.put(a.stream(), version);
            }
            AppendResult result = new AppendResult(first, log.size(), versions, false);
            if (key != null) keys.put(key, new Keyed(request.fingerprint(), result));
            visible = log.size();
            return result;
        }
    }

    private long versionOf(StreamId s) {
        List<RecordedEvent> l = streams.get(s);
        return l == null ? 0 : l.size();
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        synchronized (lock) {
            List<RecordedEvent> l = streams.get(stream);
            return l == null ? List.of() : List.copyOf(l);
        }
    }

    @Override
    public List<RecordedEvent> readAll(long afterPosition, int limit) {
        if (limit <= 0) throw new IllegalArgumentException("limit must be > 0");
        int end = visible;
        if (afterPosition >= end) return List.of();
        int from = (int) Math.max(0, afterPosition);
        int to = (int) Math.min(end, (long) from + limit);
        synchronized (lock) {
            return Collections.unmodifiableList(new ArrayList<>(log.subList(from, to)));
        }
    }

    @Override
    public long headPosition() {
        return visible;
    }

    @Override
    public long streamVersion(StreamId stream) {
        synchronized (lock) {
            return versionOf(stream);
        }
    }

    @Override
    public Optional<AppendResult> findByIdempotencyKey(String idempotencyKey) {
        Keyed k = keys.get(idempotencyKey);
        return k == null ? Optional.empty() : Optional.of(k.result().asDuplicate());
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
        snapshots.put(snapshot.name(), snapshot);
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String name) {
        return Optional.ofNullable(snapshots.get(name));
    }

    @Override
    public void saveCheckpoint(String consumer, long position) {
        checkpoints.put(consumer, position);
    }

    @Override
    public long loadCheckpoint(String consumer) {
        return checkpoints.getOrDefault(consumer, 0L);
    }

    @Override
    public String toString() {
        return "MemoryEventStore[head=" + visible + "]";
    }
}
