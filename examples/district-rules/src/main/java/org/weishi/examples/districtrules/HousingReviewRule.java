package org.weishi.examples.districtrules;

import java.util.Arrays;
import java.util.Set;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectType;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code doumen-housing-review}: in Doumen an engineering project above CNY 300,000 (configurable)
 * also needs the housing and construction bureau (住建局). The bureau is added to the project's
 * pre-review departments; at approval, a project without the bureau's pass is sent back.
 */
final class HousingReviewRule implements ApprovalRule {
    static final String ID = "doumen-housing-review";
    private final Money threshold;
    private final String department;

    HousingReviewRule(Money threshold, String department) {
        this.threshold = threshold;
        this.department = department;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.APPROVAL);
    }

    private boolean applies(ProjectFacts f) {
        return f.type() == ProjectType.ENGINEERING && f.estimatedCost().isGreaterThan(threshold);
    }

    @Override
    public Set<String> requiredDepartments(ProjectFacts f) {
        return applies(f) ? Set.of(department) : Set.of();
    }

    @Override
    public Verdict evaluate(Gate gate, ProjectFacts f) {
        if (!applies(f)) return Verdict.pass(ID);
        String passed = f.attributes().getOrDefault("prereview.passed", "");
        if (Arrays.asList(passed.split(",")).contains(department)) return Verdict.pass(ID);
        return Verdict.revise(ID,
                "工程类项目预算 " + f.estimatedCost().formatted() + " 元超过 " + threshold.formatted() + " 元，须经住建局（" + department + "）预审通过",
                "Engineering project budget CNY " + f.estimatedCost().formatted() + " is above CNY " + threshold.formatted()
                        + ": the housing and construction bureau (" + department + ") must pass it in pre-review");
    }

    @Override
    public String toString() {
        return "rule '" + ID + "' above CNY " + threshold.formatted();
    }
}
