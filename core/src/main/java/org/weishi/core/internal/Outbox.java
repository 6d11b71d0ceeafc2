package org.weishi.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.core.view.DemandView;
import org.weishi.spi.notify.Notification;
import org.weishi.spi.notify.Notifier;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;

/**
 * Delivers committed events to notifiers: one cursor and one thread per notifier, the cursor kept
 * in the store as a checkpoint ({@code notifier:<id>}), so delivery is at least once and in log
 * order (hence in order per stream) across restarts. A notifier that throws is retried with
 * back-off; it never blocks a command or another notifier.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int BATCH = 500;
    private final EventStore store;
    private final List<Notifier> notifiers;
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running;
    private volatile Projections projections;

    /**
     * @param store the store
     * @param notifiers the notifiers
     */
    public Outbox(EventStore store, List<Notifier> notifiers) {
        this.store = store;
        this.notifiers = List.copyOf(notifiers);
    }

    void start(Projections projections) {
        this.projections = projections;
        running = true;
        for (Notifier n : notifiers) {
            Thread t = new Thread(() -> loop(n), "weishi-outbox-" + n.id());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Wakes the delivery threads: something was committed. */
    void signal() {
        if (notifiers.isEmpty()) return;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop(Notifier n) {
        String cursor = "notifier:" + n.id();
        long backoff = 50;
        while (running) {
            try {
                long from = store.loadCheckpoint(cursor);
                List<RecordedEvent> batch = store.readAll(from, BATCH);
                if (batch.isEmpty()) {
                    await(1000);
                    continue;
                }
                for (RecordedEvent e : batch) {
                    n.deliver(toNotification(e));
                    store.saveCheckpoint(cursor, e.position());
                }
                backoff = 50;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("Notifier '{}' failed; will retry in {} ms (commands are not affected)", n.id(), backoff, e);
                try {
                    await(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void await(long millis) throws InterruptedException {
        lock.lock();
        try {
            if (running) changed.await(millis, TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    private Notification toNotification(RecordedEvent e) {
        Set<String> recipients = Set.of();
        if (e.stream().type().equals("demand") && projections != null) {
            DemandView d = projections.demand(e.stream().id());
            if (d != null && d.personKey() != null) recipients = Set.of(d.personKey());
        }
        String summary = e.stream() + " " + e.type() + " (v" + e.version() + ")";
        return new Notification("evt-" + e.position(), e.position(), e.stream().toString(), e.type(), e.recordedAt(),
                summary, e.payload(), recipients);
    }

    /**
     * Stops delivery, giving each thread a moment to finish its current notification.
     */
    @Override
    public void close() {
        running = false;
        signal();
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            t.interrupt();
        }
    }
}
