package org.weishi.core.view;

import java.util.List;
import java.util.Map;
import org.weishi.core.budget.FundingState;
import org.weishi.spi.Money;

/**
 * A project's money (stream {@code funding/<projectId>}): its plan, what was committed on approval,
 * the actual cost reported, and what was spent and released on settlement. Amounts per envelope,
 * in plan order.
 *
 * @param projectId the project
 * @param version the stream version
 * @param scopeId the project's scope
 * @param year its budget year
 * @param state planned, committed or settled
 * @param plan the plan per envelope
 * @param committed what is or was committed per envelope (empty before approval)
 * @param actual the reported actual cost per envelope, empty when none was reported
 * @param spent what was spent per envelope (empty before settlement)
 * @param released what was released per envelope (empty before settlement)
 * @param outcome {@code COMPLETED} or {@code TERMINATED} once settled, else null
 */
public record ProjectFundingView(String projectId, long version, String scopeId, int year, FundingState state,
                                 Map<String, Money> plan, Map<String, Money> committed, Map<String, Money> actual,
                                 Map<String, Money> spent, Map<String, Money> released, String outcome) {
    /** Copies, keeping plan order. */
    public ProjectFundingView {
        plan = ordered(plan);
        committed = ordered(committed);
        actual = ordered(actual);
        spent = ordered(spent);
        released = ordered(released);
    }

    private static Map<String, Money> ordered(Map<String, Money> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** @return the plan's total */
    public Money planTotal() {
        return sum(plan);
    }

    /** @return the total committed */
    public Money committedTotal() {
        return sum(committed);
    }

    /** @return the total spent */
    public Money spentTotal() {
        return sum(spent);
    }

    /** @return the plan's envelope ids, in order */
    public List<String> envelopeIds() {
        return List.copyOf(plan.keySet());
    }

    private static Money sum(Map<String, Money> m) {
        Money s = Money.ZERO;
        for (Money v : m.values()) s = s.plus(v);
        return s;
    }
}
