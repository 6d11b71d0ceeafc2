package org.weishi.examples.districtrules;

import java.util.List;
import java.util.Map;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.testkit.ApprovalRuleContract;

class DoumenRulesContractTest extends ApprovalRuleContract {
    @Override
    protected List<ApprovalRule> createRules() {
        return DoumenRulesPlugin.create(DoumenRulesConfig.defaults());
    }

    @Override
    protected List<ProjectFacts> extraFacts() {
        return List.of(new ProjectFacts("P-9", "二龙村文化广场", ProjectKind.MICRO, ProjectType.ENGINEERING, "culture-sports",
                List.of("doumen", "doumen/baijiao", "doumen/baijiao/erlong"), Money.ofYuan(400_000), 2021, "NOTICE", "approve", 3,
                Map.of("scope.year.committed.fen", "10000000", "town.envelope.received.fen", "100000000",
                        "funding.plan.total.fen", "40000000", "prereview.passed", "finance")));
    }
}
