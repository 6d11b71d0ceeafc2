package org.weishi.benchmarks.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.weishi.core.Weishi;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * Issue #5 item 9: rebuild the projections from a log of {@code events} stored events (default
 * 1,000,000) on the embedded H2 file store: the time from opening the engine to its views being
 * current. The log is written once per trial in batches of 1,000 events per transaction.
 *
 * <ul>
 *   <li>{@link #replayIntoViews}: every event read, decoded and folded (the engine is told to
 *       ignore snapshots).</li>
 *   <li>{@link #startFromSnapshot}: the trial's set-up replays the log once and saves a snapshot
 *       of the views at its head ({@code Weishi.snapshot()}); each iteration starts an engine that
 *       loads the snapshot and replays what follows it (nothing here).</li>
 * </ul>
 * Each iteration builds a fresh engine on the same store; nothing is kept between iterations but
 * what the store itself caches.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReplayBenchmark {
    @Param("1000000")
    int events;

    private Path dir;
    private JdbcStores stores;
    private DistrictConfig config;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        dir = Files.createTempDirectory("weishi-replay");
        stores = JdbcStores.openH2(dir.resolve("weishi"));
        EventStore store = stores.eventStore();
        config = DistrictConfig.builder(ScopeTree.of(List.of(new Scope("d", ScopeLevel.DISTRICT, "斗门区", null),
                new Scope("d/t", ScopeLevel.TOWN, "井岸镇", "d"), new Scope("d/t/c", ScopeLevel.COMMUNITY, "西埔社区", "d/t")))).build();
        // The same JSON the engine writes for a DemandSubmitted and its metadata.
        String meta = "{\"actorId\":\"u-1\",\"role\":\"RESIDENT\",\"at\":\"2021-03-15T02:00:00Z\",\"command\":\"SubmitDemand\"}";
        for (int base = 0; base < events; base += 1000) {
            List<StreamAppend> batch = new ArrayList<>();
            for (int i = base; i < Math.min(events, base + 1000); i++) {
                String id = String.format("D-%07d", i + 1);
                String payload = "{\"demandId\":\"" + id + "\",\"channel\":\"MINI_PROGRAM\",\"category\":\"elderly-care\","
                        + "\"scopeId\":\"d/t/c\",\"title\":\"助浴服务\",\"description\":\"独居老人需要上门助浴服务，每周两次\","
                        + "\"beneficiaries\":3,\"personKey\":\"psn-" + i + "\"}";
                batch.add(new StreamAppend(new StreamId("demand", id), ExpectedVersion.NO_STREAM,
                        List.of(new NewEvent("DemandSubmitted", payload, meta))));
            }
            store.append(new AppendRequest(batch, null, null));
        }
    }

    /**
     * Closes the store and deletes its files (half a gigabyte or more per trial).
     *
     * @throws IOException when the files cannot be deleted
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        stores.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** @return the demands in the views, after a full replay */
    @Benchmark
    public int replayIntoViews() {
        try (Weishi w = Weishi.builder().district(config).storage(stores.eventStore(), stores.personalDataVault())
                .replayFromStart().build()) {
            return w.demands().size();
        }
    }

    /** A snapshot of the views at the head of the trial's log. */
    @State(org.openjdk.jmh.annotations.Scope.Benchmark)
    public static class Snapshotted {
        long position;

        /**
         * @param log the filled log
         */
        @Setup(Level.Trial)
        public void snapshot(ReplayBenchmark log) {
            try (Weishi w = Weishi.builder().district(log.config).storage(log.stores.eventStore(), log.stores.personalDataVault())
                    .replayFromStart().build()) {
                position = w.snapshot();
            }
            if (position != log.events) throw new IllegalStateException("snapshot at " + position + ", not " + log.events);
        }
    }

    /**
     * @param snapshot the snapshot the engine starts from
     * @return the demands in the views, after starting from the snapshot
     */
    @Benchmark
    public int startFromSnapshot(Snapshotted snapshot) {
        CountingStore counting = new CountingStore(stores.eventStore());
        try (Weishi w = Weishi.builder().district(config).storage(counting, stores.personalDataVault()).build()) {
            // Honest only if the engine did start from the snapshot.
            if (counting.read() > events - snapshot.position) {
                throw new IllegalStateException("replayed " + counting.read() + " events: the snapshot was not used");
            }
            return w.demands().size();
        }
    }
}
