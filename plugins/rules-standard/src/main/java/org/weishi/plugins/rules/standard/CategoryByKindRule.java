package org.weishi.plugins.rules.standard;

import java.util.Set;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/** {@code category-by-kind}: each kind of project may use only its allowed categories. */
final class CategoryByKindRule extends StandardRule {
    CategoryByKindRule(Settings s) {
        super(Settings.CATEGORY_BY_KIND, s, Gate.INTAKE, Gate.APPROVAL);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        Set<String> allowed = settings.allowed.get(f.kind());
        if (allowed == null || allowed.contains("*") || allowed.contains(f.category())) return pass();
        return Verdict.reject(id(),
                Labels.zh(f.kind()) + "项目不能使用类别 '" + f.category() + "'；允许的类别：" + allowed,
                "a " + Labels.en(f.kind()) + " cannot be in category '" + f.category() + "'; allowed categories: " + allowed);
    }
}
