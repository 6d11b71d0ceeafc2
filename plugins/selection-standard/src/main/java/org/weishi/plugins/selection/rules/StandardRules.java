package org.weishi.plugins.selection.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionException;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;
import org.weishi.spi.selection.Utility;

/**
 * The standard selection rules. Every rule is stateless, thread-safe and exact; ties are broken
 * by {@link SelectionOptions#tieBreak()} (project ids as text, ascending, by default).
 *
 * <ul>
 *   <li>{@code greedy}: projects by score (approval: number of ballots; cumulative: points;
 *       ordinal: Borda score), highest first, funding each one that still fits and skipping any
 *       that does not. A project nobody voted for is still funded if it fits at the end, unless a
 *       minimum support excludes it.</li>
 *   <li>{@code greedy-no-skip}: as greedy but stops at the first project that does not fit.</li>
 *   <li>{@code mes}: the Method of Equal Shares. Each voter gets {@code budget / voters}; in each
 *       round the project whose supporters can pay for it at the lowest price per unit of utility
 *       is funded, each supporter paying {@code min(own budget, price * utility)}; it ends when no
 *       project is affordable by its supporters. Supported zero-cost projects are funded first (in
 *       tie-breaking order); a project nobody supports (no utility) is never funded. With the
 *       {@code cost} utility a zero-cost project gives no utility, so it is not funded.</li>
 *   <li>{@code mes-add1}: MES run again with every voter's budget raised by one currency unit at a
 *       time, until the outcome is exhaustive (no unfunded supported project fits in what is
 *       left) or costs more than the budget (then the previous outcome is kept).</li>
 *   <li>{@code mes-add1-greedy}: mes-add1, then greedy on what is left of the budget.</li>
 *   <li>{@code recorded}: the rule the election's META {@code rule} names, see
 *       {@link #recorded()}.</li>
 * </ul>
 *
 * <p>A minimum support ({@link SelectionOptions#minSupport()}) excludes, for every rule, projects
 * listed on fewer ballots.
 */
public final class StandardRules {
    private StandardRules() {
    }

    /** @return the greedy rule, id {@code greedy} */
    public static SelectionRule greedy() {
        return new GreedyRule("greedy", false);
    }

    /** @return the greedy rule that stops at the first project that does not fit, id {@code greedy-no-skip} */
    public static SelectionRule greedyNoSkip() {
        return new GreedyRule("greedy-no-skip", true);
    }

    /** @return the Method of Equal Shares, id {@code mes} */
    public static SelectionRule mes() {
        return new MesRule("mes", false, false);
    }

    /** @return MES with the add1 completion, id {@code mes-add1} */
    public static SelectionRule mesAdd1() {
        return new MesRule("mes-add1", true, false);
    }

    /** @return MES with add1, then greedy on the rest, id {@code mes-add1-greedy} */
    public static SelectionRule mesAdd1Greedy() {
        return new MesRule("mes-add1-greedy", true, true);
    }

    /**
     * The rule recorded in the election's META, so an election can be re-counted as its city
     * counted it:
     * <ul>
     *   <li>{@code greedy}, {@code greedy-exclusive} (the file carries no exclusion groups, so it
     *       counts as greedy) and {@code greedy-threshold}: greedy;</li>
     *   <li>{@code greedy-no-skip}: greedy-no-skip;</li>
     *   <li>with any of these, {@code min_project_score_threshold} when given: projects whose score
     *       is below it are not funded;</li>
     *   <li>{@code equalshares/add1}: mes-add1 with the cost utility; {@code equalshares}: mes.</li>
     * </ul>
     * Other values ({@code unknown}, {@code greedy-custom}, {@code equalshares/add1-comparison} …)
     * are refused with a {@link SelectionException}. The options' tie-breaking and minimum support
     * still apply; the options' utility is ignored.
     *
     * @return the rule, id {@code recorded}
     */
    public static SelectionRule recorded() {
        return new RecordedRule();
    }

    /** @return every standard rule, in the order above */
    public static List<SelectionRule> all() {
        return List.of(greedy(), greedyNoSkip(), mes(), mesAdd1(), mesAdd1Greedy(), recorded());
    }

