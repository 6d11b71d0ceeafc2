package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.Snapshot;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/** The embedded default: an H2 file that keeps everything across a restart. */
class H2FileStoreTest {
    private static Path file() throws Exception {
        return Files.createDirectories(Path.of("target", "h2-file")).resolve("db-" + UUID.randomUUID());
    }

    @Test
    @DisplayName("events, keys, snapshots, checkpoints and the vault survive a reopen, hashes and timestamps exact")
    void reopen() throws Exception {
        Path f = file();
        // Nanoseconds the store must truncate, and an instant whose toString has few digits.
        Clock clock = Clock.fixed(Instant.parse("2021-06-01T08:30:00.123456789Z"), ZoneOffset.UTC);
        StreamId p = new StreamId("project", "P-2021-0001");
        List<RecordedEvent> before;
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(f), clock)) {
            s.eventStore().append(new AppendRequest(List.of(new StreamAppend(p, ExpectedVersion.NO_STREAM,
                    List.of(new NewEvent("ProjectProposed", "{\"title\":\"霞山公园\"}", "{\"actor\":\"社工\"}")))), "cmd-1", "f"));
            s.eventStore().saveSnapshot(new Snapshot("projections", 1, 3, "{\"projects\":1}"));
            s.eventStore().saveCheckpoint("notifier:log", 1);
            s.personalDataVault().put("psn-1", Map.of("name", "张小三", "note", "line\n\"quoted\"\\"));
            before = s.eventStore().readAll(0, 10);
        }
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(f), Clock.systemUTC())) {
            List<RecordedEvent> after = s.eventStore().readAll(0, 10);
            assertThat(after).isEqualTo(before);
            assertThat(after.get(0).recordedAt().toString()).isEqualTo("2021-06-01T08:30:00.123456Z");
            assertThat(s.eventStore().findByIdempotencyKey("cmd-1")).hasValueSatisfying(r ->
                    assertThat(r.versions()).containsEntry(p, 1L));
            assertThat(s.eventStore().loadSnapshot("projections")).hasValue(new Snapshot("projections", 1, 3, "{\"projects\":1}"));
            assertThat(s.eventStore().loadCheckpoint("notifier:log")).isEqualTo(1);
            assertThat(s.personalDataVault().get("psn-1")).hasValue(Map.of("name", "张小三", "note", "line\n\"quoted\"\\"));
            assertThat(s.schemaVersion()).isEqualTo("1");
        }
    }

    @Test
    @DisplayName("a file URL gets WRITE_DELAY=0 unless it sets one")
    void writeDelay() throws Exception {
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(file()), Clock.systemUTC())) {
            assertThat(setting(s, "WRITE_DELAY")).isEqualTo("0");
        }
        try (JdbcStores s = JdbcStores.open("jdbc:h2:file:" + file().toAbsolutePath() + ";WRITE_DELAY=100", null, null)) {
            assertThat(setting(s, "WRITE_DELAY")).isEqualTo("100");
        }
    }

    private static String setting(JdbcStores s, String name) throws Exception {
        try (Connection c = s.eventStore().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                     + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    @DisplayName("replay streams every event in order")
    void replay() throws Exception {
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(file()), Clock.systemUTC())) {
            for (int i = 0; i < 50; i++) {
                s.eventStore().append(AppendRequest.of(new StreamAppend(new StreamId("demand", "D-" + i),
                        ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", "{}", "{}")))));
            }
            List<Long> seen = new java.util.ArrayList<>();
            long last = s.eventStore().replay(10, e -> seen.add(e.position()));
            assertThat(last).isEqualTo(50);
            assertThat(seen).isEqualTo(java.util.stream.LongStream.rangeClosed(11, 50).boxed().toList());
        }
    }

    @Test
    @DisplayName("a long stream's version is found without scanning the stream (index read backwards)")
    void longStreamVersionLookupUsesTheIndex() throws Exception {
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(file()), Clock.systemUTC());
             Connection c = s.eventStore().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN " + org.weishi.plugins.storage.jdbc.internal.Dialect.STREAM_VERSION
                     .replace("?", "'x'"))) {
            rs.next();
            assertThat(rs.getString(1)).contains("EVENTS_STREAM_VERSION").contains("index sorted");
        }
        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(file()), Clock.systemUTC());
             Connection c = s.eventStore().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN SELECT position FROM events WHERE stream_type = 'x' AND stream_id = 'y'"
                     + " ORDER BY stream_type, stream_id, version")) {
            rs.next();
            assertThat(rs.getString(1)).contains("index sorted");
        }
    }
}
