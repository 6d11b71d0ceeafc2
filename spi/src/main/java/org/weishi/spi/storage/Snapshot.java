package org.weishi.spi.storage;

import java.util.Objects;

/**
 * State folded up to a position, so a restart replays only what came after.
 *
 * @param name what the snapshot holds, e.g. {@code projections}
 * @param position the last position folded into it
 * @param schemaVersion the version of the payload's shape; a reader that does not know it
 *                      ignores the snapshot and replays from the start
 * @param payload the state, JSON
 */
public record Snapshot(String name, long position, int schemaVersion, String payload) {
    /** Validates the parts. */
    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
        if (position < 0) throw new IllegalArgumentException("position must be >= 0");
    }
}
