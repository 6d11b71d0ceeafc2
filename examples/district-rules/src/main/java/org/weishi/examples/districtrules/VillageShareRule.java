package org.weishi.examples.districtrules;

import java.math.BigInteger;
import java.util.Set;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code doumen-village-share}: one village's (community's) micro-project money in a year stays
 * within a share of its town's envelope, so one lively village cannot use up the town. Evaluated at
 * approval for MICRO projects of a village or community, from the facts the core supplies:
 * {@code scope.year.committed.fen} (money already committed or spent by the village's other
 * projects that year), {@code funding.plan.total.fen} (this project; its estimated cost when it has
 * no plan) and {@code town.envelope.received.fen} (what the town's envelopes received that year,
 * before passing money on to villages). Exact arithmetic: {@code (committed + this) × 100 ≤ received × percent}.
 */
final class VillageShareRule implements ApprovalRule {
    static final String ID = "doumen-village-share";
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private final int percent;

    VillageShareRule(int percent) {
        this.percent = percent;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.APPROVAL);
    }

    @Override
    public Verdict evaluate(Gate gate, ProjectFacts f) {
        if (f.kind() != ProjectKind.MICRO || f.scopePath().size() != 3) return Verdict.pass(ID);
        Long committed = fen(f, "scope.year.committed.fen");
        Long allocated = fen(f, "town.envelope.received.fen");
        if (committed == null || allocated == null) {
            return Verdict.reject(ID, "缺少村居年度资金或所在镇资金池的数据，无法核对村居占比，为安全起见不予立项",
                    "the village's committed money or its town's envelope is not known, so the village share cannot be checked; refused");
        }
        Long plan = fen(f, "funding.plan.total.fen");
        long self = plan != null ? plan : f.estimatedCost().fen();
        long total = committed + self;
        // exact, without overflow: total / allocated <= percent / 100
        if (BigInteger.valueOf(total).multiply(HUNDRED).compareTo(BigInteger.valueOf(allocated).multiply(BigInteger.valueOf(percent))) <= 0) {
            return Verdict.pass(ID);
        }
        Money limit = Money.ofFen(allocated * percent / 100);
        return Verdict.reject(ID,
                "村居 " + f.scopeId() + " " + f.year() + " 年微实事资金将达 " + Money.ofFen(total).formatted() + " 元，超过所在镇资金池 "
                        + Money.ofFen(allocated).formatted() + " 元的 " + percent + "%（" + limit.formatted() + " 元）",
                "village " + f.scopeId() + " would reach CNY " + Money.ofFen(total).formatted() + " of micro-project money in "
                        + f.year() + ", above " + percent + "% of its town's envelope of CNY " + Money.ofFen(allocated).formatted()
                        + " (CNY " + limit.formatted() + ")");
    }

    private static Long fen(ProjectFacts f, String key) {
        String v = f.attributes().get(key);
        if (v == null) return null;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "rule '" + ID + "' " + percent + "%";
    }
}
