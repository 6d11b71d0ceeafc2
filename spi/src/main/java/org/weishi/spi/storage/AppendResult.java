package org.weishi.spi.storage;

import java.util.Map;

/**
 * What an append did.
 *
 * @param firstPosition global position of the first event written
 * @param lastPosition global position of the last event written
 * @param versions each stream's version after the append
 * @param duplicate true when the idempotency key had been used already and nothing was written:
 *                  the other fields then describe the first append
 */
public record AppendResult(long firstPosition, long lastPosition, Map<StreamId, Long> versions, boolean duplicate) {
    /** Copies. */
    public AppendResult {
        versions = Map.copyOf(versions);
    }

    /** @return the same result marked as a duplicate */
    public AppendResult asDuplicate() {
        return new AppendResult(firstPosition, lastPosition, versions, true);
    }
}
