package org.weishi.spi.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a rule.
 *
 * @param ruleId the rule that selected, e.g. {@code mes-add1}; for {@code recorded} the rule it
 *     resolved to is named in {@code note}
 * @param selected the funded project ids in selection order, no duplicates
 * @param totalCost the exact sum of the funded projects' costs
 * @param budget the election's budget
 * @param note a short human-readable remark (e.g. {@code "greedy-threshold, threshold 100"}),
 *     empty when there is nothing to say
 * @since 0.1.0
 */
public record SelectionResult(String ruleId, List<String> selected, BigDecimal totalCost, BigDecimal budget,
        String note) {
    /** Validates and copies the parts. */
    public SelectionResult {
        Objects.requireNonNull(ruleId, "ruleId");
        selected = List.copyOf(selected);
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(note, "note");
    }

    /** @return true when the funded projects cost no more than the budget */
    public boolean withinBudget() {
        return totalCost.compareTo(budget) <= 0;
    }
}
