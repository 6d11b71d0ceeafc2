package org.weishi.plugins.rules.standard;

import java.util.Set;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code legal-gate} (法律关): engineering projects, and any project above a threshold, need the
 * legal department's pre-review (it is added to the required departments), and approval checks
 * that it passed.
 */
final class LegalGateRule extends StandardRule {
    LegalGateRule(Settings s) {
        super(Settings.LEGAL_GATE, s, Gate.APPROVAL);
    }

    private boolean applies(ProjectFacts f) {
        return settings.legalAlwaysFor.contains(f.type()) || f.estimatedCost().isGreaterThan(settings.legalReviewAbove);
    }

    @Override
    public Set<String> requiredDepartments(ProjectFacts f) {
        return applies(f) ? Set.of(settings.legalDepartment) : Set.of();
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        if (!applies(f) || list(f, "prereview.passed").contains(settings.legalDepartment)) return pass();
        return Verdict.reject(id(),
                "法律关：" + Labels.zh(f.type()) + "项目（预算 " + Labels.yuanZh(f.estimatedCost()) + "）须经部门 '" + settings.legalDepartment
                        + "' 法律审查通过（工程类一律审查，其他类别超过 " + Labels.yuanZh(settings.legalReviewAbove) + "时审查），目前尚未通过",
                "legal gate: this " + Labels.en(f.type()).toLowerCase(java.util.Locale.ROOT) + " project (budget "
                        + Labels.yuanEn(f.estimatedCost()) + ") needs the legal review of department '" + settings.legalDepartment
                        + "' (always for " + settings.legalAlwaysFor + ", otherwise above " + Labels.yuanEn(settings.legalReviewAbove)
                        + "), which it has not passed");
    }
}
