package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.WeishiException;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StorageException;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/** Bad input and faults: unreachable database, newer schema, connections lost mid-commit. */
class FaultsTest {
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        // Newest first: a store before the pool under it.
        for (int i = toClose.size() - 1; i >= 0; i--) toClose.get(i).close();
    }

    private static String everything(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t.getMessage() + "\n" + w;
    }

    @Test
    @DisplayName("an unreachable PostgreSQL names the URL without its password (URL parameter)")
    void unreachableUrlPassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/weishi?user=clerk&password=secret&connectTimeout=2";
        assertThatThrownBy(() -> JdbcStores.open(url, null, null))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> {
                    assertThat(((WeishiException) t).code()).isEqualTo("WS-STORE-010");
                    assertThat(t.getMessage()).contains("127.0.0.1:1/weishi").contains("password=***");
                    assertThat(everything(t)).doesNotContain("secret");
                });
    }

    @Test
    @DisplayName("an unreachable PostgreSQL never shows a configured or environment password")
    void unreachableConfiguredPassword() {
        JdbcStorageConfig config = JdbcStorageConfig.of("jdbc:postgresql://127.0.0.1:1/weishi", "clerk", "secret");
        assertThatThrownBy(() -> JdbcStores.open(config, Clock.systemUTC(), name -> null))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(everything(t)).doesNotContain("secret").contains("127.0.0.1:1"));
        JdbcStorageConfig fromEnv = JdbcStorageConfig.of("jdbc:postgresql://127.0.0.1:1/weishi", null, null);
        assertThatThrownBy(() -> JdbcStores.open(fromEnv, Clock.systemUTC(),
                name -> name.equals("WEISHI_DB_PASSWORD") ? "secret" : name.equals("WEISHI_DB_USER") ? "clerk" : null))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(everything(t)).doesNotContain("secret"));
    }

    @Test
    @DisplayName("a bad configuration lists every problem at once")
    void badConfig() {
        JdbcStorageConfig config = new JdbcStorageConfig("jdbc:mysql://x/y", null, null, 0, "bad schema", null);
        assertThatThrownBy(() -> JdbcStores.open(config, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("WS-STORE-018").hasMessageContaining("url").hasMessageContaining("poolSize")
                .hasMessageContaining("schema").hasMessageContaining("3 problem");
    }

    @Test
    @DisplayName("a schema newer than this code is refused, naming both versions")
    void newerSchema() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "faults"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("newer-" + UUID.randomUUID());
        try (JdbcStores s = JdbcStores.open(url, null, null)) {
            assertThat(s.schemaVersion()).isEqualTo("1");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"weishi_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (2, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'test', 0, TRUE)");
        }
        assertThatThrownBy(() -> JdbcStores.open(url, null, null))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(((WeishiException) t).code()).isEqualTo("WS-STORE-011"))
                .hasMessageContaining("999").hasMessageContaining("(1)");
    }

    private FaultyDataSource faulty() {
        com.zaxxer.hikari.HikariDataSource real = new com.zaxxer.hikari.HikariDataSource();
        real.setJdbcUrl("jdbc:h2:mem:faults-" + UUID.randomUUID());
        real.setUsername("sa");
        real.setPassword("");
        toClose.add(real);
        return new FaultyDataSource(real);
    }

    private static AppendRequest keyed(String stream, String key) {
        return new AppendRequest(List.of(new StreamAppend(new StreamId("demand", stream), ExpectedVersion.ANY,
                List.of(new NewEvent("DemandSubmitted", "{}", "{}")))), key, "f-" + key);
    }

    @Test
    @DisplayName("commit lost before reaching the database: fails cleanly, nothing visible, a retry works")
    void commitLostBefore() {
        FaultyDataSource ds = faulty();
        JdbcStores stores = JdbcStores.open(ds, Clock.systemUTC());
        toClose.add(stores);
        ds.mode = FaultyDataSource.Mode.COMMIT_LOST_BEFORE;
        assertThatThrownBy(() -> stores.eventStore().append(keyed("D-1", "k1")))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(((WeishiException) t).code()).isEqualTo("WS-STORE-013"));
        assertThat(stores.eventStore().headPosition()).isZero();
        assertThat(stores.eventStore().readAll(0, 10)).isEmpty();
        assertThat(stores.eventStore().findByIdempotencyKey("k1")).isEmpty();
        AppendResult retry = stores.eventStore().append(keyed("D-1", "k1"));
        assertThat(retry.duplicate()).isFalse();
        assertThat(retry.firstPosition()).isEqualTo(1);
    }

    @Test
    @DisplayName("commit applied but its acknowledgement lost: the store finds out and reports success once")
    void commitLostAfter() {
        FaultyDataSource ds = faulty();
        JdbcStores stores = JdbcStores.open(ds, Clock.systemUTC());
        toClose.add(stores);
        ds.mode = FaultyDataSource.Mode.COMMIT_LOST_AFTER;
        AppendResult r = stores.eventStore().append(keyed("D-1", "k1"));
        assertThat(r.duplicate()).isFalse();
        assertThat(stores.eventStore().headPosition()).isEqualTo(1);
        assertThat(stores.eventStore().append(keyed("D-1", "k1")).duplicate()).isTrue();
        assertThat(stores.eventStore().headPosition()).isEqualTo(1);
    }

    @Test
    @DisplayName("commit lost and the database gone: outcome unknown, and a retry with the key is never applied twice")
    void commitLostThenUnreachable() {
        FaultyDataSource ds = faulty();
        JdbcStores stores = JdbcStores.open(ds, Clock.systemUTC());
        toClose.add(stores);
        ds.mode = FaultyDataSource.Mode.COMMIT_LOST_THEN_UNREACHABLE;
        assertThatThrownBy(() -> stores.eventStore().append(keyed("D-1", "k1")))
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(((WeishiException) t).code()).isEqualTo("WS-STORE-014"))
                .hasMessageContaining("same idempotency key");
        ds.heal();
        stores.eventStore().append(keyed("D-1", "k1"));
        stores.eventStore().append(keyed("D-1", "k1"));
        assertThat(stores.eventStore().headPosition()).isEqualTo(1);
        assertThat(stores.eventStore().streamVersion(new StreamId("demand", "D-1"))).isEqualTo(1);
    }

    @Test
    @DisplayName("H2: one request the database rejects inside a group commit fails alone; the rest commit")
    void isolationInsideABatchH2() throws Exception {
        FaultyDataSource ds = faulty();
        JdbcStores stores = JdbcStores.open(ds, Clock.systemUTC());
        toClose.add(stores);
        isolation(stores, FaultyDataSource.POISON);
    }

    @Test
    @DisplayName("PostgreSQL: one request the database rejects (a NUL character) fails alone; the rest commit")
    void isolationInsideABatchPostgres() throws Exception {
        TestPostgres.require();
        JdbcStores stores = TestPostgres.open(TestPostgres.freshSchema());
        toClose.add(stores);
        isolation(stores, "{\"x\":\"\u0000\"}");
    }

    @AfterAll
    static void dropSchemas() {
        TestPostgres.dropTestSchemas();
    }

    private static void isolation(JdbcStores stores, String badPayload) throws Exception {
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                fs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String payload = id == 0 && i == perThread / 2 ? badPayload : "{}";
                        try {
                            stores.eventStore().append(AppendRequest.of(new StreamAppend(new StreamId("demand", id + "-" + i),
                                    ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", payload, "{}")))));
                        } catch (StorageException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).hasSize(1);
        assertThat(failures.peek().getMessage()).contains("WS-STORE-013").contains("demand/0-20");
        assertThat(stores.eventStore().headPosition()).isEqualTo(threads * perThread - 1);
        assertThat(stores.eventStore().readStream(new StreamId("demand", "0-20"))).isEmpty();
        System.err.println("[storage-jdbc] isolation test: " + stores.eventStore().stats());
    }

    @Test
    @DisplayName("a closed store refuses appends with its own code")
    void closed() {
        JdbcStores stores = JdbcStores.open("jdbc:h2:mem:closed-" + UUID.randomUUID(), null, null);
        stores.close();
        stores.close();
        assertThatThrownBy(() -> stores.eventStore().append(keyed("D-1", "k1")))
                .isInstanceOf(StorageException.class).hasMessageContaining("WS-STORE-016");
    }
}
