package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.weishi.core.internal.Replays;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

/**
 * A long replay reads chunks of the log concurrently and folds them in order: the views must be
 * exactly those of a plain sequential replay and of the engine that wrote the log, on a log with
 * every kind of event.
 */
class ChunkedReplayTest {
    private static final long SEED = Long.getLong("weishi.seed", 20260527L);

    @Test
    void chunked_sequential_and_live_views_are_identical_on_a_log_of_every_kind() {
        MemoryEventStore store = store();
        Weishi live = MixedLog.engine(store, new MemoryPersonalDataVault());
        MixedLog.write(live, SEED, 3000);
        assertThat(MixedLog.types(store)).as("seed=%d: event kinds in the log", SEED).hasSizeGreaterThanOrEqualTo(28);

        Object sequential = Replays.replay(store, 10_000, Integer.MAX_VALUE);
        assertThat(Replays.views(live)).as("seed=%d live vs sequential", SEED).isEqualTo(sequential);
        // Small batches and chunks: hundreds of chunks, read by several threads, some beyond the
        // read-ahead window; and chunk sizes that do not divide the log.
        for (int[] sizes : new int[][] {{10, 7}, {16, 16}, {50, 333}, {1, 1}}) {
            assertThat(Replays.replay(store, sizes[0], sizes[1])).as("seed=%d batch=%d chunk=%d", SEED, sizes[0], sizes[1])
                    .isEqualTo(sequential);
        }
        // And a whole engine started on the log agrees on what hosts see.
        Weishi replayed = MixedLog.engine(store, new MemoryPersonalDataVault());
        assertThat(replayed.dashboard()).isEqualTo(live.dashboard());
        assertThat(replayed.projects()).isEqualTo(live.projects());
        assertThat(replayed.demands()).isEqualTo(live.demands());
        assertThat(replayed.envelopes()).isEqualTo(live.envelopes());
    }

    @Test
    void a_store_that_returns_short_chunks_still_gives_the_same_views() {
        MemoryEventStore store = store();
        Weishi live = MixedLog.engine(store, new MemoryPersonalDataVault());
        MixedLog.write(live, SEED + 1, 800);
        AtomicInteger calls = new AtomicInteger();
        // Every third read comes back one event short (a store bending the density rule): the
        // fold notices the gap and reads on from where it is.
        EventStore shortReads = new Delegating(store) {
            @Override
            public List<RecordedEvent> readAll(long afterPosition, int limit) {
                List<RecordedEvent> all = store.readAll(afterPosition, limit);
                if (calls.incrementAndGet() % 3 == 0 && all.size() > 1) return List.copyOf(all.subList(0, all.size() - 1));
                return all;
            }
        };
        assertThat(Replays.replay(shortReads, 10, 7)).isEqualTo(Replays.views(live));
        assertThat(calls.get()).as("reads").isGreaterThan(50);
    }

    @Test
    void a_failing_chunk_read_fails_the_replay_and_a_later_one_succeeds() {
        MemoryEventStore store = store();
        Weishi live = MixedLog.engine(store, new MemoryPersonalDataVault());
        MixedLog.write(live, SEED + 2, 400);
        AtomicInteger calls = new AtomicInteger();
        EventStore failing = new Delegating(store) {
            @Override
            public List<RecordedEvent> readAll(long afterPosition, int limit) {
                if (calls.incrementAndGet() == 5) throw new IllegalStateException("disk on fire");
                return store.readAll(afterPosition, limit);
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Replays.replay(failing, 10, 7))
                .hasMessageContaining("disk on fire");
        assertThat(Replays.replay(failing, 10, 7)).isEqualTo(Replays.views(live));
    }

    /** Passes everything to another store. */
    static class Delegating extends org.weishi.spi.storage.ForwardingEventStore {
        Delegating(EventStore store) {
            super(store);
        }
    }
}
