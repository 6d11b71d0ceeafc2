package org.weishi.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as stored.
 *
 * @param position global position, 1-based, dense: every committed event has a position and
 *                 positions have no holes
 * @param stream its stream
 * @param version its version in the stream, 1-based
 * @param type event type
 * @param payload public data, JSON
 * @param metadata metadata, JSON
 * @param recordedAt when the store accepted it, truncated to microseconds
 * @param previousHash the hash of the event at {@code position - 1}, or {@link AuditChain#GENESIS}
 * @param hash {@link AuditChain#hash} of this event
 */
public record RecordedEvent(long position, StreamId stream, long version, String type, String payload,
                            String metadata, Instant recordedAt, String previousHash, String hash) {
    /** Validates the parts. */
    public RecordedEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