    /**
     * @param id a rule id
     * @return the standard rule with that id
     */
    public static Optional<SelectionRule> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static SelectionResult result(String ruleId, Prepared e, List<Integer> selected, String note) {
        return new SelectionResult(ruleId, e.idsOf(selected), e.totalCost(selected), e.election.budget(), note);
    }

    private record GreedyRule(String id, boolean noSkip) implements SelectionRule {
        @Override
        public LocalizedText description() {
            return noSkip
                    ? LocalizedText.of("按得票从高到低依次资助，遇到第一个超出剩余预算的项目即停止",
                            "by votes, most first; stops at the first project that does not fit")
                    : LocalizedText.of("按得票从高到低依次资助，跳过超出剩余预算的项目",
                            "by votes, most first; skips any project that no longer fits");
        }

        @Override
        public SelectionResult select(Election election, SelectionOptions options) {
            Prepared e = Prepared.of(election, Utility.COUNT, options.tieBreak());
            return result(id, e, Greedy.run(e, List.of(), noSkip, options.minSupport(), 0), "");
        }
    }

    private record MesRule(String id, boolean add1, boolean thenGreedy) implements SelectionRule {
        @Override
        public LocalizedText description() {
            return LocalizedText.of("均等份额法（Method of Equal Shares）" + (add1 ? "，add1 补全" : "")
                            + (thenGreedy ? "，再按得票补足" : ""),
                    "Method of Equal Shares" + (add1 ? ", add1 completion" : "")
                            + (thenGreedy ? ", then greedy" : ""));
        }

        @Override
        public SelectionResult select(Election election, SelectionOptions options) {
            Utility u = options.utilityFor(election.type());
            Prepared e = Prepared.of(election, u, options.tieBreak());
            List<Integer> sel = add1 ? Add1.run(e, options.minSupport()) : new EqualShares(e, options.minSupport()).run(0);
            if (thenGreedy) {
                Prepared g = Prepared.of(election, Utility.COUNT, options.tieBreak());
                sel = Greedy.run(g, sel, false, options.minSupport(), 0);
            }
            return result(id, e, sel, "utility " + u.key());
        }
    }

    private static final class RecordedRule implements SelectionRule {
        @Override
        public String id() {
            return "recorded";
        }

        @Override
        public LocalizedText description() {
            return LocalizedText.of("按文件 META 中记录的规则重新计票", "re-count with the rule the election's META names");
        }

        @Override
        public SelectionResult select(Election election, SelectionOptions options) {
            String rule = election.meta().getOrDefault("rule", "").trim().toLowerCase(Locale.ROOT);
            String thresholdText = election.meta().get("min_project_score_threshold");
            long threshold = 0;
            if (thresholdText != null && !thresholdText.isBlank()) {
                try {
                    threshold = new BigDecimal(thresholdText.trim().replace(',', '.')).setScale(0,
                            java.math.RoundingMode.CEILING).longValueExact();
                } catch (NumberFormatException | ArithmeticException ex) {
                    throw new SelectionException("min_project_score_threshold 的值 '" + thresholdText + "' 不是数字",
                            "min_project_score_threshold '" + thresholdText + "' is not a number");
                }
            }
            switch (rule) {
                case "greedy", "greedy-exclusive", "greedy-threshold", "greedy-no-skip" -> {
                    boolean noSkip = rule.equals("greedy-no-skip");
                    Prepared e = Prepared.of(election, Utility.COUNT, options.tieBreak());
                    List<Integer> sel = Greedy.run(e, List.of(), noSkip, options.minSupport(), threshold);
                    return result(id(), e, sel, rule + (threshold > 0 ? ", threshold " + threshold : ""));
                }
                case "equalshares", "equalshares/add1" -> {
                    Utility u = Utility.defaultFor(election.type());
                    Prepared e = Prepared.of(election, u, options.tieBreak());
                    List<Integer> sel = rule.endsWith("add1") ? Add1.run(e, options.minSupport())
                            : new EqualShares(e, options.minSupport()).run(0);
                    return result(id(), e, sel, rule + ", utility " + u.key());
                }
                default -> throw new SelectionException(
                        "选举 '" + election.name() + "' 记录的规则 '" + rule + "' 无法复算；请改用 --rule greedy、mes 等",
                        "election '" + election.name() + "' records rule '" + rule
                                + "', which cannot be re-counted; choose a rule such as greedy or mes instead");
            }
        }
    }
}
