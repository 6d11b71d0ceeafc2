package org.weishi.plugins.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.Outcome;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

class StandardRulesTest {
    private static final List<ApprovalRule> RULES = StandardRulesPlugin.create(StandardRulesConfig.defaults());

    static ApprovalRule rule(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    static ProjectFacts facts(ProjectKind kind, ProjectType type, String category, String yuan, int demands, String state,
                              Map<String, String> attributes) {
        return new ProjectFacts("P-000001", "霞山公园升级", kind, type, category, List.of("doumen", "doumen/jingan", "doumen/jingan/xipu"),
                Money.parse(yuan), 2021, state, "approve", demands, attributes);
    }

    static ProjectFacts facts(ProjectType type, String yuan) {
        return facts(ProjectKind.MICRO, type, "culture-sports", yuan, 1, "NOTICE", Map.of());
    }

    @Test
    void the_engineering_cap_names_the_limit_and_the_actual_value_in_both_languages() {
        Verdict v = rule("cost-cap").evaluate(Gate.APPROVAL, facts(ProjectType.ENGINEERING, "620000"));
        assertThat(v.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(v.reason().zh()).isEqualTo("工程类项目预算 620,000.00 元超过上限 500,000.00 元");
        assertThat(v.reason().en()).isEqualTo("Engineering project budget CNY 620,000.00 exceeds the cap of CNY 500,000.00");
    }

    @Test
    void caps_default_to_200k_for_service_and_goods_and_the_cap_itself_is_allowed() {
        assertThat(rule("cost-cap").evaluate(Gate.APPROVAL, facts(ProjectType.SERVICE, "200000")).passed()).isTrue();
        assertThat(rule("cost-cap").evaluate(Gate.APPROVAL, facts(ProjectType.GOODS, "200000.01")).reason().en())
                .isEqualTo("Goods project budget CNY 200,000.01 exceeds the cap of CNY 200,000.00");
        assertThat(rule("cost-cap").evaluate(Gate.APPROVAL, facts(ProjectType.ENGINEERING, "500000")).passed()).isTrue();
    }

    @Test
    void micro_projects_cannot_use_statutory_categories() {
        Verdict v = rule("category-by-kind").evaluate(Gate.INTAKE,
                facts(ProjectKind.MICRO, ProjectType.SERVICE, "social-insurance", "1000", 1, "DRAFT", Map.of()));
        assertThat(v.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(v.reason().en()).contains("category 'social-insurance'");
        assertThat(rule("category-by-kind").evaluate(Gate.INTAKE,
                facts(ProjectKind.SELF_SELECTED, ProjectType.SERVICE, "social-insurance", "1000", 0, "DRAFT", Map.of())).passed()).isTrue();
    }

    @Test
    void departments_come_from_category_cost_and_the_legal_gate() {
        ProjectFacts road = facts(ProjectKind.MICRO, ProjectType.ENGINEERING, "road-works", "350000", 1, "PROPOSED", Map.of());
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (ApprovalRule r : RULES) all.addAll(r.requiredDepartments(road));
        assertThat(all).containsExactly("audit", "finance", "housing-construction", "justice");
        ProjectFacts care = facts(ProjectKind.MICRO, ProjectType.SERVICE, "elderly-care", "50000", 1, "PROPOSED", Map.of());
        all.clear();
        for (ApprovalRule r : RULES) all.addAll(r.requiredDepartments(care));
        assertThat(all).containsExactly("civil-affairs", "finance");
    }

    @Test
    void envelope_availability_is_reported_with_the_amounts_and_a_plan_is_required() {
        Verdict v = rule("envelope-available").evaluate(Gate.APPROVAL, facts(ProjectKind.MICRO, ProjectType.SERVICE, "elderly-care",
                "150000", 1, "NOTICE", Map.of("funding.plan.present", "true", "funding.plan.total.fen", "15000000",
                        "envelope.available.fen", "8000000", "funding.shortfall.fen", "7000000")));
        assertThat(v.reason().en()).isEqualTo("the funding plan needs CNY 150,000.00 but its envelopes have CNY 80,000.00 available in total (CNY 70,000.00 short)");
        assertThat(v.reason().zh()).contains("80,000.00 元", "还差 70,000.00 元");
        Verdict none = rule("envelope-available").evaluate(Gate.APPROVAL, facts(ProjectType.SERVICE, "1000"));
        assertThat(none.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(none.reason().en()).contains("fact 'funding.plan.present' is missing");
        Verdict noPlan = rule("envelope-available").evaluate(Gate.APPROVAL, facts(ProjectKind.MICRO, ProjectType.SERVICE, "elderly-care",
                "1000", 1, "NOTICE", Map.of("funding.plan.present", "false")));
        assertThat(noPlan.reason().en()).contains("has no funding plan");
    }

    @Test
    void the_three_gates() {
        Verdict project = rule("project-gate").evaluate(Gate.APPROVAL,
                facts(ProjectKind.MICRO, ProjectType.SERVICE, "elderly-care", "0", 0, "NOTICE", Map.of()));
        assertThat(project.outcome()).isEqualTo(Outcome.NEEDS_REVISION);
        assertThat(project.reason().en()).contains("budget must be above zero", "at least 1 linked, has 0");
        Verdict procedure = rule("procedure-gate").evaluate(Gate.APPROVAL, facts(ProjectKind.MICRO, ProjectType.SERVICE, "elderly-care",
                "1000", 1, "DELIBERATION", Map.of("prereview.required", "civil-affairs,finance", "prereview.passed", "finance")));
        assertThat(procedure.reason().en()).contains("must follow the public notice", "not yet passed: [civil-affairs]");
        Verdict legal = rule("legal-gate").evaluate(Gate.APPROVAL, facts(ProjectKind.MICRO, ProjectType.ENGINEERING, "road-works",
                "100000", 1, "NOTICE", Map.of("prereview.passed", "finance")));
        assertThat(legal.reason().en()).contains("needs the legal review of department 'justice'");
        assertThat(rule("legal-gate").evaluate(Gate.APPROVAL, facts(ProjectKind.MICRO, ProjectType.ENGINEERING, "road-works",
                "100000", 1, "NOTICE", Map.of("prereview.passed", "finance,justice"))).passed()).isTrue();
    }
}
