package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

/** The embedded default across kill -9: every acknowledged append is there after a restart. */
class KillNineTest {
    @Test
    @DisplayName("H2 file: kill -9 in the middle of appends loses no acknowledged append and leaves the chain intact")
    void killNine() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "kill-nine")).resolve("db-" + UUID.randomUUID()).toAbsolutePath();
        List<String> cp = new ArrayList<>();
        cp.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        cp.add(Path.of("target", "classes").toAbsolutePath().toString());
        for (String prop : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(prop);
            if (v == null) continue;
            for (String e : v.split(File.pathSeparator)) if (!e.isBlank() && !e.contains("surefire")) cp.add(e);
        }
        // The child's stdout goes to a file, so every line it wrote before it died can be read
        // afterwards (a pipe's buffered lines are lost when the process is destroyed).
        Path acks = file.resolveSibling(file.getFileName() + ".acks");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, new LinkedHashSet<>(cp)), CrashChild.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(acks.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (ackLines(acks).size() < 600) {
                assertThat(child.isAlive()).as("child still running").isTrue();
                assertThat(System.nanoTime()).as("600 acknowledgements within 90 s").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        Set<String> acked = ackLines(acks);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(600);

        try (JdbcStores s = JdbcStores.open(JdbcStorageConfig.h2File(file), Clock.systemUTC())) {
            long head = s.eventStore().headPosition();
            List<RecordedEvent> all = new ArrayList<>();
            s.eventStore().replay(0, all::add);
            assertThat(all).hasSize((int) head);
            String prev = AuditChain.GENESIS;
            for (int i = 0; i < all.size(); i++) {
                RecordedEvent e = all.get(i);
                assertThat(e.position()).isEqualTo(i + 1);
                assertThat(e.previousHash()).isEqualTo(prev);
                assertThat(e.hash()).isEqualTo(AuditChain.recompute(e));
                prev = e.hash();
            }
            Set<String> stored = new LinkedHashSet<>();
            for (RecordedEvent e : all) stored.add(e.stream().toString());
            assertThat(stored).as("every acknowledged append is stored").containsAll(acked);
            for (String a : acked) {
                assertThat(s.eventStore().findByIdempotencyKey("key-" + a)).as("key of %s", a).isPresent();
            }
            assertThat(s.eventStore().streamVersion(StreamId.parse(acked.iterator().next()))).isEqualTo(1);
            System.err.println("[storage-jdbc] kill -9: " + acked.size() + " acknowledged, " + head + " stored after restart");
        }
    }

    // Complete lines only: a line cut by the kill has no newline and acknowledged nothing.
    private static Set<String> ackLines(Path acks) throws java.io.IOException {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.exists(acks)) return out;
        String text = Files.readString(acks, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) return out;
        for (String line : text.substring(0, end).split("\n")) if (line.startsWith("ACK ")) out.add(line.substring(4));
        return out;
    }
}
