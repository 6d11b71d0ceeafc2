package org.weishi.plugins.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;

/**
 * Randomized properties on seeded elections. The seed is in each case's name and assertion
 * message; replay with {@code -Dweishi.seed=<seed> -Dweishi.cases=1}.
 */
class PropertiesTest {
    static Stream<Long> seeds() {
        return RandomElections.seeds(200);
    }

    private static final List<SelectionRule> RULES = List.of(StandardRules.greedy(), StandardRules.greedyNoSkip(),
            StandardRules.mes(), StandardRules.mesAdd1(), StandardRules.mesAdd1Greedy());

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void theBudgetIsNeverExceeded(long seed) {
        for (BallotType type : BallotType.values()) {
            Election e = RandomElections.generate(seed, type);
            for (SelectionRule rule : RULES) {
                SelectionResult r = rule.select(e);
                assertThat(r.totalCost()).as("seed %d, %s, %s", seed, type, rule.id())
                        .isLessThanOrEqualTo(e.budget());
                assertThat(r.selected()).as("seed %d, %s, %s: no duplicates", seed, type, rule.id())
                        .doesNotHaveDuplicates();
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void greedyAndMesIgnoreDuplicatingEveryBallot(long seed) {
        for (BallotType type : BallotType.values()) {
            Election e = RandomElections.generate(seed, type);
            Election twice = RandomElections.duplicated(e);
            for (SelectionRule rule : List.of(StandardRules.greedy(), StandardRules.greedyNoSkip(), StandardRules.mes())) {
                assertThat(rule.select(twice).selected()).as("seed %d, %s, %s", seed, type, rule.id())
                        .isEqualTo(rule.select(e).selected());
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void completionsEndExhaustiveOrWithinBudget(long seed) {
        Election e = RandomElections.generate(seed, BallotType.APPROVAL);
        SelectionResult add1 = StandardRules.mesAdd1().select(e);
        assertThat(add1.withinBudget()).as("seed %d add1 within budget", seed).isTrue();
        SelectionResult mes = StandardRules.mes().select(e);
        assertThat(add1.totalCost()).as("seed %d add1 spends at least what MES spends", seed)
                .isGreaterThanOrEqualTo(mes.totalCost());
        // add1 then greedy leaves no project that would still fit
        SelectionResult full = StandardRules.mesAdd1Greedy().select(e);
        BigDecimal left = e.budget().subtract(full.totalCost());
        for (Candidate c : e.candidates()) {
            if (!full.selected().contains(c.id())) {
                assertThat(c.cost()).as("seed %d: %s would still fit in %s", seed, c.id(), left)
                        .isGreaterThan(left);
            }
        }
        assertThat(full.selected().subList(0, add1.selected().size())).as("seed %d", seed)
                .isEqualTo(add1.selected());
    }
}
