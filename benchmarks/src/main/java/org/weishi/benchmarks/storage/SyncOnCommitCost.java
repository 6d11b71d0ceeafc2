package org.weishi.benchmarks.storage;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.weishi.plugins.storage.jdbc.JdbcEventStore;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * What H2's {@code syncOnCommit} (a {@code CHECKPOINT SYNC}, i.e. an fsync, after every commit)
 * costs, for one synchronous caller and for one pipelined caller (64 in flight), against the
 * default, in alternating slices (default 20 × 500 ms) in one JVM. Usage:
 * {@code java -cp benchmarks.jar org.weishi.benchmarks.storage.SyncOnCommitCost [slices] [sliceMillis]}.
 */
public final class SyncOnCommitCost {
    private SyncOnCommitCost() {
    }

    /**
     * @param args slices, slice length in ms
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int slices = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 500) * 1_000_000L;
        try (JdbcStores plain = StorageTargets.openStores("h2", null); JdbcStores sync = StorageTargets.openStores("h2-sync", null)) {
            JdbcEventStore[] stores = {plain.eventStore(), sync.eventStore()};
            long[][] ops = new long[2][2];
            long[][] nanos = new long[2][2];
            long seq = 0;
            for (int s = 0; s < slices; s++) {
                for (int k = 0; k < 2; k++) {
                    for (int mode = 0; mode < 2; mode++) {
                        ArrayDeque<CompletableFuture<AppendResult>> inFlight = new ArrayDeque<>();
                        long t0 = System.nanoTime();
                        long n = 0;
                        while (System.nanoTime() - t0 < sliceNanos) {
                            AppendRequest r = AppendRequest.of(new StreamAppend(new StreamId("demand", "D-" + (++seq)),
                                    ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", StorageTargets.PAYLOAD,
                                            StorageTargets.METADATA))));
                            if (mode == 0) {
                                stores[k].append(r);
                            } else {
                                inFlight.add(stores[k].appendAsync(r));
                                if (inFlight.size() >= 64) inFlight.poll().join();
                            }
                            n++;
                        }
                        while (!inFlight.isEmpty()) inFlight.poll().join();
                        if (s > 0) {
                            ops[k][mode] += n;
                            nanos[k][mode] += System.nanoTime() - t0;
                        }
                    }
                }
            }
            String[] names = {"H2 default (WRITE_DELAY=0)", "H2 syncOnCommit"};
            for (int k = 0; k < 2; k++) {
                System.out.printf("%s: one synchronous caller %,.0f appends/s; one pipelined caller %,.0f appends/s (%s)%n",
                        names[k], ops[k][0] / (nanos[k][0] / 1e9), ops[k][1] / (nanos[k][1] / 1e9), stores[k].stats());
            }
        }
    }
}
