package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.weishi.core.audit.AuditReport;
import org.weishi.core.audit.AuditVerifier;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

/**
 * Kill -9 in the middle of {@code weishi load} on the embedded H2 default: every demand id the
 * command acknowledged is in the store after restart, the audit chain verifies, and no half-written
 * command is visible (each demand is exactly its one event, positions have no holes).
 */
class CrashSafetyTest {
    static List<String> childModulePath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String p : System.getProperty("jdk.module.path", "").split(File.pathSeparator)) {
            if (!p.isBlank()) entries.add(p);
        }
        for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (p.endsWith(".jar") && !p.contains("surefire") && !p.contains("junit") && !p.contains("opentest4j")
                    && !p.contains("apiguardian") && !p.contains("assertj") && !p.contains("archunit")) {
                entries.add(p);
            }
        }
        entries.removeIf(p -> p.endsWith("test-classes"));
        return new ArrayList<>(entries);
    }

    @Test
    void no_acknowledged_demand_is_lost_when_the_process_is_killed() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "crash-");
        Path db = dir.resolve("weishi");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stdout = dir.resolve("stdout.txt");
        Process child = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, childModulePath()),
                "--module", "org.weishi.cli/org.weishi.cli.Main",
                "load", "--store", "h2:" + db, "--demands", "1000000", "--threads", "2")
                .redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        // Each id is written to the file descriptor after its append committed: wait for a few hundred.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.readAllLines(stdout).size() < 400 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed with SIGKILL; stderr: %s", Files.readString(dir.resolve("stderr.txt")))
                .isEqualTo(137);
        // Every complete line is an acknowledged id; a line cut by the kill has no newline yet.
        String text = Files.readString(stdout);
        List<String> acknowledged = text.lines().toList();
        if (!text.endsWith("\n") && !acknowledged.isEmpty()) acknowledged = acknowledged.subList(0, acknowledged.size() - 1);
        assertThat(acknowledged).as("the child should have acknowledged demands before the kill").hasSizeGreaterThanOrEqualTo(400);

        try (JdbcStores stores = JdbcStores.openH2(db)) {
            for (String id : acknowledged) {
                assertThat(stores.eventStore().streamVersion(new StreamId("demand", id))).as("acknowledged %s", id).isEqualTo(1);
            }
            AuditReport report = AuditVerifier.verify(stores.eventStore());
            assertThat(report.failure()).isEmpty();
            assertThat(report.events()).isGreaterThanOrEqualTo(acknowledged.size());
            List<RecordedEvent> all = stores.eventStore().readAll(0, Integer.MAX_VALUE);
            assertThat(all).allSatisfy(e -> {
                assertThat(e.type()).isEqualTo("DemandSubmitted");
                assertThat(e.version()).isEqualTo(1);
            });
        }
    }
}
