package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * Two stores with two connection pools on one database, as two processes would have, writing at
 * once while a third reads: the reader sees every position once, in order, without gaps; the
 * chain is unbroken; a stream both fight over gets every version exactly once.
 */
class TwoStoresOneDatabaseTest {
    private static final int WRITERS_PER_STORE = 3;
    private static final int APPENDS_PER_WRITER = 150;
    private static final StreamId SHARED = new StreamId("envelope", "E-shared");

    @Test
    @DisplayName("H2 file: two pools write, a reader never misses a position")
    void h2() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "two-stores"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db-" + System.nanoTime());
        run(() -> JdbcStores.open(JdbcStorageConfig.of(url, null, null), Clock.systemUTC()));
    }

    @Test
    @DisplayName("PostgreSQL: two pools write, a reader never misses a position")
    void postgres() throws Exception {
        TestPostgres.require();
        String schema = TestPostgres.freshSchema();
        run(() -> TestPostgres.open(schema));
    }

    @AfterAll
    static void dropSchemas() {
        TestPostgres.dropTestSchemas();
    }

    private void run(Supplier<JdbcStores> opener) throws Exception {
        try (JdbcStores a = opener.get(); JdbcStores b = opener.get(); JdbcStores r = opener.get()) {
            List<EventStore> writers = List.of(a.eventStore(), b.eventStore());
            EventStore reader = r.eventStore();
            ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS_PER_STORE + 1);
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger sharedWins = new AtomicInteger();
            List<Long> seen = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            try {
                Future<?> readerTask = pool.submit(() -> {
                    long last = 0;
                    start.await();
                    while (true) {
                        boolean finished = done.get();
                        for (RecordedEvent e : reader.readAll(last, 500)) {
                            seen.add(e.position());
                            last = e.position();
                        }
                        if (finished && last == reader.headPosition()) break;
                    }
                    return null;
                });
                List<Future<?>> fs = new ArrayList<>();
                for (int s = 0; s < 2; s++) {
                    for (int w = 0; w < WRITERS_PER_STORE; w++) {
                        EventStore store = writers.get(s);
                        String name = "S" + s + "W" + w;
                        fs.add(pool.submit(() -> {
                            start.await();
                            for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                                if (i % 10 == 0) {
                                    long v = store.streamVersion(SHARED);
                                    try {
                                        store.append(AppendRequest.of(new StreamAppend(SHARED, ExpectedVersion.exactly(v),
                                                List.of(new NewEvent("MoneyCommitted", "{\"by\":\"" + name + "\"}", "{}")))));
                                        sharedWins.incrementAndGet();
                                    } catch (WrongExpectedVersionException lost) {
                                        // another writer took version v+1
                                    }
                                } else {
                                    store.append(AppendRequest.of(new StreamAppend(new StreamId("demand", name + "-" + i),
                                            ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", "{}", "{}")))));
                                }
                            }
                            return null;
                        }));
                    }
                }
                start.countDown();
                for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
                done.set(true);
                readerTask.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            long total = reader.headPosition();
            int plain = 2 * WRITERS_PER_STORE * (APPENDS_PER_WRITER - APPENDS_PER_WRITER / 10);
            assertThat(total).isEqualTo(plain + sharedWins.get());
            assertThat(seen).as("positions seen by the reader").isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
            List<RecordedEvent> all = reader.readAll(0, (int) total + 10);
            String prev = AuditChain.GENESIS;
            for (RecordedEvent e : all) {
                assertThat(e.previousHash()).as("previous hash at %d", e.position()).isEqualTo(prev);
                assertThat(e.hash()).as("hash at %d", e.position()).isEqualTo(AuditChain.recompute(e));
                prev = e.hash();
            }
            assertThat(reader.readStream(SHARED)).extracting(RecordedEvent::version)
                    .isEqualTo(LongStream.rangeClosed(1, sharedWins.get()).boxed().toList());
        }
    }
}
