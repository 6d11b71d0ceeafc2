package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.IdempotencyConflictException;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/** Group commit through appendAsync: many requests per transaction, each answered on its own. */
class GroupCommitTest {
    @Test
    @DisplayName("H2: pipelined appends share transactions; stale, conflicting and duplicate ones are answered alone")
    void h2() throws Exception {
        run(() -> JdbcStores.open("jdbc:h2:mem:group-" + UUID.randomUUID(), null, null));
    }

    @Test
    @DisplayName("PostgreSQL: pipelined appends share transactions; stale, conflicting and duplicate ones are answered alone")
    void postgres() throws Exception {
        TestPostgres.require();
        run(() -> TestPostgres.open(TestPostgres.freshSchema()));
    }

    @AfterAll
    static void dropSchemas() {
        TestPostgres.dropTestSchemas();
    }

    private static AppendRequest request(String stream, ExpectedVersion expected, String key, String fingerprint) {
        return new AppendRequest(List.of(new StreamAppend(new StreamId("demand", stream), expected,
                List.of(new NewEvent("DemandSubmitted", "{\"n\":1}", "{}")))), key, fingerprint);
    }

    private void run(Supplier<JdbcStores> opener) throws Exception {
        int n = 2000;
        try (JdbcStores stores = opener.get()) {
            JdbcEventStore store = stores.eventStore();
            List<CompletableFuture<AppendResult>> ok = new ArrayList<>();
            List<CompletableFuture<AppendResult>> stale = new ArrayList<>();
            List<CompletableFuture<AppendResult>> conflicts = new ArrayList<>();
            List<CompletableFuture<AppendResult>> duplicates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ok.add(store.appendAsync(request("D-" + i, ExpectedVersion.NO_STREAM, "k-" + i, "f")));
                if (i % 100 == 50) {
                    // Queued right behind the request that creates the stream: fails alone.
                    stale.add(store.appendAsync(request("D-" + i, ExpectedVersion.NO_STREAM, null, null)));
                    conflicts.add(store.appendAsync(request("X-" + i, ExpectedVersion.ANY, "k-" + i, "other")));
                    duplicates.add(store.appendAsync(request("D-" + i, ExpectedVersion.NO_STREAM, "k-" + i, "f")));
                }
            }
            CompletableFuture.allOf(ok.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            for (CompletableFuture<AppendResult> f : stale) {
                assertThat(f).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .withCauseInstanceOf(WrongExpectedVersionException.class);
            }
            for (CompletableFuture<AppendResult> f : conflicts) {
                assertThat(f).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .withCauseInstanceOf(IdempotencyConflictException.class);
            }
            for (CompletableFuture<AppendResult> f : duplicates) assertThat(f.get().duplicate()).isTrue();
            assertThat(ok).allSatisfy(f -> assertThat(f.get().duplicate()).isFalse());
            assertThat(ok.stream().map(f -> f.join().firstPosition()).toList())
                    .isEqualTo(LongStream.rangeClosed(1, n).boxed().toList());
            assertThat(store.headPosition()).isEqualTo(n);
            assertThat(store.readAll(0, n + 10)).extracting(RecordedEvent::position)
                    .isEqualTo(LongStream.rangeClosed(1, n).boxed().toList());
            JdbcEventStore.Stats stats = store.stats();
            System.err.println("[storage-jdbc] group commit: " + stats + ", " + stats.requestsPerTransaction() + " appends per transaction");
            assertThat(stats.requests()).isEqualTo(n);
            assertThat(stats.transactions()).isLessThan(n / 2);

            // New streams mixed with "new" streams that were committed earlier: the index refuses
            // the latter, and the batch is redone with every version read.
            List<CompletableFuture<AppendResult>> fresh = new ArrayList<>();
            List<CompletableFuture<AppendResult>> existing = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                fresh.add(store.appendAsync(request("N-" + i, ExpectedVersion.NO_STREAM, null, null)));
                if (i % 50 == 7) existing.add(store.appendAsync(request("D-" + i, ExpectedVersion.NO_STREAM, null, null)));
            }
            CompletableFuture.allOf(fresh.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            for (CompletableFuture<AppendResult> f : existing) {
                assertThat(f).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .withCauseInstanceOf(WrongExpectedVersionException.class);
            }
            assertThat(store.headPosition()).isEqualTo(n + 300);
        }
    }

    @Test
    @DisplayName("close writes what is queued, then refuses new appends")
    void closeFlushes() {
        JdbcStores stores = JdbcStores.open(JdbcStorageConfig.of("jdbc:h2:mem:flush-" + UUID.randomUUID(), null, null),
                Clock.systemUTC());
        JdbcEventStore store = stores.eventStore();
        List<CompletableFuture<AppendResult>> fs = new ArrayList<>();
        for (int i = 0; i < 500; i++) fs.add(store.appendAsync(request("D-" + i, ExpectedVersion.NO_STREAM, null, null)));
        stores.close();
        for (CompletableFuture<AppendResult> f : fs) assertThat(f).isCompleted();
        assertThat(fs).allSatisfy(f -> assertThat(f).isCompletedWithValueMatching(r -> r.lastPosition() > 0));
        assertThat(store.appendAsync(request("late", ExpectedVersion.ANY, null, null)))
                .isCompletedExceptionally();
    }
}
