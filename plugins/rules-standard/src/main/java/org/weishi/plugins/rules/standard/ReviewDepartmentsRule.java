package org.weishi.plugins.rules.standard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.weishi.spi.Money;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code review-departments}: names the departments that must pre-review a project, by category,
 * type and cost. It gives no verdicts itself; the core opens a pre-review round with them.
 */
final class ReviewDepartmentsRule extends StandardRule {
    ReviewDepartmentsRule(Settings s) {
        super(Settings.REVIEW_DEPARTMENTS, s);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        return pass();
    }

    @Override
    public Set<String> requiredDepartments(ProjectFacts f) {
        TreeSet<String> d = new TreeSet<>(settings.always);
        d.addAll(settings.byCategory.getOrDefault(f.category(), List.of()));
        d.addAll(settings.byType.getOrDefault(f.type(), List.of()));
        for (Map.Entry<Money, List<String>> e : settings.aboveCost.entrySet()) {
            if (f.estimatedCost().isGreaterThan(e.getKey())) d.addAll(e.getValue());
        }
        return Set.copyOf(d);
    }
}
