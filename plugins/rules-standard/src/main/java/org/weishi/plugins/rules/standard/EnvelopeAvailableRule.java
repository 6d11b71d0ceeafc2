package org.weishi.plugins.rules.standard;

import org.weishi.spi.Money;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code envelope-available}: at approval the project has a funding plan and its envelopes hold
 * the money. The core enforces availability itself when it commits (no overspend is possible
 * without this rule); the rule reports it earlier, in the gate's list of reasons, and can demand
 * that every project has a plan. Reads {@code funding.plan.present}, {@code funding.plan.total.fen},
 * {@code envelope.available.fen} and {@code funding.shortfall.fen}.
 */
final class EnvelopeAvailableRule extends StandardRule {
    EnvelopeAvailableRule(Settings s) {
        super(Settings.ENVELOPE_AVAILABLE, s, Gate.APPROVAL);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        String present = attr(f, "funding.plan.present");
        if (present == null) return missing("funding.plan.present");
        if (!Boolean.parseBoolean(present)) {
            return settings.requirePlan
                    ? Verdict.reject(id(), "项目 " + f.projectId() + " 没有资金计划：立项前请指定由哪些资金池支付多少（SetFundingPlan）",
                    "project " + f.projectId() + " has no funding plan: say which envelopes pay how much (SetFundingPlan) before approval")
                    : pass();
        }
        Money total = fen(f, "funding.plan.total.fen");
        Money available = fen(f, "envelope.available.fen");
        Money shortfall = fen(f, "funding.shortfall.fen");
        if (total == null) return missing("funding.plan.total.fen");
        if (available == null) return missing("envelope.available.fen");
        if (shortfall == null) return missing("funding.shortfall.fen");
        if (shortfall.fen() <= 0) return pass();
        return Verdict.reject(id(),
                "资金计划需要 " + Labels.yuanZh(total) + "，所列资金池可用余额合计 " + Labels.yuanZh(available) + "，还差 " + Labels.yuanZh(shortfall),
                "the funding plan needs " + Labels.yuanEn(total) + " but its envelopes have " + Labels.yuanEn(available)
                        + " available in total (" + Labels.yuanEn(shortfall) + " short)");
    }
}
