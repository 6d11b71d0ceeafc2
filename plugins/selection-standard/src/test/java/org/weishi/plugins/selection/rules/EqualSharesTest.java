package org.weishi.plugins.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.TieBreak;
import org.weishi.spi.selection.Utility;

class EqualSharesTest {
    private static final SelectionOptions COUNT = SelectionOptions.DEFAULTS.withUtility(Utility.COUNT);

    /**
     * Budget 120, four voters with 30 each. A costs 40 (v1, v2), B costs 45 (v1, v2, v3), C costs 60
     * (v3, v4).
     *
     * <p>Count utility (price = what each supporter pays): round 1 A = 40/2 = 20, B = 45/3 = 15,
     * C = 60/2 = 30, so B goes first: v1, v2, v3 pay 15 and keep 15. Round 2: A needs 40 from v1, v2 who have 15 each:
     * unaffordable. C needs 60 from v3 (15) and v4 (30): 45 < 60, unaffordable. Outcome [B].
     *
     * <p>Cost utility (price per unit of utility = per-supporter payment / cost): round 1 A =
     * 20/40 = 1/2, B = 15/45 = 1/3, C = 30/60 = 1/2: B first again. Same outcome [B].
     */
    @Test
    void handComputedOneRound() {
        Election e = Election.builder().budget(120)
                .candidate("A", 40).candidate("B", 45).candidate("C", 60)
                .ballot("A", "B").ballot("A", "B").ballot("B", "C").ballot("C").build();
        assertThat(StandardRules.mes().select(e, COUNT).selected()).containsExactly("B");
        assertThat(StandardRules.mes().select(e).selected()).containsExactly("B");
    }

    /**
     * A costs 40 (v1, v2), B costs 45 (v1, v2, v3), C costs 60 (v3, v4), D costs 40 (v1, v2);
     * budget 150, so four voters have 37.5 each, and v3 ends up too poor to pay its share of C.
     *
     * <p>Round 1 with count: A = D = 20, B = 15, C = 30: B; v1..v3 keep 22.5. Round 2: A = 40 / 2 = 20 <= 22.5, D =
     * 20, C: v3 has 22.5, v4 37.5, 60 / 2 = 30 > 22.5 so v3 is poor and pays 22.5, v4 pays 37.5:
     * price 37.5. A and D tie at 20: A by id. v1, v2 keep 2.5. Round 3: D needs 40 from 5:
     * unaffordable; C = 37.5 as before: C funded with v3 paying all its 22.5. Outcome [B, A, C],
     * total 145 <= 150.
     */
    @Test
    void handComputedWithPoorSupporters() {
        Election e = Election.builder().budget(150)
                .candidate("A", 40).candidate("B", 45).candidate("C", 60).candidate("D", 40)
                .ballot("A", "B", "D").ballot("A", "B", "D").ballot("B", "C").ballot("C").build();
        SelectionResult r = StandardRules.mes().select(e, COUNT);
        assertThat(r.selected()).containsExactly("B", "A", "C");
        assertThat(r.totalCost()).isEqualByComparingTo("145");
        assertThat(ReferenceMes.mes(e, Utility.COUNT, BigDecimal.ZERO)).containsExactly("B", "A", "C");
    }

    /**
     * Budget 300, three voters with 100 each; A costs 200 (v1, v2), B 100 (v1, v2), C 150 (v3).
     * Cost utility: A and B both cost 1/2 per unit (A: 100 each of 200; B: 50 each of 100), tie
     * broken by id: A; then v1, v2 are empty and C is out of v3's reach. Count utility: B (50) beats
     * A (100); then A needs 200 from 50 + 50. add1: the outcome stays [A] until each voter has 150,
     * where B and C both become affordable after A and [A, B, C] costs 450 > 300, so the previous
     * outcome [A] stands; add1 + greedy then adds B.
     */
    @Test
    void handComputedTieAndAdd1() {
        Election e = Election.builder().budget(300)
                .candidate("A", 200).candidate("B", 100).candidate("C", 150)
                .ballot("A", "B").ballot("A", "B").ballot("C").build();
        assertThat(StandardRules.mes().select(e).selected()).containsExactly("A");
        assertThat(StandardRules.mes().select(e, COUNT).selected()).containsExactly("B");
        assertThat(StandardRules.mesAdd1().select(e).selected()).containsExactly("A");
        assertThat(StandardRules.mesAdd1Greedy().select(e).selected()).containsExactly("A", "B");
        assertThat(StandardRules.mes().select(e, SelectionOptions.DEFAULTS.withTieBreak(TieBreak.LOWEST_COST))
                .selected()).containsExactly("B");
    }

