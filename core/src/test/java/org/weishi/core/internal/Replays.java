package org.weishi.core.internal;

import org.weishi.core.Weishi;
import org.weishi.spi.storage.EventStore;

/** Test access to the engine's projections, for tests outside this package. */
public final class Replays {
    private Replays() {
    }

    /**
     * @param store a store
     * @param batch events per short read (a full one starts the chunked replay)
     * @param chunk events per chunk; {@code Integer.MAX_VALUE} for a plain sequential replay
     * @return every view after replaying the whole log into fresh projections, lists sorted
     */
    public static Object replay(EventStore store, int batch, int chunk) {
        Projections p = new Projections(batch, chunk);
        p.catchUp(store);
        return p.capture().sorted();
    }

    /**
     * @param w an engine
     * @return every view it holds now, lists sorted
     */
    public static Object views(Weishi w) {
        return ((Engine) w).projections().capture().sorted();
    }

    /**
     * @param w an engine
     * @return the snapshot payload of its views now (the hash is a placeholder)
     */
    public static String snapshotPayload(Weishi w) {
        return snapshotPayload(w, SnapshotCodec.SEGMENT);
    }

    /**
     * @param w an engine
     * @param segment demand rows between line breaks
     * @return the snapshot payload of its views now (the hash is a placeholder)
     */
    public static String snapshotPayload(Weishi w, int segment) {
        Projections.State s = ((Engine) w).projections().capture().sorted();
        return SnapshotCodec.encode(s, s.position() == 0 ? null : "hash", segment);
    }

    /**
     * @param payload a snapshot payload
     * @return the views it holds, lists sorted
     * @throws java.io.IOException when it cannot be read
     */
    public static Object decodeSnapshot(String payload) throws java.io.IOException {
        return SnapshotCodec.decode(payload).state().sorted();
    }

    /**
     * @param payload a snapshot payload
     * @return whether its demand rows are read straight from the text (not through Jackson)
     * @throws java.io.IOException when it cannot be read
     */
    public static boolean rowsFromText(String payload) throws java.io.IOException {
        return SnapshotCodec.decode(payload).rowsFromText();
    }

    /**
     * @param w an engine
     * @return the last position it folded in
     */
    public static long position(Weishi w) {
        return ((Engine) w).projections().position();
    }
}
