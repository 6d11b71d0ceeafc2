package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.weishi.core.internal.Replays;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;

/**
 * Snapshots of the views: starting from one and replaying the tail gives exactly the views of a
 * full replay, on a log with every kind of event; a snapshot that cannot be used is ignored.
 */
class SnapshotTest {
    private static final long SEED = Long.getLong("weishi.seed", 20260528L);

    /**
     * Counts the events a replay reads; single-event reads (the check of the event a snapshot was
     * taken after) are not counted.
     */
    static final class Counting extends ChunkedReplayTest.Delegating {
        final AtomicLong read = new AtomicLong();
        private final EventStore store;

        Counting(EventStore store) {
            super(store);
            this.store = store;
        }

        @Override
        public List<RecordedEvent> readAll(long afterPosition, int limit) {
            List<RecordedEvent> l = store.readAll(afterPosition, limit);
            if (limit > 1) read.addAndGet(l.size());
            return l;
        }
    }

    private static Weishi engine(EventStore store, MemoryPersonalDataVault vault, boolean fromSnapshot) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger(100_000);
        WeishiBuilder b = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, vault)
                .approvalRule(PreReviewTest.DEPARTMENTS).personKeys(() -> "psn-" + n.incrementAndGet());
        if (!fromSnapshot) b.replayFromStart();
        return b.build();
    }

    @Test
    void a_snapshot_and_the_tail_give_the_views_of_a_full_replay() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi first = MixedLog.engine(store, vault);
        MixedLog.write(first, SEED, 1500);
        long at = first.snapshot();
        assertThat(at).isEqualTo(store.headPosition()).isPositive();
        MixedLog.more(first, SEED + 1, 1500);
        long head = store.headPosition();
        assertThat(head).as("a tail after the snapshot").isGreaterThan(at + 100);
        assertThat(MixedLog.types(store)).hasSizeGreaterThanOrEqualTo(28);

        Counting counting = new Counting(store);
        Weishi restarted = engine(counting, vault, true);
        assertThat(counting.read.get()).as("events replayed after the snapshot at %d", at).isEqualTo(head - at);
        Object full = Replays.replay(store, 10_000, Integer.MAX_VALUE);
        assertThat(Replays.views(restarted)).as("seed=%d", SEED).isEqualTo(full).isEqualTo(Replays.views(first));
        assertThat(restarted.dashboard()).isEqualTo(first.dashboard());
        assertThat(restarted.projects()).isEqualTo(first.projects());
        assertThat(restarted.demands()).isEqualTo(first.demands());
        assertThat(restarted.envelopes()).isEqualTo(first.envelopes());

        // The restarted engine goes on as the first would: ids continue, decisions see the state.
        String p = restarted.execute(COMMITTEE, project(ProjectKind.MICRO, "5000")).aggregateId();
        assertThat(p).isEqualTo(String.format("P-%06d", first.projects().size() + 1));
        restarted.execute(COMMITTEE, act(p, ProjectAction.PROPOSE));
        MixedLog.more(restarted, SEED + 2, 300);
        assertThat(Replays.views(restarted)).isEqualTo(Replays.replay(store, 10_000, Integer.MAX_VALUE));
    }

    @Test
    void the_snapshot_saved_in_the_background_every_n_events_is_used_at_the_next_start() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        CLOCK.reset();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, vault)
                .approvalRule(PreReviewTest.DEPARTMENTS).snapshotEvery(300).build();
        MixedLog.write(w, SEED + 3, 1500);
        w.close(); // waits for a save in progress
        Snapshot s = store.loadSnapshot("projections").orElseThrow();
        assertThat(s.position()).isGreaterThanOrEqualTo(300).isLessThanOrEqualTo(store.headPosition());
        assertThat(s.schemaVersion()).isEqualTo(1);

        Counting counting = new Counting(store);
        Weishi restarted = engine(counting, vault, true);
        assertThat(counting.read.get()).isEqualTo(store.headPosition() - s.position());
        assertThat(Replays.views(restarted)).isEqualTo(Replays.replay(store, 10_000, Integer.MAX_VALUE));
    }

    @Test
    void a_snapshot_that_cannot_be_used_is_ignored_and_the_log_replayed_from_the_start() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi first = MixedLog.engine(store, vault);
        MixedLog.write(first, SEED + 4, 600);
        long at = first.snapshot();
        Snapshot good = store.loadSnapshot("projections").orElseThrow();
        MixedLog.more(first, SEED + 5, 200);
        long head = store.headPosition();
        Object full = Replays.replay(store, 10_000, Integer.MAX_VALUE);

        // A second log, different from the first, for a snapshot of someone else's log.
        MemoryEventStore other = store();
        Weishi o = MixedLog.engine(other, new MemoryPersonalDataVault());
        MixedLog.write(o, SEED + 6, 800);
        assertThat(other.headPosition()).isGreaterThan(at);
        String[] otherPayload = {null};
        o.snapshot();
        otherPayload[0] = other.loadSnapshot("projections").orElseThrow().payload();
        long otherAt = other.loadSnapshot("projections").orElseThrow().position();

        List<Snapshot> bad = List.of(
                new Snapshot("projections", at, 99, good.payload()),                        // unknown format
                new Snapshot("projections", at, 1, "{\"format\":1,"),                       // cut short
                new Snapshot("projections", at, 1, "not json at all"),
                new Snapshot("projections", at, 1, good.payload().replace("\"format\":1", "\"format\":2")),
                new Snapshot("projections", at + 1, 1, good.payload()),                     // position disagrees
                new Snapshot("projections", head + 10, 1, good.payload().replace("\"position\":" + at,
                        "\"position\":" + (head + 10))),                                    // beyond the head
                new Snapshot("projections", at, 1, good.payload().replace("\"demands\":[[\"D-", "\"demands\":[[null,\"D-")),
                new Snapshot("projections", at, 1, good.payload().replaceFirst("\"id\":\"P-", "\"id\":null,\"x\":\"P-")),
                new Snapshot("projections", otherAt, 1, otherPayload[0]));                  // another log
        for (Snapshot s : bad) {
            store.saveSnapshot(s);
            Counting counting = new Counting(store);
            Weishi w = engine(counting, vault, true);
            String what = s.schemaVersion() + " " + s.position() + " " + s.payload().substring(0, Math.min(80, s.payload().length()));
            assertThat(counting.read.get()).as(what).isEqualTo(head);
            assertThat(Replays.views(w)).as(what).isEqualTo(full);
            w.close();
        }
        // The good one is used; replayFromStart ignores it.
        store.saveSnapshot(good);
        Counting counting = new Counting(store);
        assertThat(Replays.views(engine(counting, vault, true))).isEqualTo(full);
        assertThat(counting.read.get()).isEqualTo(head - at);
        Counting all = new Counting(store);
        assertThat(Replays.views(engine(all, vault, false))).isEqualTo(full);
        assertThat(all.read.get()).isEqualTo(head);
    }

    @Test
    void a_store_that_fails_to_load_a_snapshot_does_not_stop_the_engine() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi first = MixedLog.engine(store, vault);
        MixedLog.write(first, SEED + 7, 300);
        first.snapshot();
        EventStore failing = new ChunkedReplayTest.Delegating(store) {
            @Override
            public java.util.Optional<Snapshot> loadSnapshot(String name) {
                throw new IllegalStateException("snapshot table is gone");
            }
        };
        assertThat(Replays.views(engine(failing, vault, true))).isEqualTo(Replays.views(first));
    }

    @Test
    void a_snapshot_reads_back_whole_whatever_the_order_of_its_parts() throws Exception {
        MemoryEventStore store = store();
        Weishi w = MixedLog.engine(store, new MemoryPersonalDataVault());
        MixedLog.write(w, SEED + 8, 1200);
        w.execute(RESIDENT, new org.weishi.core.command.SubmitDemand(org.weishi.spi.Channel.HOTLINE, "elderly-care", XIPU,
                "引号\"反斜杠\\换行\n制表\t],[{}", "控制\u0001字符 \uD83D\uDE00 \u2028", 3,
                new org.weishi.core.command.Submitter("张小三", "13812341234", null, null)));
        String payload = Replays.snapshotPayload(w);
        assertThat(payload).contains("\\u0001");
        assertThat(Replays.decodeSnapshot(payload)).isEqualTo(Replays.views(w));
        // Demand rows in many segments (read in parallel), of every size up to one row each.
        for (int segment : new int[] {1, 2, 7, 100}) {
            String segmented = Replays.snapshotPayload(w, segment);
            assertThat(segmented.chars().filter(ch -> ch == '\n').count()).as("line breaks").isPositive();
            assertThat(Replays.decodeSnapshot(segmented)).as("segment %d", segment).isEqualTo(Replays.views(w));
            assertThat(Replays.rowsFromText(segmented)).as("segment %d read from the text", segment).isTrue();
        }
        assertThat(Replays.rowsFromText(payload)).isTrue();
        // Demands first, and spaces between the tokens: another writer's layout, read by Jackson.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(payload);
        com.fasterxml.jackson.databind.node.ObjectNode reordered = json.createObjectNode();
        reordered.set("demands", tree.get("demands"));
        tree.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("demands")) reordered.set(f.getKey(), f.getValue());
        });
        String other = json.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
        assertThat(Replays.decodeSnapshot(other)).isEqualTo(Replays.views(w));
        assertThat(Replays.rowsFromText(other)).as("demands first: Jackson reads them").isFalse();
        // And with the demands last but spread over lines.
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        assertThat(Replays.decodeSnapshot(pretty)).isEqualTo(Replays.views(w));
    }

    @Test
    void damage_at_the_segment_boundaries_reads_as_jackson_reads_it_or_not_at_all() throws Exception {
        MemoryEventStore store = store();
        Weishi w = MixedLog.engine(store, new MemoryPersonalDataVault());
        MixedLog.write(w, SEED + 10, 1200);
        String payload = Replays.snapshotPayload(w, 7);
        assertThat(payload).contains("]\n,[\"");
        List<String> damaged = List.of(
                payload.replace("\n,", "\n ,\t"),                     // spacing around the comma
                payload.replaceFirst("\n,", "\n"),                     // a comma missing
                payload.replaceFirst("]\n,", "],\n,"),                 // a comma too many
                payload.replaceFirst("\n,\\[", "\n,0,["),              // an element that is not a row
                payload.replaceFirst("\n,\\[", "\n,[\"x\"],["),        // a row too short
                payload.replaceFirst("\n,\\[\"", "\n,[1,\""),          // a row too long
                payload.replaceFirst("\n", " "));                       // one segment fewer
        assertThat(Replays.rowsFromText(damaged.get(0))).as("spacing: still read from the text").isTrue();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String d : damaged) {
            assertThat(d).isNotEqualTo(payload);
            com.fasterxml.jackson.databind.node.ObjectNode tree;
            try {
                tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(d);
            } catch (java.io.IOException notJson) {
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Replays.decodeSnapshot(d)))
                        .as(d.substring(0, 80)).isInstanceOf(java.io.IOException.class);
                continue;
            }
            // The demands first: read through Jackson's tokens only.
            com.fasterxml.jackson.databind.node.ObjectNode reordered = json.createObjectNode();
            reordered.set("demands", tree.get("demands"));
            tree.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("demands")) reordered.set(f.getKey(), f.getValue());
            });
            assertThat(readOrRefuse(d)).as(d.substring(0, 80)).isEqualTo(readOrRefuse(json.writeValueAsString(reordered)));
        }
    }

    private static Object readOrRefuse(String payload) {
        try {
            return Replays.decodeSnapshot(payload);
        } catch (java.io.IOException refused) {
            return "refused";
        }
    }

    @Test
    void a_store_that_keeps_no_snapshots_is_left_alone() {
        MemoryEventStore store = store();
        // Only the required methods: saveSnapshot and loadSnapshot are the SPI's defaults.
        EventStore keepless = new EventStore() {
            @Override
            public org.weishi.spi.storage.AppendResult append(org.weishi.spi.storage.AppendRequest request) {
                return store.append(request);
            }

            @Override
            public List<RecordedEvent> readStream(org.weishi.spi.storage.StreamId stream) {
                return store.readStream(stream);
            }

            @Override
            public List<RecordedEvent> readAll(long afterPosition, int limit) {
                return store.readAll(afterPosition, limit);
            }

            @Override
            public long headPosition() {
                return store.headPosition();
            }

            @Override
            public long streamVersion(org.weishi.spi.storage.StreamId stream) {
                return store.streamVersion(stream);
            }

            @Override
            public java.util.Optional<org.weishi.spi.storage.AppendResult> findByIdempotencyKey(String key) {
                return store.findByIdempotencyKey(key);
            }

            @Override
            public void saveCheckpoint(String consumer, long position) {
                store.saveCheckpoint(consumer, position);
            }

            @Override
            public long loadCheckpoint(String consumer) {
                return store.loadCheckpoint(consumer);
            }
        };
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        CLOCK.reset();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).storage(keepless, vault)
                .approvalRule(PreReviewTest.DEPARTMENTS).snapshotEvery(50).build();
        MixedLog.write(w, SEED + 9, 300);
        assertThat(w.snapshot()).isEqualTo(store.headPosition());
        w.close();
        assertThat(store.loadSnapshot("projections")).isEmpty();
        assertThat(Replays.views(engine(keepless, vault, true))).isEqualTo(Replays.replay(store, 10_000, Integer.MAX_VALUE));
    }

    @Test
    void an_empty_log_has_nothing_to_snapshot() {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault(), true);
        assertThat(w.snapshot()).isZero();
        assertThat(store.loadSnapshot("projections")).isEmpty();
    }
}
