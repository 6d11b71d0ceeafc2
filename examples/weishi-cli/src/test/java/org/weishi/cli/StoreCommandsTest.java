package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class StoreCommandsTest {
    @Test
    void load_then_stats_then_verify_then_catch_a_hand_edited_row() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "store-");
        String store = "h2:" + dir.resolve("weishi");
        MainTest.Run load = MainTest.run("load", "--store", store, "--demands", "60", "--threads", "3");
        assertThat(load.status()).isZero();
        assertThat(load.out().lines()).hasSize(60).allMatch(l -> l.matches("D-\\d{6}")).doesNotHaveDuplicates();
        assertThat(load.err()).contains("60 demands acknowledged");
        // one at a time (execute) as well as in flight (executeAsync, the default)
        MainTest.Run oneByOne = MainTest.run("load", "--store", store, "--demands", "20", "--window", "1");
        assertThat(oneByOne.status()).isZero();
        assertThat(oneByOne.out().lines()).hasSize(20).allMatch(l -> l.matches("D-\\d{6}"));

        MainTest.Run stats = MainTest.run("stats", "--store", store, "--json");
        assertThat(stats.status()).isZero();
        assertThat(stats.out()).startsWith("{\"demands\":{\"total\":80,").contains("\"projects\":{\"total\":0,").contains("\"events\":80}");

        MainTest.Run ok = MainTest.run("verify", "--store", store);
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("intact — 80 events in 80 streams");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("weishi").toAbsolutePath() + ";WRITE_DELAY=0", "sa", "");
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE events SET payload = REPLACE(payload, '上门助浴', '上门理发') WHERE position = 17")).isEqualTo(1);
        }
        MainTest.Run broken = MainTest.run("verify", "--store", store);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("BROKEN at position 17").contains("this event was altered");
    }

    @Test
    void bad_store_arguments_are_one_line_errors() {
        MainTest.Run r = MainTest.run("stats", "--store", "floppy:disk");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown store 'floppy:disk'");
        assertThat(MainTest.run("load", "--store", "memory", "--demands", "0").err()).contains("--demands must be between 1");
        assertThat(MainTest.run("load", "--store", "memory", "--demands", "5", "--window", "0").err())
                .contains("--window must be between 1");
        MainTest.Run unreachable = MainTest.run("stats", "--store", "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=hunter2");
        assertThat(unreachable.status()).isEqualTo(1);
        assertThat(unreachable.err()).contains("127.0.0.1:1").doesNotContain("hunter2");
    }
}
