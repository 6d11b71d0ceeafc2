package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weishi.core.Weishi;
import org.weishi.core.WeishiBuilder;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.view.ProjectView;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ForwardingEventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;
import org.weishi.spi.storage.StreamId;

/**
 * Snapshots of the views on the embedded H2 store, with the Doumen scenario's log (every kind of
 * event the engine writes): a snapshot saved while the scenario ran survives closing and reopening
 * the database, and an engine started from it (replaying only the events after it) shows exactly
 * what an engine that replays the whole log shows. A corrupt snapshot is ignored.
 */
class DoumenSnapshotTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_snapshot_survives_reopening_h2_and_snapshot_plus_tail_equals_a_full_replay() throws Exception {
        Path file = dir.resolve("weishi");
        long head;
        try (JdbcStores stores = JdbcStores.openH2(file)) {
            AtomicInteger keys = new AtomicInteger();
            SteppingClock clock = new SteppingClock(Instant.parse("2021-01-04T01:00:00Z"), Duration.ofMinutes(10));
            try (Weishi w = Weishi.builder().district(Doumen.config()).clock(clock)
                    .storage(stores.eventStore(), stores.personalDataVault()).snapshotEvery(9_000)
                    .personKeys(() -> "psn-" + keys.incrementAndGet()).build()) {
                new DoumenScenario(w, 2021, clock).run();
            }
            head = stores.eventStore().headPosition();
        }
        List<String> types = new ArrayList<>();
        long snapshotAt;
        try (JdbcStores stores = JdbcStores.openH2(file)) {
            Snapshot s = stores.eventStore().loadSnapshot("projections").orElseThrow();
            snapshotAt = s.position();
            assertThat(snapshotAt).as("a snapshot below the head (%d), so a tail is replayed", head)
                    .isGreaterThanOrEqualTo(9_000).isLessThan(head);
            TreeSet<String> tail = new TreeSet<>();
            for (RecordedEvent e : stores.eventStore().readAll(snapshotAt, Integer.MAX_VALUE)) tail.add(e.type());
            types.addAll(tail);

            Counting fromSnapshot = new Counting(stores.eventStore());
            Counting fromStart = new Counting(stores.eventStore());
            try (Weishi s1 = engine(stores, fromSnapshot, false); Weishi full = engine(stores, fromStart, true)) {
                assertThat(fromSnapshot.read.get()).as("events replayed after the snapshot").isEqualTo(head - snapshotAt);
                assertThat(fromStart.read.get()).isEqualTo(head);
                assertSameViews(s1, full, stores.eventStore());
            }

            // A corrupt snapshot: the next engine logs it and replays everything.
            stores.eventStore().saveSnapshot(new Snapshot("projections", snapshotAt, s.schemaVersion(),
                    s.payload().substring(0, s.payload().length() / 2)));
        }
        try (JdbcStores stores = JdbcStores.openH2(file)) {
            Counting counting = new Counting(stores.eventStore());
            try (Weishi w = engine(stores, counting, false); Weishi full = engine(stores, stores.eventStore(), true)) {
                assertThat(counting.read.get()).isEqualTo(head);
                assertSameViews(w, full, stores.eventStore());
            }
        }
        assertThat(types).as("kinds of events in the tail after the snapshot at %d of %d", snapshotAt, head).hasSizeGreaterThanOrEqualTo(8);
    }

    private static Weishi engine(JdbcStores stores, EventStore store, boolean fromStart) {
        WeishiBuilder b = Weishi.builder().district(Doumen.config()).storage(store, stores.personalDataVault());
        if (fromStart) b.replayFromStart();
        return b.build();
    }

    /** Everything a host can read, compared view by view. */
    private static void assertSameViews(Weishi a, Weishi b, EventStore store) throws Exception {
        assertThat(a.dashboard()).isEqualTo(b.dashboard());
        assertThat(a.demands()).isEqualTo(b.demands());
        assertThat(a.projects()).isEqualTo(b.projects());
        assertThat(a.envelopes()).isEqualTo(b.envelopes()).isNotEmpty();
        int funded = 0;
        int noticed = 0;
        for (ProjectView p : a.projects()) {
            assertThat(a.funding(p.id())).isEqualTo(b.funding(p.id()));
            assertThat(a.preReview(p.id())).isEqualTo(b.preReview(p.id()));
            assertThat(a.notice(p.id())).isEqualTo(b.notice(p.id()));
            funded += a.funding(p.id()).isPresent() ? 1 : 0;
            noticed += a.notice(p.id()).isPresent() ? 1 : 0;
        }
        assertThat(funded).isPositive();
        assertThat(noticed).isPositive();
        int councils = 0;
        for (Scope c : a.district().scopes().atLevel(ScopeLevel.COMMUNITY)) {
            assertThat(a.council(c.id())).isEqualTo(b.council(c.id()));
            councils += a.council(c.id()).isPresent() ? 1 : 0;
        }
        assertThat(councils).isPositive();
        int meetings = 0;
        for (RecordedEvent e : store.readAll(0, Integer.MAX_VALUE)) {
            if (!e.type().equals("MeetingOpened")) continue;
            String id = JSON.readTree(e.payload()).get("meetingId").asText();
            assertThat(a.meeting(id)).isEqualTo(b.meeting(id)).isPresent();
            meetings++;
        }
        assertThat(meetings).isPositive();
    }

    /** Counts the events read in reads of more than one event (not the check of a snapshot's last event). */
    private static final class Counting extends ForwardingEventStore {
        final AtomicLong read = new AtomicLong();

        Counting(EventStore store) {
            super(store);
        }

        @Override
        public List<RecordedEvent> readAll(long afterPosition, int limit) {
            List<RecordedEvent> l = super.readAll(afterPosition, limit);
            if (limit > 1) read.addAndGet(l.size());
            return l;
        }
    }
}
