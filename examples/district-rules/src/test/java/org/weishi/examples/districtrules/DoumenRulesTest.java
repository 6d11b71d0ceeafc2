package org.weishi.examples.districtrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.WeishiException;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.Outcome;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

class DoumenRulesTest {
    private final List<ApprovalRule> rules = DoumenRulesPlugin.create(DoumenRulesConfig.defaults());

    private ApprovalRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static ProjectFacts facts(ProjectType type, String yuan, Map<String, String> attrs) {
        return new ProjectFacts("P-1", "小濠冲村道路硬化", ProjectKind.MICRO, type, "road-works",
                List.of("doumen", "doumen/doumen-town", "doumen/doumen-town/xiaohaochong"), Money.parse(yuan), 2021, "NOTICE",
                "approve", 2, attrs);
    }

    @Test
    void large_engineering_projects_also_need_the_housing_bureau() {
        ApprovalRule r = rule("doumen-housing-review");
        assertThat(r.requiredDepartments(facts(ProjectType.ENGINEERING, "300000.01", Map.of()))).containsExactly("housing-construction");
        assertThat(r.requiredDepartments(facts(ProjectType.ENGINEERING, "300000", Map.of()))).isEmpty();
        assertThat(r.requiredDepartments(facts(ProjectType.GOODS, "400000", Map.of()))).isEmpty();
        Verdict v = r.evaluate(Gate.APPROVAL, facts(ProjectType.ENGINEERING, "350000", Map.of("prereview.passed", "finance")));
        assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_REVISION);
        assertThat(v.reason().zh()).isEqualTo("工程类项目预算 350,000.00 元超过 300,000.00 元，须经住建局（housing-construction）预审通过");
        assertThat(v.reason().en()).contains("CNY 350,000.00 is above CNY 300,000.00");
        assertThat(r.evaluate(Gate.APPROVAL, facts(ProjectType.ENGINEERING, "350000",
                Map.of("prereview.passed", "finance,housing-construction"))).passed()).isTrue();
    }

    @Test
    void one_village_stays_within_its_share_of_the_town_envelope() {
        ApprovalRule r = rule("doumen-village-share");
        // town 1,000,000 allocated; 30% = 300,000; village already at 250,000
        Map<String, String> base = Map.of("scope.year.committed.fen", "25000000", "town.envelope.received.fen", "100000000");
        assertThat(r.evaluate(Gate.APPROVAL, facts(ProjectType.SERVICE, "50000", base)).passed()).isTrue();
        Verdict v = r.evaluate(Gate.APPROVAL, facts(ProjectType.SERVICE, "50000.01", base));
        assertThat(v.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(v.reason().en()).isEqualTo("village doumen/doumen-town/xiaohaochong would reach CNY 300,000.01 of micro-project money in 2021, "
                + "above 30% of its town's envelope of CNY 1,000,000.00 (CNY 300,000.00)");
        assertThat(v.reason().zh()).contains("超过所在镇资金池 1,000,000.00 元的 30%（300,000.00 元）");
        assertThat(r.evaluate(Gate.APPROVAL, facts(ProjectType.SERVICE, "1", Map.of())).outcome()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void bad_settings_are_all_reported() {
        DoumenRulesConfig bad = new DoumenRulesConfig("-1", "住建局", 150);
        assertThat(bad.problems()).extracting(LocalizedText::en).containsExactly(
                "housingReviewAbove: must not be negative (was -1)",
                "housingDepartment: must be a department code of lowercase letters, digits and dashes (was 住建局)",
                "villageSharePercent: must be a whole percentage from 1 to 100 (was 150)");
        assertThatThrownBy(() -> DoumenRulesPlugin.create(bad)).isInstanceOf(WeishiException.class)
                .hasMessageContaining("WS-PLUGIN-009").hasMessageContaining("3 problem(s)");
        assertThat(DoumenRulesPlugin.create(new DoumenRulesConfig(250000, null, 40))).hasSize(2);
    }
}
