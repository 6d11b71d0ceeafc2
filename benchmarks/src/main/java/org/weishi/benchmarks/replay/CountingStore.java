package org.weishi.benchmarks.replay;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;
import org.weishi.spi.storage.StreamId;

/**
 * Passes everything to a store and counts the events returned by reads of more than one event, so
 * a benchmark can check that an engine started from a snapshot really did.
 */
final class CountingStore implements EventStore {
    private final EventStore store;
    private final AtomicLong read = new AtomicLong();

    CountingStore(EventStore store) {
        this.store = store;
    }

    /** @return events returned so far by reads of more than one event */
    long read() {
        return read.get();
    }

    @Override
    public List<RecordedEvent> readAll(long afterPosition, int limit) {
        List<RecordedEvent> l = store.readAll(afterPosition, limit);
        if (limit > 1) read.addAndGet(l.size());
        return l;
    }

    @Override
    public AppendResult append(AppendRequest request) {
        return store.append(request);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return store.readStream(stream);
    }

    @Override
    public long headPosition() {
        return store.headPosition();
    }

    @Override
    public long streamVersion(StreamId stream) {
        return store.streamVersion(stream);
    }

    @Override
    public Optional<AppendResult> findByIdempotencyKey(String idempotencyKey) {
        return store.findByIdempotencyKey(idempotencyKey);
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
        store.saveSnapshot(snapshot);
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String name) {
        return store.loadSnapshot(name);
    }

    @Override
    public void saveCheckpoint(String consumer, long position) {
        store.saveCheckpoint(consumer, position);
    }

    @Override
    public long loadCheckpoint(String consumer) {
        return store.loadCheckpoint(consumer);
    }
}
