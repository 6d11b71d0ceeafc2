package org.weishi.spi.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link EventStore} that passes every call to another one: extend it to decorate a store
 * (count or time calls, add tracing, inject a fault in a test) and override only what changes.
 * Every method of {@link EventStore}, the default ones included, is forwarded, so a decorator
 * keeps the delegate's own group commit, snapshots and checkpoints.
 *
 * @since 0.1.0
 */
public abstract class ForwardingEventStore implements EventStore {
    private final EventStore delegate;

    /**
     * @param delegate the store every call goes to
     */
    protected ForwardingEventStore(EventStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the store every call goes to */
    protected EventStore delegate() {
        return delegate;
    }

    @Override
    public AppendResult append(AppendRequest request) {
        return delegate.append(request);
    }

    @Override
    public CompletableFuture<AppendResult> appendAsync(AppendRequest request) {
        return delegate.appendAsync(request);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return delegate.readStream(stream);
    }

    @Override
    public List<RecordedEvent> readAll(long afterPosition, int limit) {
        return delegate.readAll(afterPosition, limit);
    }

    @Override
    public long headPosition() {
        return delegate.headPosition();
    }

    @Override
    public long streamVersion(StreamId stream) {
        return delegate.streamVersion(stream);
    }

    @Override
    public Optional<AppendResult> findByIdempotencyKey(String idempotencyKey) {
        return delegate.findByIdempotencyKey(idempotencyKey);
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
        delegate.saveSnapshot(snapshot);
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String name) {
        return delegate.loadSnapshot(name);
    }

    @Override
    public void saveCheckpoint(String consumer, long position) {
        delegate.saveCheckpoint(consumer, position);
    }

    @Override
    public long loadCheckpoint(String consumer) {
        return delegate.loadCheckpoint(consumer);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
