package org.weishi.core.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;

/**
 * Snapshots of the engine's views in the event store ({@link EventStore#saveSnapshot}, name
 * {@value #NAME}): an engine starts from the newest one it can use and replays only the events
 * after it; it saves one when asked ({@link #save()}) and, when configured, every {@code every}
 * events in the background.
 *
 * <p>A snapshot is used only if its format is {@link SnapshotCodec#FORMAT}, it reads whole, its
 * position is not beyond the head of the log, and the event at its position still has the hash
 * recorded in it (so a snapshot of another log, or of a log since rebuilt, is not used). Otherwise
 * the engine logs why and replays from the start: a bad snapshot never stops the engine.
 */
final class Snapshots {
    /** The name snapshots of the views are saved under. */
    static final String NAME = "projections";
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final EventStore store;
    private final Projections projections;
    private final long every;
    private final Object saving = new Object();
    private volatile long lastSaved;
    private volatile boolean due;
    private boolean closed;
    private ExecutorService background;

    /**
     * @param store the store
     * @param projections the engine's projections
     * @param every save in the background each time the views moved this many events past the
     *              last snapshot; 0 never
     */
    Snapshots(EventStore store, Projections projections, long every) {
        this.store = store;
        this.projections = projections;
        this.every = every;
        this.keeps = keepsSnapshots(store);
    }

    // A store that does not override EventStore.saveSnapshot keeps none: encoding the views for it
    // would be work thrown away.
    private final boolean keeps;

    private static boolean keepsSnapshots(EventStore store) {
        try {
            return store.getClass().getMethod("saveSnapshot", Snapshot.class).getDeclaringClass() != EventStore.class;
        } catch (NoSuchMethodException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Restores fresh projections from the stored snapshot, if there is one this engine can use.
     * Never throws: a missing, unknown or unreadable snapshot means a replay from the start.
     *
     * @return whether the projections now start from a snapshot
     */
    boolean startFrom() {
        Optional<Snapshot> found;
        try {
            found = store.loadSnapshot(NAME);
        } catch (RuntimeException e) {
            LOG.warn("Could not load the views' snapshot ({}); replaying the log from the start", firstLine(e.getMessage()));
            return false;
        }
        if (found.isEmpty()) return false;
        Snapshot s = found.get();
        if (s.schemaVersion() != SnapshotCodec.FORMAT) {
            LOG.warn("Ignoring the views' snapshot at position {}: its format {} is not {} (another version of weishi"
                    + " wrote it); replaying the log from the start", s.position(), s.schemaVersion(), SnapshotCodec.FORMAT);
            return false;
        }
        try {
            SnapshotCodec.Decoded d = SnapshotCodec.decode(s.payload());
            if (d.format() != SnapshotCodec.FORMAT || d.state().position() != s.position()) {
                throw new IOException("its content says format " + d.format() + " at position " + d.state().position());
            }
            long head = store.headPosition();
            if (s.position() > head) throw new IOException("it is at position " + s.position() + " but the log ends at " + head);
            if (s.position() > 0) {
                List<RecordedEvent> at = store.readAll(s.position() - 1, 1);
                if (at.isEmpty() || at.get(0).position() != s.position() || !at.get(0).hash().equals(d.hash())) {
                    throw new IOException("the event at position " + s.position() + " is not the one it was taken after");
                }
            }
            projections.restore(d.state());
            lastSaved = s.position();
            LOG.info("Starting from the views' snapshot at position {}; the log's head is at {}", s.position(), head);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the views' snapshot at position {}: {}; replaying the log from the start", s.position(),
                    firstLine(e.getMessage()));
            return false;
        }
    }

    /**
     * Saves a snapshot of the views as they are now (a consistent cut at one position). One save
     * runs at a time; an older state never replaces a newer snapshot this engine saved.
     *
     * @return the position the newest snapshot holds (0 when the log is empty: nothing saved)
     */
    long save() {
        synchronized (saving) {
            Projections.State state = projections.capture();
            long position = state.position();
            if (position == 0 || position <= lastSaved) return Math.max(position, lastSaved);
            if (!keeps) {
                LOG.debug("The store keeps no snapshots: not saving one at position {}", position);
                lastSaved = position;
                return position;
            }
            List<RecordedEvent> at = store.readAll(position - 1, 1);
            if (at.isEmpty() || at.get(0).position() != position) {
                throw new IllegalStateException("the store has no event at position " + position);
            }
            long t0 = System.nanoTime();
            String payload = SnapshotCodec.encode(state.sorted(), at.get(0).hash());
            store.saveSnapshot(new Snapshot(NAME, position, SnapshotCodec.FORMAT, payload));
            lastSaved = position;
            LOG.info("Saved the views' snapshot at position {} ({} characters, {} ms)", position, payload.length(),
                    (System.nanoTime() - t0) / 1_000_000);
            return position;
        }
    }

    /**
     * Told after each fold, under the projections' lock: starts a background save when the views
     * have moved {@code every} events past the last snapshot.
     *
     * @param position the position folded to
     */
    void folded(long position) {
        if (every <= 0 || due || position - lastSaved < every) return;
        due = true;
        synchronized (this) {
            if (closed) return;
            if (background == null) {
                background = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "weishi-snapshot");
                    t.setDaemon(true);
                    return t;
                });
            }
            background.execute(this::saveInBackground);
        }
    }

    private void saveInBackground() {
        try {
            save();
        } catch (RuntimeException e) {
            // Not retried before another 'every' events: a failing store is not hammered.
            lastSaved = projections.position();
            LOG.warn("Could not save the views' snapshot: {}", e.getMessage());
        } finally {
            due = false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Lets a background save finish (the store may close next), then stops its thread. */
    void close() {
        ExecutorService b;
        synchronized (this) {
            closed = true;
            b = background;
            background = null;
        }
        if (b == null) return;
        b.shutdown();
        try {
            if (!b.awaitTermination(60, TimeUnit.SECONDS)) LOG.warn("A snapshot save is still running at close");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
