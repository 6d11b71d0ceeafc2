package org.weishi.spi.storage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An append-only, hash-chained event store: the single source of truth of a weishi engine.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li><b>Thread-safe.</b> Any number of threads call every method concurrently.</li>
 *   <li><b>Atomic.</b> {@link #append} writes every event of every stream in the request, or none.
 *       If any stream's {@link ExpectedVersion} does not match, nothing is written and
 *       {@link WrongExpectedVersionException} names that stream (the first in request order).</li>
 *   <li><b>Durable.</b> When {@code append} returns, the events survive a crash of the process
 *       (state in docs what is promised across a power loss).</li>
 *   <li><b>Ordered without gaps.</b> Positions are 1, 2, 3 … in commit order. {@link #readAll}
 *       never returns an event at position p while an event at a lower position may still become
 *       visible: a reader that has seen p never misses an event below p.</li>
 *   <li><b>Chained.</b> Each event carries {@link AuditChain#hash} computed over the previous
 *       event's hash; the first event's previous hash is {@link AuditChain#GENESIS}.</li>
 *   <li><b>Idempotent.</b> A request whose idempotency key was seen returns the first result with
 *       {@code duplicate = true} and appends nothing; the same key with another fingerprint is
 *       refused with {@link IdempotencyConflictException}. Keys are kept for the life of the store.</li>
 *   <li>Never returns null; lists returned are unmodifiable.</li>
 *   <li>Infrastructure failures are thrown as {@link StorageException}, naming what was
 *       attempted, never leaking a password.</li>
 * </ul>
 * Every implementation must pass {@code org.weishi.testkit.EventStoreContract}.
 */
public interface EventStore extends AutoCloseable {
    /**
     * Appends atomically to one or more streams.
     *
     * @param request the streams and events
     * @return positions and new stream versions
     * @throws WrongExpectedVersionException when a stream is not at its expected version
     * @throws IdempotencyConflictException when the key was used with another fingerprint
     * @throws StorageException on infrastructure failure (then nothing was written)
     */
    AppendResult append(AppendRequest request);

    /**
     * Appends without waiting for durability: the future completes with what {@link #append}
     * would have returned once the events are durable, or exceptionally with what it would have
     * thrown. Lets one caller keep several appends in flight, so a store with group commit can
     * put them in one transaction.
     *
     * <p>Requests are committed in the order they were made by one thread, unless one fails
     * (then later ones are unaffected). Dependent actions registered with the future's
     * non-{@code Async} methods may run on the store's commit thread: keep them short.
     *
     * <p>The default appends synchronously on the calling thread; stores with a commit queue
     * override it.
     *
     * @param request the streams and events
     * @return the result, once durable
     * @since 0.1.0
     */
    default CompletableFuture<AppendResult> appendAsync(AppendRequest request) {
        try {
            return CompletableFuture.completedFuture(append(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param stream a stream
     * @return its events in version order; empty when the stream does not exist
     */
    List<RecordedEvent> readStream(StreamId stream);

    /**
     * @param afterPosition return events with a position strictly greater than this; 0 for all
     * @param limit at most this many, {@code > 0}
     * @return committed events in position order, without gaps (see class requirements)
     */
    List<RecordedEvent> readAll(long afterPosition, int limit);

    /** @return the highest committed position, 0 when empty */
    long headPosition();

    /**
     * @param stream a stream
     * @return its current version, 0 when it does not exist
     */
    long streamVersion(StreamId stream);

    /**
     * @param idempotencyKey a key
     * @return the result of the append that used it, marked duplicate, if any
     */
    Optional<AppendResult> findByIdempotencyKey(String idempotencyKey);

    /**
     * Saves a snapshot, replacing an older one of the same name. Optional: stores that keep none
     * ignore it.
     *
     * @param snapshot the snapshot
     */
    default void saveSnapshot(Snapshot snapshot) {
    }

    /**
     * @param name snapshot name, e.g. {@code projections}
     * @return the latest snapshot of that name, if the store keeps snapshots
     */
    default Optional<Snapshot> loadSnapshot(String name) {
        return Optional.empty();
    }

    /**
     * Records how far a consumer (a notifier's outbox cursor, a projection) has processed the log,
     * so delivery resumes there after a restart. Stores without durable checkpoints keep them in
     * memory.
     *
     * @param consumer consumer id, e.g. {@code notifier:log}
     * @param position the last position the consumer has fully processed
     */
    void saveCheckpoint(String consumer, long position);

    /**
     * @param consumer consumer id
     * @return the last saved position, 0 when none
     */
    long loadCheckpoint(String consumer);

    /** Releases resources. Idempotent. */
    @Override
    default void close() {
    }
}
