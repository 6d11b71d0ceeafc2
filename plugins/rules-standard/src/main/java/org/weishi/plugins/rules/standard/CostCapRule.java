package org.weishi.plugins.rules.standard;

import org.weishi.spi.Money;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/** {@code cost-cap}: a project's estimated cost stays within the cap of its type. */
final class CostCapRule extends StandardRule {
    CostCapRule(Settings s) {
        super(Settings.COST_CAP, s, Gate.PRE_REVIEW, Gate.APPROVAL);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        Money cap = settings.caps.get(f.type());
        if (cap == null || !f.estimatedCost().isGreaterThan(cap)) return pass();
        return Verdict.reject(id(),
                Labels.zh(f.type()) + "项目预算 " + Labels.yuanZh(f.estimatedCost()) + "超过上限 " + Labels.yuanZh(cap),
                Labels.en(f.type()) + " project budget " + Labels.yuanEn(f.estimatedCost()) + " exceeds the cap of " + Labels.yuanEn(cap));
    }
}
