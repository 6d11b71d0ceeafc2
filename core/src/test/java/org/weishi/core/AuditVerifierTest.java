package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.weishi.core.audit.AuditReport;
import org.weishi.core.audit.AuditVerifier;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

class AuditVerifierTest {
    /** A store whose log a test tampers with on the way out, as a hand edit of the table would. */
    record Tampered(EventStore real, UnaryOperator<List<RecordedEvent>> edit) implements EventStore {
        @Override public AppendResult append(AppendRequest r) { return real.append(r); }
        @Override public List<RecordedEvent> readStream(StreamId s) { return real.readStream(s); }
        @Override public List<RecordedEvent> readAll(long after, int limit) {
            List<RecordedEvent> all = edit.apply(new ArrayList<>(real.readAll(0, Integer.MAX_VALUE)));
            return all.stream().filter(e -> all.indexOf(e) >= after).limit(limit).toList();
        }
        @Override public long headPosition() { return real.headPosition(); }
        @Override public long streamVersion(StreamId s) { return real.streamVersion(s); }
        @Override public java.util.Optional<AppendResult> findByIdempotencyKey(String k) { return real.findByIdempotencyKey(k); }
        @Override public void saveCheckpoint(String c, long p) { real.saveCheckpoint(c, p); }
        @Override public long loadCheckpoint(String c) { return real.loadCheckpoint(c); }
    }

    private MemoryEventStore filled() {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        acceptedDemand(w);
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, TO_CLOSED);
        return store;
    }

    static RecordedEvent withPayload(RecordedEvent e, String payload) {
        return new RecordedEvent(e.position(), e.stream(), e.version(), e.type(), payload, e.metadata(), e.recordedAt(),
                e.previousHash(), e.hash());
    }

    @Test
    void an_untouched_log_is_intact() {
        MemoryEventStore store = filled();
        AuditReport r = AuditVerifier.verify(store);
        assertThat(r.intact()).isTrue();
        assertThat(r.events()).isEqualTo(store.headPosition()).isEqualTo(13);
        assertThat(r.streams()).isEqualTo(2);
        assertThat(r.headHash()).isEqualTo(store.readAll(12, 1).get(0).hash());
    }

    @Test
    void an_altered_payload_is_caught_at_its_position() {
        AuditReport r = AuditVerifier.verify(new Tampered(filled(), l -> {
            // the project's estimated cost, CNY 1,000.00, raised tenfold by hand
            assertThat(l.get(2).payload()).contains("\"estimatedCostFen\":100000,");
            l.set(2, withPayload(l.get(2), l.get(2).payload().replace("\"estimatedCostFen\":100000,", "\"estimatedCostFen\":1000000,")));
            return l;
        }));
        assertThat(r.intact()).isFalse();
        assertThat(r.firstProblemPosition()).isEqualTo(3);
        assertThat(r.failure()).hasValueSatisfying(f -> assertThat(f).contains("position 3").contains("this event was altered"));
    }

    @Test
    void a_removed_event_is_caught() {
        AuditReport r = AuditVerifier.verify(new Tampered(filled(), l -> {
            l.remove(3);
            return l;
        }));
        assertThat(r.firstProblemPosition()).isEqualTo(4);
        assertThat(r.problem()).contains("expected position 4 but found 5");
    }

    @Test
    void reordered_events_are_caught() {
        AuditReport r = AuditVerifier.verify(new Tampered(filled(), l -> {
            RecordedEvent a = l.get(8);
            l.set(8, l.get(9));
            l.set(9, a);
            return l;
        }));
        assertThat(r.firstProblemPosition()).isEqualTo(9);
    }
}
