package org.weishi.plugins.storage.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * The process {@link KillNineTest} kills: appends to an H2 file store from two synchronous threads
 * and one pipelined caller, printing {@code ACK <stream>} for each append as soon as it returned,
 * until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /**
     * @param args the H2 database file
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        JdbcStores stores = JdbcStores.open(JdbcStorageConfig.h2File(java.nio.file.Path.of(args[0])), java.time.Clock.systemUTC());
        JdbcEventStore store = stores.eventStore();
        Runnable sync = () -> {
            String name = Thread.currentThread().getName();
            for (int i = 0; ; i++) {
                StreamId s = new StreamId("demand", name + "-" + i);
                store.append(request(s));
                synchronized (out) {
                    out.println("ACK " + s);
                }
            }
        };
        new Thread(sync, "S0").start();
        new Thread(sync, "S1").start();
        for (int i = 0; ; i++) {
            StreamId s = new StreamId("demand", "A-" + i);
            CompletableFuture<?> f = store.appendAsync(request(s)).thenRun(() -> {
                synchronized (out) {
                    out.println("ACK " + s);
                }
            });
            if (i % 32 == 31) f.join();
        }
    }

    private static AppendRequest request(StreamId s) {
        return new AppendRequest(List.of(new StreamAppend(s, ExpectedVersion.NO_STREAM,
                List.of(new NewEvent("DemandSubmitted", "{\"summary\":\"村里路灯坏了\"}", "{}")))), "key-" + s, "f");
    }
}
