package org.weishi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.IdempotencyConflictException;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * The contract every {@link EventStore} must pass. Extend it and implement {@link #createStore()}
 * to return a new, empty store; the suite closes it after each test.
 *
 * <pre>{@code
 * class JdbcEventStoreTest extends EventStoreContract {
 *     @Override protected EventStore createStore() { return JdbcEventStore.open(freshDatabase()); }
 * }
 * }</pre>
 */
public abstract class EventStoreContract {
    /** The store under test, fresh for each test. */
    protected EventStore store;

    /** @return a new, empty store */
    protected abstract EventStore createStore();

    /**
     * How many appends each writer thread makes in the concurrency tests. Slow stores (a remote
     * database) may lower it.
     *
     * @return appends per thread
     */
    protected int appendsPerWriter() {
        return 200;
    }

    @BeforeEach
    void openStore() {
        store = createStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A test event. */
    protected static NewEvent event(String type, String payload) {
        return new NewEvent(type, payload, "{\"actor\":\"test\"}");
    }

    /** Appends one event to a stream. */
    protected AppendResult appendOne(StreamId s, ExpectedVersion expected, String type) {
        return store.append(AppendRequest.of(new StreamAppend(s, expected, List.of(event(type, "{\"n\":1}")))));
    }

    private static final StreamId P1 = new StreamId("project", "P-1");
    private static final StreamId P2 = new StreamId("project", "P-2");
    private static final StreamId E1 = new StreamId("envelope", "E-1");

    @Nested
    @DisplayName("append and read")
    class AppendAndRead {
        @Test
        @DisplayName("an empty store has head 0 and no streams")
        void empty() {
            assertThat(store.headPosition()).isZero();
            assertThat(store.readAll(0, 10)).isEmpty();
            assertThat(store.readStream(P1)).isEmpty();
            assertThat(store.streamVersion(P1)).isZero();
        }

        @Test
        @DisplayName("events get dense positions from 1 and versions from 1 per stream")
        void positionsAndVersions() {
            AppendResult r1 = store.append(AppendRequest.of(new StreamAppend(P1, ExpectedVersion.NO_STREAM,
                    List.of(event("A", "{}"), event("B", "{}")))));
            AppendResult r2 = appendOne(P2, ExpectedVersion.NO_STREAM, "C");
            AppendResult r3 = appendOne(P1, ExpectedVersion.exactly(2), "D");
            assertThat(r1.firstPosition()).isEqualTo(1);
            assertThat(r1.lastPosition()).isEqualTo(2);
            assertThat(r1.versions()).containsEntry(P1, 2L);
            assertThat(r2.firstPosition()).isEqualTo(3);
            assertThat(r3.versions()).containsEntry(P1, 3L);
            assertThat(store.headPosition()).isEqualTo(4);
            assertThat(store.readStream(P1)).extracting(RecordedEvent::type).containsExactly("A", "B", "D");
            assertThat(store.readStream(P1)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
            assertThat(store.readAll(0, 100)).extracting(RecordedEvent::position).containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.streamVersion(P1)).isEqualTo(3);
        }

        @Test
        @DisplayName("readAll honours the position and the limit")
        void readAllPaging() {
            for (int i = 0; i < 10; i++) appendOne(new StreamId("demand", "D-" + i), ExpectedVersion.NO_STREAM, "X");
            assertThat(store.readAll(3, 4)).extracting(RecordedEvent::position).containsExactly(4L, 5L, 6L, 7L);
            assertThat(store.readAll(10, 4)).isEmpty();
        }

        @Test
        @DisplayName("payload and metadata come back byte for byte, Chinese text included")
        void payloadRoundTrip() {
            String payload = "{\"title\":\"霞山公园升级改造\",\"emoji\":\"✓\",\"quote\":\"a\\\"b\"}";
            store.append(AppendRequest.of(new StreamAppend(P1, ExpectedVersion.ANY,
                    List.of(new NewEvent("ProjectProposed", payload, "{\"reason\":\"群众点单\"}")))));
            RecordedEvent e = store.readStream(P1).get(0);
            assertThat(e.payload()).isEqualTo(payload);
            assertThat(e.metadata()).isEqualTo("{\"reason\":\"群众点单\"}");
            assertThat(e.stream()).isEqualTo(P1);
            assertThat(e.recordedAt()).isEqualTo(e.recordedAt().truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Nested
    @DisplayName("appendAsync")
    class AppendAsync {
        @Test
        @DisplayName("many appends in flight from one thread: each answered, committed in the order made")
        void pipelined() {
            List<java.util.concurrent.CompletableFuture<AppendResult>> inFlight = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                inFlight.add(store.appendAsync(AppendRequest.of(new StreamAppend(new StreamId("demand", "D-" + i),
                        ExpectedVersion.NO_STREAM, List.of(event("DemandSubmitted", "{\"n\":" + i + "}"))))));
            }
            for (int i = 0; i < inFlight.size(); i++) {
                AppendResult r = inFlight.get(i).join();
                assertThat(r.firstPosition()).as("append %d", i).isEqualTo(i + 1L);
                assertThat(r.versions()).containsEntry(new StreamId("demand", "D-" + i), 1L);
            }
            assertThat(store.headPosition()).isEqualTo(200);
            assertChainIntact(store.readAll(0, 1000));
        }

        @Test
        @DisplayName("a refused append fails its own future only, with the exception append throws")
        void failureIsPerRequest() {
            appendOne(P1, ExpectedVersion.NO_STREAM, "A");
            var stale = store.appendAsync(AppendRequest.of(new StreamAppend(P1, ExpectedVersion.NO_STREAM,
                    List.of(event("B", "{}")))));
            var fine = store.appendAsync(AppendRequest.of(new StreamAppend(P2, ExpectedVersion.NO_STREAM,
                    List.of(event("C", "{}")))));
            assertThatThrownBy(stale::join).hasCauseInstanceOf(WrongExpectedVersionException.class);
            assertThat(fine.join().versions()).containsEntry(P2, 1L);
            assertThat(store.readStream(P1)).hasSize(1);
            assertThat(store.headPosition()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("optimistic concurrency")
    class Concurrency {
        @Test
        @DisplayName("a stale expected version is refused and nothing is written")
        void staleVersion() {
            appendOne(P1, ExpectedVersion.NO_STREAM, "A");
            assertThatThrownBy(() -> appendOne(P1, ExpectedVersion.NO_STREAM, "B"))
                    .isInstanceOf(WrongExpectedVersionException.class)
                    .hasMessageContaining("project/P-1")
                    .satisfies(t -> assertThat(((WrongExpectedVersionException) t).actual()).isEqualTo(1));
            assertThatThrownBy(() -> appendOne(P1, ExpectedVersion.exactly(5), "B"))
                    .isInstanceOf(WrongExpectedVersionException.class);
            assertThat(store.headPosition()).isEqualTo(1);
            assertThat(store.readStream(P1)).hasSize(1);
        }

        @Test
        @DisplayName("ANY appends whatever the version")
        void any() {
            appendOne(P1, ExpectedVersion.ANY, "A");
            appendOne(P1, ExpectedVersion.ANY, "B");
            assertThat(store.streamVersion(P1)).isEqualTo(2);
        }

        @Test
        @DisplayName("a multi-stream append with one stale stream writes nothing to any stream")
        void atomicMultiStream() {
            appendOne(E1, ExpectedVersion.NO_STREAM, "EnvelopeOpened");
            AppendRequest both = AppendRequest.of(
                    new StreamAppend(P1, ExpectedVersion.NO_STREAM, List.of(event("ProjectApproved", "{}"))),
                    new StreamAppend(E1, ExpectedVersion.exactly(7), List.of(event("MoneyCommitted", "{}"))));
            assertThatThrownBy(() -> store.append(both)).isInstanceOf(WrongExpectedVersionException.class)
                    .hasMessageContaining("envelope/E-1");
            assertThat(store.readStream(P1)).isEmpty();
            assertThat(store.headPosition()).isEqualTo(1);

            AppendResult ok = store.append(AppendRequest.of(
                    new StreamAppend(P1, ExpectedVersion.NO_STREAM, List.of(event("ProjectApproved", "{}"))),
                    new StreamAppend(E1, ExpectedVersion.exactly(1), List.of(event("MoneyCommitted", "{}")))));
            assertThat(ok.versions()).containsEntry(P1, 1L).containsEntry(E1, 2L);
            assertThat(store.headPosition()).isEqualTo(3);
        }

        @Test
        @DisplayName("racing writers on one stream: each version is won exactly once")
        void racingOneStream() throws Exception {
            int threads = 4;
            int perThread = Math.max(10, appendsPerWriter() / 4);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger wins = new AtomicInteger();
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            long v = store.streamVersion(P1);
                            try {
                                appendOne(P1, ExpectedVersion.exactly(v), "Tick");
                                wins.incrementAndGet();
                            } catch (WrongExpectedVersionException expected) {
                                // lost the race for version v+1: fine, someone else won it
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) f.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.streamVersion(P1)).isEqualTo(wins.get());
            assertThat(store.readStream(P1)).extracting(RecordedEvent::version)
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, wins.get()).boxed().toList());
        }

        @Test
        @DisplayName("concurrent writers and a reader: the reader never skips a position")
        void noGapsSeenByReader() throws Exception {
            int writers = 4;
            int perWriter = appendsPerWriter();
            ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
            AtomicBoolean done = new AtomicBoolean();
            List<Long> seen = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            try {
                Future<?> reader = pool.submit(() -> {
                    long last = 0;
                    start.await();
                    while (true) {
                        boolean finished = done.get();
                        for (RecordedEvent e : store.readAll(last, 1000)) {
                            seen.add(e.position());
                            last = e.position();
                        }
                        if (finished && last == store.headPosition()) break;
                    }
                    return null;
                });
                List<Future<?>> fs = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int id = w;
                    fs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perWriter; i++) {
                            appendOne(new StreamId("demand", "W" + id + "-" + i), ExpectedVersion.NO_STREAM, "DemandSubmitted");
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
                done.set(true);
                reader.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            int total = writers * perWriter;
            assertThat(seen).as("positions seen by a concurrent reader, in order, without gaps")
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
            assertChainIntact(store.readAll(0, total + 10));
        }
    }

    @Nested
    @DisplayName("idempotency keys")
    class Idempotency {
        private AppendRequest keyed(StreamId s, String key, String fingerprint) {
            return new AppendRequest(List.of(new StreamAppend(s, ExpectedVersion.ANY, List.of(event("DemandSubmitted", "{}")))),
                    key, fingerprint);
        }

        @Test
        @DisplayName("a retried key returns the first result and appends nothing")
        void retry() {
            AppendResult first = store.append(keyed(P1, "cmd-1", "f1"));
            AppendResult again = store.append(keyed(P1, "cmd-1", "f1"));
            assertThat(first.duplicate()).isFalse();
            assertThat(again.duplicate()).isTrue();
            assertThat(again.firstPosition()).isEqualTo(first.firstPosition());
            assertThat(again.versions()).isEqualTo(first.versions());
            assertThat(store.headPosition()).isEqualTo(1);
            assertThat(store.findByIdempotencyKey("cmd-1")).hasValueSatisfying(r -> {
                assertThat(r.duplicate()).isTrue();
                assertThat(r.lastPosition()).isEqualTo(first.lastPosition());
            });
            assertThat(store.findByIdempotencyKey("cmd-2")).isEmpty();
        }

        @Test
        @DisplayName("the same key for a different command is refused and nothing is written")
        void clash() {
            store.append(keyed(P1, "cmd-1", "f1"));
            assertThatThrownBy(() -> store.append(keyed(P2, "cmd-1", "f2")))
                    .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("cmd-1");
            assertThat(store.readStream(P2)).isEmpty();
            assertThat(store.headPosition()).isEqualTo(1);
        }

        @Test
        @DisplayName("a key is not consumed by an append that failed")
        void failedAppendKeepsKeyFree() {
            appendOne(P1, ExpectedVersion.NO_STREAM, "A");
            AppendRequest stale = new AppendRequest(List.of(new StreamAppend(P1, ExpectedVersion.NO_STREAM,
                    List.of(event("B", "{}")))), "cmd-9", "f9");
            assertThatThrownBy(() -> store.append(stale)).isInstanceOf(WrongExpectedVersionException.class);
            assertThat(store.findByIdempotencyKey("cmd-9")).isEmpty();
        }

        @Test
        @DisplayName("racing retries of one key append exactly once")
        void racingRetries() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            ConcurrentHashMap<Boolean, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            AppendResult r = store.append(keyed(new StreamId("demand", "K" + i), "key-" + i, "f"));
                            outcomes.computeIfAbsent(r.duplicate(), k -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) f.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.headPosition()).isEqualTo(25);
            assertThat(outcomes.get(false).get()).isEqualTo(25);
            assertThat(outcomes.get(true).get()).isEqualTo(75);
        }
    }

    @Nested
    @DisplayName("audit hash chain")
    class Chain {
        @Test
        @DisplayName("each event chains to the previous one, starting from the genesis hash")
        void chained() {
            appendOne(P1, ExpectedVersion.NO_STREAM, "A");
            store.append(AppendRequest.of(new StreamAppend(P2, ExpectedVersion.NO_STREAM, List.of(event("B", "{}"), event("C", "{\"x\":\"值\"}")))));
            List<RecordedEvent> all = store.readAll(0, 10);
            assertThat(all.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
            assertChainIntact(all);
        }
    }

    @Nested
    @DisplayName("checkpoints and snapshots")
    class Checkpoints {
        @Test
        @DisplayName("a consumer's checkpoint starts at 0 and keeps the last saved position")
        void checkpoint() {
            assertThat(store.loadCheckpoint("notifier:log")).isZero();
            store.saveCheckpoint("notifier:log", 5);
            store.saveCheckpoint("notifier:log", 9);
            store.saveCheckpoint("notifier:other", 2);
            assertThat(store.loadCheckpoint("notifier:log")).isEqualTo(9);
            assertThat(store.loadCheckpoint("notifier:other")).isEqualTo(2);
        }

        @Test
        @DisplayName("a saved snapshot, if the store keeps them, comes back whole")
        void snapshot() {
            store.saveSnapshot(new org.weishi.spi.storage.Snapshot("projections", 42, 1, "{\"n\":42}"));
            store.loadSnapshot("projections").ifPresent(s -> {
                assertThat(s.position()).isEqualTo(42);
                assertThat(s.schemaVersion()).isEqualTo(1);
                assertThat(s.payload()).isEqualTo("{\"n\":42}");
            });
            assertThat(store.loadSnapshot("nothing")).isEmpty();
        }
    }

    /**
     * Asserts that the events chain from genesis and every hash recomputes.
     *
     * @param all events from position 1, in order
     */
    protected static void assertChainIntact(List<RecordedEvent> all) {
        String prev = AuditChain.GENESIS;
        for (RecordedEvent e : all) {
            assertThat(e.previousHash()).as("previous hash of position %d", e.position()).isEqualTo(prev);
            assertThat(e.hash()).as("hash of position %d", e.position()).isEqualTo(AuditChain.recompute(e));
            prev = e.hash();
        }
    }
}
