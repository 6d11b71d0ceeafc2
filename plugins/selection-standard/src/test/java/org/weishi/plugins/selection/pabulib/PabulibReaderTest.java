package org.weishi.plugins.selection.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weishi.plugins.selection.PabulibData;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionException;

class PabulibReaderTest {
    private static final String SMALL = """
            META
            key;value
            description;"Test; with a semicolon"
            num_projects;3
            num_votes;3
            budget;100,50
            vote_type;approval
            rule;greedy
            max_length;2
            PROJECTS
            project_id;cost;votes;name;selected
            1;60;2;\"Park \"\"Xiashan\"\"\";1
            2;40,5;2;Toilets;1
            3;10;0;Benches;0
            VOTES
            voter_id;vote;age
            a;1,2;30
            b;1;41
            c;2;
            """;

    @Test
    void readsSectionsQuotesDecimalCommasAndBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = SMALL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        PabulibFile f = PabulibReader.read(new ByteArrayInputStream(all), "small.pb");
        Election e = f.election();
        assertThat(e.budget()).isEqualByComparingTo("100.50");
        assertThat(e.type()).isEqualTo(BallotType.APPROVAL);
        assertThat(e.maxLength()).isEqualTo(2);
        assertThat(e.candidates()).hasSize(3);
        assertThat(e.candidate("2").cost()).isEqualByComparingTo("40.5");
        assertThat(e.candidate("1").name()).isEqualTo("Park \"Xiashan\"");
        assertThat(e.ballots()).hasSize(3);
        assertThat(e.ballots().get(0).projects()).containsExactly("1", "2");
        assertThat(f.meta()).containsEntry("description", "Test; with a semicolon");
        assertThat(f.selectedProjects()).containsExactly("1", "2");
        assertThat(f.voteRows().get(2)).containsExactly("c", "2", "");
    }

    @Test
    void writeThenReadGivesTheSameFile(@TempDir Path dir) {
        PabulibFile f = PabulibReader.parse(SMALL, "small.pb");
        Path out = dir.resolve("out.pb");
        PabulibWriter.write(f, out);
        PabulibFile back = PabulibReader.read(out);
        assertThat(back.meta()).isEqualTo(f.meta());
        assertThat(back.projectColumns()).isEqualTo(f.projectColumns());
        assertThat(back.projectRows()).isEqualTo(f.projectRows());
        assertThat(back.voteColumns()).isEqualTo(f.voteColumns());
        assertThat(back.voteRows()).isEqualTo(f.voteRows());
        assertThat(back.election().candidates()).isEqualTo(f.election().candidates());
        assertThat(back.election().ballots()).isEqualTo(f.election().ballots());
    }

    @Test
    void anElectionWrittenAsPabulibReadsBack() {
        Election e = Election.builder().name("x").type(BallotType.CUMULATIVE).budget(50)
                .candidate("p1", 20).candidate("p2", 30)
                .ballot(org.weishi.spi.selection.Ballot.withPoints("v1", List.of("p1", "p2"), List.of(3L, 1L)))
                .build();
        PabulibFile back = PabulibReader.parse(PabulibWriter.toText(PabulibWriter.fromElection(e)), "x");
        assertThat(back.election().ballots()).isEqualTo(e.ballots());
        assertThat(back.election().candidates()).isEqualTo(e.candidates());
        assertThat(back.election().budget()).isEqualByComparingTo("50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Poland_Krakow_2022_Bienczyce.pb", "France_Toulouse_2019.pb", "Poland_Lodz_2022.pb",
        "Poland_Wroclaw_2017.pb", "Worldwide_Mechanical_Turk_Knapsack_7.pb"})
    void realFilesSurviveARoundTrip(String name, @TempDir Path dir) {
        PabulibFile f = PabulibData.load(name);
        Path out = dir.resolve(name);
        PabulibWriter.write(f, out);
        PabulibFile back = PabulibReader.read(out);
        assertThat(back.meta()).isEqualTo(f.meta());
        assertThat(back.projectRows()).isEqualTo(f.projectRows());
        assertThat(back.voteRows()).isEqualTo(f.voteRows());
        assertThat(back.election().ballots()).isEqualTo(f.election().ballots());
    }

    @Test
    void everyRealFileReads() throws Exception {
        PabulibData.assumePresent();
        try (var files = Files.list(PabulibData.dir())) {
            List<Path> pbs = files.filter(p -> p.toString().endsWith(".pb")).sorted().toList();
            assertThat(pbs).isNotEmpty();
            for (Path p : pbs) {
                Election e = PabulibData.load(p.getFileName().toString()).election();
                assertThat(e.candidates()).as(p.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void aVoteForAnUnknownProjectNamesLineAndColumn() {
        String bad = SMALL.replace("b;1;41", "b;1,9;41");
        assertThatThrownBy(() -> PabulibReader.parse(bad, "bad.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("bad.pb:18:3")
                .hasMessageContaining("project '9', which is not in PROJECTS")
                .satisfies(ex -> assertThat(((PabulibFormatException) ex).code()).isEqualTo("WS-SELECT-002"));
    }

    @Test
    void aBallotLongerThanMaxLengthIsRefused() {
        String bad = SMALL.replace("a;1,2;30", "a;1,2,3;30");
        assertThatThrownBy(() -> PabulibReader.parse(bad, "long.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("long.pb:17:3")
                .hasMessageContaining("lists 3 projects, more than max_length 2");
    }

    @Test
    void aNegativeCostIsRefused() {
        String bad = SMALL.replace("3;10;0;Benches;0", "3;-10;0;Benches;0");
        assertThatThrownBy(() -> PabulibReader.parse(bad, "neg.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("neg.pb:14:3")
                .hasMessageContaining("negative cost -10");
    }

    @Test
    void aBudgetOfZeroIsRefused() {
        String bad = SMALL.replace("budget;100,50", "budget;0");
        assertThatThrownBy(() -> PabulibReader.parse(bad, "zero.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("zero.pb:6:1")
                .hasMessageContaining("budget 0 must be greater than zero");
    }

    @Test
    void malformedRowsNameLineColumnAndReason() {
        assertThatThrownBy(() -> PabulibReader.parse(SMALL.replace("2;40,5;2;Toilets;1", "2;40,5;2;Toilets"), "f.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("f.pb:13:")
                .hasMessageContaining("expected 5 fields as in the header, found 4");
        assertThatThrownBy(() -> PabulibReader.parse(SMALL.replace("3;10;0;Benches;0", "3;ten;0;Benches;0"), "f.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("f.pb:14:3")
                .hasMessageContaining("cost 'ten' is not a number");
        assertThatThrownBy(() -> PabulibReader.parse(SMALL.replace("3;10;0;Benches;0", "3;10;0;\"Benches;0"), "f.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("f.pb:14:8")
                .hasMessageContaining("unclosed double quote");
        assertThatThrownBy(() -> PabulibReader.parse(SMALL.replace("PROJECTS\n", ""), "f.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("f.pb:10:17")
                .hasMessageContaining("a META row needs 2 fields (key;value), found 5");
        assertThatThrownBy(() -> PabulibReader.parse("hello\n", "f.pb"))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageContaining("f.pb:1:1")
                .hasMessageContaining("expected the META section first");
    }

    @Test
    void electionRecordsRefuseBadInputToo() {
        assertThatThrownBy(() -> Election.builder().budget(0).candidate("a", 1).build())
                .isInstanceOf(SelectionException.class).hasMessageContaining("WS-SELECT-001")
                .hasMessageContaining("the budget must be greater than zero");
        assertThatThrownBy(() -> Election.builder().budget(10).candidate("a", 1).ballot("a", "b").build())
                .isInstanceOf(SelectionException.class).hasMessageContaining("unknown project 'b'");
        assertThatThrownBy(() -> Election.builder().budget(10).maxLength(1).candidate("a", 1).candidate("b", 1)
                .ballot("a", "b").build())
                .isInstanceOf(SelectionException.class).hasMessageContaining("more than the allowed 1");
        assertThatThrownBy(() -> Election.builder().budget(10).candidate("a", -1).build())
                .isInstanceOf(SelectionException.class).hasMessageContaining("negative cost -1");
    }
}
