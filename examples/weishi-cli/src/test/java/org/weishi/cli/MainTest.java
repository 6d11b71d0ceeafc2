package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void demo_prints_the_dashboard() {
        Run r = run("demo", "--seed", "2021");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("项目 Projects: 624  (MICRO 民生微实事 421, SELF_SELECTED 自选动作 203)")
                .contains("IMPLEMENTING        201").contains("满意度 Satisfaction");
    }

    @Test
    void every_subcommand_has_help() {
        for (String sub : new String[]{"demo", "plugins", "load", "stats", "verify", "export", "erase", "select"}) {
            Run r = run(sub, "--help");
            assertThat(r.status()).as(sub).isZero();
        }
        assertThat(run("--help").status()).isZero();
    }

    @Test
    void bad_arguments_give_one_line_and_status_2() {
        Run r = run("demo", "--seed", "abc");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--seed");
        Run unknown = run("demo", "--store", "floppy");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown store 'floppy'");
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void plugins_lists_what_was_found_on_the_module_path() {
        Run r = run("plugins");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("storage-memory").contains("notify-log").contains("STARTED");
    }
}
