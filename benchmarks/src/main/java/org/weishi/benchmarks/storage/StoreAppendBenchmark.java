package org.weishi.benchmarks.storage;

import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.weishi.plugins.storage.jdbc.JdbcEventStore;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * The store's append, one event (about 300 bytes of JSON) per command, each acknowledged only
 * after its commit. Run with {@code -t 1} and {@code -t 2}:
 * <ul>
 *   <li>{@code newStream}: a new stream per command, expected "no stream" (a demand submitted);</li>
 *   <li>{@code existingStream}: the thread's own stream at its exact expected version (a project
 *       moving through its lifecycle);</li>
 *   <li>{@code pipelined}: new streams through {@code appendAsync}, up to 64 in flight per
 *       thread, so group commit fills its transactions (what {@code weishi load} can do).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreAppendBenchmark {
    private static final int WINDOW = 64;

    /** One store for all threads. */
    @State(Scope.Benchmark)
    public static class Store {
        /** {@code h2} (file) or {@code postgresql}. */
        @Param({"h2", "postgresql"})
        public String db;

        JdbcStores stores;
        JdbcEventStore store;
        private String schema;

        /** Opens a fresh store. */
        @Setup
        public void open() throws Exception {
            schema = StorageTargets.freshSchema();
            stores = StorageTargets.openStores(db, schema);
            store = stores.eventStore();
        }

        /** Prints the group-commit factor, closes and drops. */
        @TearDown
        public void close() throws Exception {
            System.out.println("# " + db + " " + store.stats() + String.format(" (%.1f appends per transaction)",
                    store.stats().requestsPerTransaction()));
            stores.close();
            StorageTargets.dropSchema(db, schema);
        }
    }

    /** Each thread's streams. */
    @State(Scope.Thread)
    public static class Writer {
        private final String prefix = UUID.randomUUID().toString().substring(0, 8);
        private long seq;
        private long version;
        private final StreamId own = new StreamId("project", "P-" + UUID.randomUUID());
        private final ArrayDeque<CompletableFuture<AppendResult>> inFlight = new ArrayDeque<>();

        StreamId next() {
            return new StreamId("demand", prefix + "-" + (++seq));
        }

        /** Waits for what is still in flight, so each iteration counts only acknowledged appends. */
        @TearDown(Level.Iteration)
        public void drain() {
            while (!inFlight.isEmpty()) inFlight.poll().join();
        }
    }

    private static AppendRequest one(StreamId s, ExpectedVersion expected) {
        return AppendRequest.of(new StreamAppend(s, expected,
                List.of(new NewEvent("DemandSubmitted", StorageTargets.PAYLOAD, StorageTargets.METADATA))));
    }

    /** @return the result of appending to a new stream */
    @Benchmark
    public AppendResult newStream(Store s, Writer w) {
        return s.store.append(one(w.next(), ExpectedVersion.NO_STREAM));
    }

    /** @return the result of appending to the thread's stream at its exact version */
    @Benchmark
    public AppendResult existingStream(Store s, Writer w) {
        AppendResult r = s.store.append(one(w.own, ExpectedVersion.exactly(w.version)));
        w.version++;
        return r;
    }

    /** Submits one append, keeping at most {@value #WINDOW} unacknowledged per thread. */
    @Benchmark
    public void pipelined(Store s, Writer w) {
        w.inFlight.add(s.store.appendAsync(one(w.next(), ExpectedVersion.NO_STREAM)));
        if (w.inFlight.size() >= WINDOW) w.inFlight.poll().join();
    }
}
