package org.weishi.core.view;

import java.util.Map;
import org.weishi.core.budget.FundingSource;
import org.weishi.spi.Money;

/**
 * A budget envelope as it stands (stream {@code envelope/<id>}).
 *
 * <p>Its balances obey, after every committed command:
 * <pre>
 *   allocated = funded + allocatedIn − allocatedOut
 *   allocated = committed + spent + released + available
 *   available ≥ 0, committed ≥ 0, released ≥ 0
 * </pre>
 * {@code funded} is money received from funding sources; {@code allocatedIn}/{@code allocatedOut}
 * are allocations and transfers from and to other envelopes; {@code committed} is what approved
 * projects hold and have not settled; {@code spent} is the actual cost of settled projects;
 * {@code released} is the remainder of settled commitments (结余), which returns to
 * {@code available} only when an officer re-plans it.
 *
 * @param id its id
 * @param version its stream version
 * @param scopeId the scope it belongs to
 * @param year the budget year
 * @param name display name
 * @param funded money received per funding source (every source present, zero when none)
 * @param allocatedIn money received from other envelopes
 * @param allocatedOut money sent to other envelopes
 * @param committed money committed to approved, unsettled projects
 * @param spent actual cost of settled projects
 * @param released released remainder not yet re-planned
 * @param available money free for new commitments, allocations and transfers
 * @param variance the sum of (actual − committed) over settled project lines: positive when
 *                 projects cost more than committed
 */
public record EnvelopeView(String id, long version, String scopeId, int year, String name,
                           Map<FundingSource, Money> funded, Money allocatedIn, Money allocatedOut, Money committed,
                           Money spent, Money released, Money available, Money variance) {
    /** Copies. */
    public EnvelopeView {
        funded = Map.copyOf(funded);
    }

    /** @return the money received from all funding sources */
    public Money fundedTotal() {
        Money sum = Money.ZERO;
        for (Money m : funded.values()) sum = sum.plus(m);
        return sum;
    }

    /** @return {@code funded + allocatedIn − allocatedOut}: the money this envelope holds for its own projects */
    public Money allocated() {
        return fundedTotal().plus(allocatedIn).minus(allocatedOut);
    }

    /** @return true when {@code allocated = committed + spent + released + available} and nothing is negative */
    public boolean balanced() {
        return allocated().equals(committed.plus(spent).plus(released).plus(available))
                && !available.isNegative() && !committed.isNegative() && !released.isNegative() && !spent.isNegative();
    }
}
