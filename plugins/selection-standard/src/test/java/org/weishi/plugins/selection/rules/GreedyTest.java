package org.weishi.plugins.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.TieBreak;

class GreedyTest {
    /**
     * Budget 100. Votes: A 3 (cost 60), B 2 (cost 50), C 2 (cost 30), D 1 (cost 10). Greedy: A (60),
     * B does not fit (110), B and C tie at 2 votes and B comes first by id; C fits (90), D fits
     * (100). No-skip stops at B: [A].
     */
    @Test
    void skipsOrStopsAtTheFirstProjectThatDoesNotFit() {
        Election e = Election.builder().budget(100)
                .candidate("A", 60).candidate("B", 50).candidate("C", 30).candidate("D", 10)
                .ballot("A", "B").ballot("A", "C").ballot("A", "B", "C", "D").build();
        assertThat(StandardRules.greedy().select(e).selected()).containsExactly("A", "C", "D");
        assertThat(StandardRules.greedyNoSkip().select(e).selected()).containsExactly("A");
        assertThat(StandardRules.greedy().select(e).totalCost()).isEqualByComparingTo("100");
    }

    @Test
    void tieBreakingIsSelectable() {
        Election e = Election.builder().budget(50)
                .candidate("B", 20).candidate("A", 40).ballot("A", "B").build();
        assertThat(StandardRules.greedy().select(e).selected()).containsExactly("A");
        assertThat(StandardRules.greedy().select(e, SelectionOptions.DEFAULTS.withTieBreak(TieBreak.LOWEST_COST))
                .selected()).containsExactly("B");
        assertThat(StandardRules.greedy().select(e, SelectionOptions.DEFAULTS.withTieBreak(TieBreak.HIGHEST_COST))
                .selected()).containsExactly("A");
    }

    @Test
    void cumulativeScoresArePointsAndOrdinalScoresAreBorda() {
        Election cumulative = Election.builder().type(BallotType.CUMULATIVE).budget(10)
                .candidate("A", 10).candidate("B", 10)
                .ballot(Ballot.withPoints("v1", List.of("A", "B"), List.of(1L, 4L)))
                .ballot(Ballot.withPoints("v2", List.of("A"), List.of(2L))).build();
        assertThat(StandardRules.greedy().select(cumulative).selected()).containsExactly("B");
        // ordinal, max length 3: first 3 points, second 2, third 1; A 3 + 1 = 4, B 2 + 3 = 5
        Election ordinal = Election.builder().type(BallotType.ORDINAL).budget(10).maxLength(3)
                .candidate("A", 10).candidate("B", 10).candidate("C", 10)
                .ballot("A", "B", "C").ballot("B", "C", "A").build();
        assertThat(StandardRules.greedy().select(ordinal).selected()).containsExactly("B");
    }

    @Test
    void recordedThresholdExcludesLowScores() {
        Election e = Election.builder().budget(100).meta("rule", "greedy-threshold")
                .meta("min_project_score_threshold", "2")
                .candidate("A", 10).candidate("B", 10).ballot("A", "B").ballot("A").build();
        assertThat(StandardRules.recorded().select(e).selected()).containsExactly("A");
        Election plain = Election.builder().budget(100).meta("rule", "greedy")
                .candidate("A", 10).candidate("B", 10).ballot("A", "B").ballot("A").build();
        assertThat(StandardRules.recorded().select(plain).selected()).containsExactly("A", "B");
    }
}
