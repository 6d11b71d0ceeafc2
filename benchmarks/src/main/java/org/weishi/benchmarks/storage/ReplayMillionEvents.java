package org.weishi.benchmarks.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.weishi.plugins.storage.jdbc.JdbcEventStore;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * Issue 5 item 9, store side: fill a fresh H2 file (or PostgreSQL) with N events (default
 * 1,000,000; about 300-byte payloads, one event per command through {@code appendAsync}), reopen
 * it, then time reading every event back twice: streamed by {@code replay} and paged by
 * {@code readAll(after, 10000)}. A single-shot measurement, so a plain main:
 * {@code java -cp benchmarks.jar org.weishi.benchmarks.storage.ReplayMillionEvents [h2|postgresql] [N] [H2 URL to reuse]}.
 * Besides wall time it prints the reading thread's CPU time, which an embedded H2 read is made of
 * and which, unlike wall time, does not depend on what else the machine is running.
 */
public final class ReplayMillionEvents {
    private ReplayMillionEvents() {
    }

    /**
     * @param args database and event count
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String schema = StorageTargets.freshSchema();
        String url = args.length > 2 ? args[2] : null;
        long t0 = System.nanoTime();
        if (url == null) try (JdbcStores stores = StorageTargets.openStores(db, schema)) {
            url = stores.where();
            JdbcEventStore store = stores.eventStore();
            List<CompletableFuture<AppendResult>> window = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                window.add(store.appendAsync(AppendRequest.of(new StreamAppend(new StreamId("demand", "D-" + i),
                        ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", StorageTargets.PAYLOAD,
                                StorageTargets.METADATA))))));
                if (window.size() == 4096) {
                    CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
                    window.clear();
                }
            }
            CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
            System.out.printf("filled %,d events in %.1f s (%s)%n", n, (System.nanoTime() - t0) / 1e9, store.stats());
        }
        // Reopen, as a restarting engine would, so nothing is warm in the store's caches.
        if (url.startsWith("'")) url = url.substring(1, url.length() - 1);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        try (JdbcStores stores = db.equals("h2") ? JdbcStores.open(url, null, null)
                : StorageTargets.openStores(db, schema)) {
            JdbcEventStore store = stores.eventStore();
            for (int round = 1; round <= 2; round++) {
                LongAdder bytes = new LongAdder();
                long c1 = cpu.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                long last = store.replay(0, e -> bytes.add(e.payload().length()));
                double replaySeconds = (System.nanoTime() - t1) / 1e9;
                double replayCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;

                long c2 = cpu.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                long after = 0;
                long count = 0;
                while (true) {
                    List<RecordedEvent> page = store.readAll(after, 10_000);
                    if (page.isEmpty()) break;
                    count += page.size();
                    after = page.get(page.size() - 1).position();
                }
                double pagedSeconds = (System.nanoTime() - t2) / 1e9;
                double pagedCpu = (cpu.getCurrentThreadCpuTime() - c2) / 1e9;
                System.out.printf("round %d: replay() %,d events in %.2f s wall, %.2f s CPU (%,.0f events/s wall);"
                                + " readAll pages of 10,000: %,d events in %.2f s wall, %.2f s CPU%n",
                        round, last, replaySeconds, replayCpu, last / replaySeconds, count, pagedSeconds, pagedCpu);
            }
        }
        StorageTargets.dropSchema(db, schema);
    }
}
