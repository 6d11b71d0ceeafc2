package org.weishi.benchmarks.replay;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ForwardingEventStore;
import org.weishi.spi.storage.RecordedEvent;

/**
 * Passes everything to a store and counts the events returned by reads of more than one event, so
 * a benchmark can check that an engine started from a snapshot really did.
 */
final class CountingStore extends ForwardingEventStore {
    private final AtomicLong read = new AtomicLong();

    CountingStore(EventStore store) {
        super(store);
    }

    /** @return events returned so far by reads of more than one event */
    long read() {
        return read.get();
    }

    @Override
    public List<RecordedEvent> readAll(long afterPosition, int limit) {
        List<RecordedEvent> l = super.readAll(afterPosition, limit);
        if (limit > 1) read.addAndGet(l.size());
        return l;
    }
}
