package org.weishi.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectCommandTest {
    private static final String FILE = """
            META
            key;value
            budget;100
            vote_type;approval
            rule;greedy
            PROJECTS
            project_id;cost;votes;selected
            A;60;3;1
            B;50;2;0
            C;30;2;1
            D;10;1;1
            VOTES
            voter_id;vote
            1;A,B
            2;A,C
            3;A,B,C,D
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SelectCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("e.pb");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void printsSelectedIdsOnePerLineAndASummary(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE);
        assertThat(run("--rule", "greedy", f.toString())).isZero();
        assertThat(out()).isEqualTo("A" + System.lineSeparator() + "C" + System.lineSeparator() + "D"
                + System.lineSeparator());
        assertThat(err()).startsWith("selected 3 projects, total cost 100 of budget 100, rule greedy")
                .contains(" ms");
    }

    @Test
    void recordedAndMesRun(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE);
        assertThat(run("--rule", "recorded", f.toString())).isZero();
        assertThat(out().lines().toList()).containsExactly("A", "C", "D");
        out.reset();
        assertThat(run("--rule", "mes", "--utility", "count", "--tie-break", "id", f.toString())).isZero();
        assertThat(out().lines().toList()).isNotEmpty();
    }

    @Test
    void jsonForMachines(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE);
        assertThat(run("--rule", "greedy-no-skip", "--format", "json", f.toString())).isZero();
        assertThat(out()).startsWith("{\"rule\":\"greedy-no-skip\",\"selected\":[\"A\"],\"count\":1,"
                + "\"totalCost\":60,\"budget\":100,");
    }

    @Test
    void minSupportExcludes(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE);
        assertThat(run("--rule", "greedy", "--min-support", "2", f.toString())).isZero();
        assertThat(out().lines().toList()).containsExactly("A", "C");
    }

    @Test
    void help() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: weishi select --rule");
    }

    @Test
    void badInputGivesOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE);
        Path bad = dir.resolve("bad.pb");
        Files.writeString(bad, FILE.replace("3;A,B,C,D", "3;A,B,C,Z"));
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {f.toString()});
        cases.add(new String[] {"--rule", "best", f.toString()});
        cases.add(new String[] {"--rule", "mes", "--utility", "joy", f.toString()});
        cases.add(new String[] {"--rule", "mes", "--utility", "points", f.toString()});
        cases.add(new String[] {"--rule", "greedy", "--min-support", "x", f.toString()});
        cases.add(new String[] {"--rule", "greedy", "--format", "xml", f.toString()});
        cases.add(new String[] {"--rule", "greedy", dir.resolve("missing.pb").toString()});
        cases.add(new String[] {"--rule", "greedy", bad.toString()});
        cases.add(new String[] {"--rule", "greedy", "--bogus", f.toString()});
        cases.add(new String[] {"--rule"});
        for (String[] args : cases) {
            err.reset();
            out.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err().lines().count()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(err()).startsWith("weishi select: ");
            assertThat(out()).isEmpty();
        }
        err.reset();
        run("--rule", "greedy", bad.toString());
        assertThat(err()).contains("bad.pb:16:").contains("project 'Z', which is not in PROJECTS");
    }

    @Test
    void recordedRefusesAnUnknownRule(@TempDir Path dir) throws Exception {
        Path f = write(dir, FILE.replace("rule;greedy", "rule;unknown"));
        assertThat(run("--rule", "recorded", f.toString())).isEqualTo(2);
        assertThat(err()).contains("records rule 'unknown'");
    }
}
