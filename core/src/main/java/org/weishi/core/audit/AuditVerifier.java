package org.weishi.core.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

/**
 * Recomputes the audit chain of a whole log: positions must run 1, 2, 3 … without holes; each
 * event's previous hash must be the hash of the event before it; each hash must equal
 * {@link AuditChain#recompute}; each stream's versions must run 1, 2, 3 …. The first event that
 * breaks any of these is reported: an event altered, removed or reordered by hand cannot hide.
 *
 * <p>Reads the store in batches; memory is proportional to the number of streams, not events.
 */
public final class AuditVerifier {
    private static final int BATCH = 10_000;

    private AuditVerifier() {
    }

    /**
     * @param store the store to check
     * @return the report
     */
    public static AuditReport verify(EventStore store) {
        Map<StreamId, Long> versions = new HashMap<>();
        String previous = AuditChain.GENESIS;
        long expected = 1;
        long count = 0;
        long head = store.headPosition();
        while (true) {
            List<RecordedEvent> batch = store.readAll(expected - 1, BATCH);
            for (RecordedEvent e : batch) {
                String problem = check(e, expected, previous, versions);
                if (problem != null) return new AuditReport(count, versions.size(), previous, e.position() > 0 ? Math.min(e.position(), expected) : expected, problem);
                versions.put(e.stream(), e.version());
                previous = e.hash();
                expected++;
                count++;
            }
            if (batch.size() < BATCH) break;
        }
        if (count < head) {
            return new AuditReport(count, versions.size(), previous, expected,
                    "the log's head is at position " + head + " but only " + count + " events could be read: events are missing");
        }
        return new AuditReport(count, versions.size(), previous, 0, "");
    }

    private static String check(RecordedEvent e, long expected, String previous, Map<StreamId, Long> versions) {
        if (e.position() != expected) {
            return "expected position " + expected + " but found " + e.position() + " (an event was removed or reordered)";
        }
        if (!e.previousHash().equals(previous)) {
            return "previous hash " + e.previousHash() + " does not match the hash of position " + (expected - 1)
                    + " (" + previous + "): an event before it was altered, removed or reordered";
        }
        String recomputed = AuditChain.recompute(e);
        if (!recomputed.equals(e.hash())) {
            return "stored hash " + e.hash() + " does not match the recomputed " + recomputed + ": this event was altered";
        }
        long last = versions.getOrDefault(e.stream(), 0L);
        if (e.version() != last + 1) {
            return "stream " + e.stream() + " jumps from version " + last + " to " + e.version();
        }
        return null;
    }
}
