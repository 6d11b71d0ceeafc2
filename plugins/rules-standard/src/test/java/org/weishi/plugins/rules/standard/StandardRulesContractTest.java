package org.weishi.plugins.rules.standard;

import java.util.List;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.testkit.ApprovalRuleContract;

class StandardRulesContractTest extends ApprovalRuleContract {
    @Override
    protected List<ApprovalRule> createRules() {
        return StandardRulesPlugin.create(StandardRulesConfig.defaults());
    }
}
