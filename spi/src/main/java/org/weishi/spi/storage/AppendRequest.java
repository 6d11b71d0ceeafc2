package org.weishi.spi.storage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One atomic append: events for one or more streams, all written or none.
 *
 * @param appends per-stream appends; each stream at most once
 * @param idempotencyKey a key the caller chose for this command, or null. A second request with
 *                       the same key and fingerprint appends nothing and returns the first result
 *                       with {@link AppendResult#duplicate()} set; with a different fingerprint it
 *                       is refused with {@link IdempotencyConflictException}.
 * @param fingerprint a digest of the command the key was used for, or null
 */
public record AppendRequest(List<StreamAppend> appends, String idempotencyKey, String fingerprint) {
    /** Validates and copies. */
    public AppendRequest {
        appends = List.copyOf(appends);
        if (appends.isEmpty()) throw new IllegalArgumentException("an append request needs at least one stream");
        Set<StreamId> seen = new HashSet<>();
        for (StreamAppend a : appends) {
            if (!seen.add(a.stream())) throw new IllegalArgumentException("stream " + a.stream() + " appears twice in one request");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new IllegalArgumentException("idempotency key must be 1-128 characters");
        }
    }

    /**
     * @param appends per-stream appends
     * @return a request without idempotency key
     */
    public static AppendRequest of(StreamAppend... appends) {
        return new AppendRequest(List.of(appends), null, null);
    }

    /** @return number of events in the request */
    public int eventCount() {
        int n = 0;
        for (StreamAppend a : appends) n += a.events().size();
        return n;
    }
}
