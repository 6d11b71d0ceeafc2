package org.weishi.plugins.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.TieBreak;
import org.weishi.spi.selection.Utility;

/**
 * MES on elections large enough for many budget classes and many rounds (hundreds of voters,
 * dozens of projects, costs in cents, a few popular projects), against the naive exact definition:
 * these reach the paths the small random elections seldom do (the order keys' margins, the exact
 * check of a split, lazily valued classes several payments deep, projects turning unaffordable).
 * Seeded; a failure names its seed ({@code -Dweishi.seed=S -Dweishi.cases=1} replays it).
 */
class LargerElectionsTest {

    static Stream<Long> seeds() {
        return RandomElections.seeds(12);
    }

    static Election generate(long seed) {
        Random r = new Random(seed);
        int m = 12 + r.nextInt(20);
        int n = 150 + r.nextInt(350);
        Election.Builder b = Election.builder().name("larger-" + seed).type(BallotType.APPROVAL);
        long total = 0;
        double[] popularity = new double[m];
        for (int p = 0; p < m; p++) {
            // cents, so budgets and prices have many digits; some equal costs for ties
            long cents = r.nextInt(5) == 0 ? 50_000 : 1_000 + r.nextInt(200_000);
            total += cents;
            b.candidate(new Candidate("p" + p, BigDecimal.valueOf(cents, 2), p + ""));
            popularity[p] = Math.pow(r.nextDouble(), 2.5);
        }
        b.budget(BigDecimal.valueOf(total / (2 + r.nextInt(3)), 2));
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<String> ps = new ArrayList<>();
            for (int p = 0; p < m; p++) {
                if (r.nextDouble() < popularity[p]) {
                    ps.add("p" + p);
                }
            }
            if (r.nextInt(6) == 0 && !ballots.isEmpty()) {
                ps = ballots.get(r.nextInt(ballots.size())).projects(); // identical ballots form groups
            }
            ballots.add(Ballot.of("v" + v, ps));
        }
        return b.ballots(ballots).build();
    }

    @ParameterizedTest(name = "cost and count utilities, seed={0}")
    @MethodSource("seeds")
    void mesMatchesTheNaiveDefinition(long seed) {
        Election e = generate(seed);
        for (Utility u : List.of(Utility.COST, Utility.COUNT)) {
            assertThat(StandardRules.mes().select(e, SelectionOptions.DEFAULTS.withUtility(u)).selected())
                    .as("seed %d utility %s (replay with -Dweishi.seed=%d -Dweishi.cases=1)", seed, u, seed)
                    .isEqualTo(ReferenceMes.mes(e, u, BigDecimal.ZERO));
        }
    }

    @ParameterizedTest(name = "add1 on 1, 2 and 3 threads, seed={0}")
    @MethodSource("seeds")
    void add1IsTheSameOnAnyNumberOfThreads(long seed) {
        Election e = generate(seed);
        Prepared p = Prepared.of(e, Utility.COST, TieBreak.ID_ASCENDING);
        List<Integer> one = Add1.run(p, 0, 1);
        assertThat(Add1.run(p, 0, 2)).as("seed %d, 2 threads", seed).isEqualTo(one);
        assertThat(Add1.run(p, 0, 3)).as("seed %d, 3 threads", seed).isEqualTo(one);
    }
}