    @Test
    void zeroCostSupportedProjectsComeFirstAndUnsupportedNever() {
        Election e = Election.builder().budget(100)
                .candidate("A", 50).candidate("Z", 0).candidate("N", 10).candidate("Y", 0)
                .ballot("A", "Z").ballot("A").build();
        // count utility: Z is supported and free, so funded first; Y (free) and N have no supporters
        assertThat(StandardRules.mes().select(e, COUNT).selected()).containsExactly("Z", "A");
        // cost utility: a free project gives no utility, so MES does not fund Z either
        assertThat(StandardRules.mes().select(e).selected()).containsExactly("A");
        // greedy funds what fits, votes or not
        assertThat(StandardRules.greedy().select(e).selected()).containsExactly("A", "Z", "N", "Y");
    }

    @Test
    void minimumSupportExcludesProjects() {
        Election e = Election.builder().budget(100)
                .candidate("A", 50).candidate("B", 50)
                .ballot("A", "B").ballot("A").build();
        SelectionOptions opts = SelectionOptions.DEFAULTS.withMinSupport(2);
        assertThat(StandardRules.mes().select(e, opts).selected()).containsExactly("A");
        assertThat(StandardRules.greedy().select(e, opts).selected()).containsExactly("A");
    }

    @ParameterizedTest(name = "approval cost seed={0}")
    @MethodSource("seeds")
    void matchesTheNaiveDefinitionOnApprovalWithCost(long seed) {
        check(seed, BallotType.APPROVAL, Utility.COST);
    }

    @ParameterizedTest(name = "approval count seed={0}")
    @MethodSource("seeds")
    void matchesTheNaiveDefinitionOnApprovalWithCount(long seed) {
        check(seed, BallotType.APPROVAL, Utility.COUNT);
    }

    @ParameterizedTest(name = "cumulative points seed={0}")
    @MethodSource("seeds")
    void matchesTheNaiveDefinitionOnCumulative(long seed) {
        check(seed, BallotType.CUMULATIVE, Utility.POINTS);
    }

    @ParameterizedTest(name = "ordinal borda seed={0}")
    @MethodSource("seeds")
    void matchesTheNaiveDefinitionOnOrdinal(long seed) {
        check(seed, BallotType.ORDINAL, Utility.BORDA);
    }

    @ParameterizedTest(name = "add1 seed={0}")
    @MethodSource("fewSeeds")
    void add1MatchesTheNaiveDefinition(long seed) {
        Election e = RandomElections.generate(seed, BallotType.APPROVAL);
        assertThat(StandardRules.mesAdd1().select(e).selected())
                .as("seed %d (replay with -Dweishi.seed=%d -Dweishi.cases=1): %s", seed, seed, e)
                .isEqualTo(ReferenceMes.mesAdd1(e, Utility.COST));
        Election c = RandomElections.generate(seed, BallotType.CUMULATIVE);
        assertThat(StandardRules.mesAdd1().select(c).selected())
                .as("seed %d cumulative: %s", seed, c)
                .isEqualTo(ReferenceMes.mesAdd1(c, Utility.POINTS));
    }

    private static void check(long seed, BallotType type, Utility u) {
        Election e = RandomElections.generate(seed, type);
        assertThat(StandardRules.mes().select(e, SelectionOptions.DEFAULTS.withUtility(u)).selected())
                .as("seed %d (replay with -Dweishi.seed=%d -Dweishi.cases=1): %s", seed, seed, e)
                .isEqualTo(ReferenceMes.mes(e, u, BigDecimal.ZERO));
    }

    static java.util.stream.Stream<Long> seeds() {
        return RandomElections.seeds(300);
    }

    static java.util.stream.Stream<Long> fewSeeds() {
        return RandomElections.seeds(60);
    }
}
