package org.weishi.plugins.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectType;
import org.weishi.spi.WeishiException;

class StandardRulesConfigTest {
    @Test
    void defaults_enable_every_rule_with_the_zhuhai_caps() {
        StandardRulesConfig c = StandardRulesConfig.defaults();
        assertThat(c.validate()).isEmpty();
        assertThat(c.enabledRules()).containsExactlyElementsOf(StandardRulesConfig.ruleIds());
        assertThat(c.capFor(ProjectType.SERVICE)).isEqualTo(Money.ofYuan(200_000));
        assertThat(c.capFor(ProjectType.GOODS)).isEqualTo(Money.ofYuan(200_000));
        assertThat(c.capFor(ProjectType.ENGINEERING)).isEqualTo(Money.ofYuan(500_000));
    }

    @Test
    void a_district_overrides_one_cap_and_disables_a_rule() {
        StandardRulesConfig c = new StandardRulesConfig(Map.of("cost-cap", Map.of("caps", Map.of("ENGINEERING", "300000.50"))),
                List.of("category-by-kind"));
        assertThat(c.capFor(ProjectType.ENGINEERING)).isEqualTo(Money.parse("300000.50"));
        assertThat(c.capFor(ProjectType.SERVICE)).isEqualTo(Money.ofYuan(200_000));
        assertThat(c.enabledRules()).doesNotContain("category-by-kind").hasSize(6);
    }

    @Test
    void every_problem_is_listed_at_once_naming_the_rule_and_the_path() {
        StandardRulesConfig c = new StandardRulesConfig(Map.of(
                "cost-caps", Map.of(),
                "cost-cap", Map.of("caps", Map.of("ENGINEERING", -5, "SERVICE", "12.345", "BOATS", 1)),
                "legal-gate", Map.of("reviewAbove", "lots", "deparment", "justice"),
                "project-gate", Map.of("minDemandsForMicro", -1)), List.of("no-such-rule"));
        List<LocalizedText> problems = c.validate();
        assertThat(problems).extracting(LocalizedText::en).containsExactlyInAnyOrder(
                "rules.cost-caps: unknown rule 'cost-caps'; the rules of this pack are " + StandardRulesConfig.ruleIds(),
                "rules.cost-cap.caps.ENGINEERING: must not be negative (was -5)",
                "rules.cost-cap.caps.SERVICE: must have at most two decimals, one fen (was 12.345)",
                "rules.cost-cap.caps.BOATS: unknown value 'BOATS'; known values: [SERVICE, GOODS, ENGINEERING]",
                "rules.legal-gate.deparment: rule legal-gate has no setting 'deparment'; known settings: [department, reviewAbove, alwaysForTypes]",
                "rules.legal-gate.reviewAbove: is not an amount of yuan (was \"lots\")",
                "rules.project-gate.minDemandsForMicro: must be a whole number of at least 0 (was -1)",
                "disabled[0]: unknown rule 'no-such-rule'; the rules of this pack are " + StandardRulesConfig.ruleIds());
        assertThat(problems).allSatisfy(p -> assertThat(p.zh()).isNotBlank());
        assertThatThrownBy(() -> StandardRulesPlugin.create(c))
                .isInstanceOf(WeishiException.class)
                .hasMessageContaining("WS-PLUGIN-009")
                .hasMessageContaining("has 8 problem(s)")
                .hasMessageContaining("标准规则包");
    }

    @Test
    void a_block_that_is_not_an_object_is_reported() {
        StandardRulesConfig c = new StandardRulesConfig(Map.of("cost-cap", 500000), null);
        assertThat(c.validate()).extracting(LocalizedText::en).containsExactly("rules.cost-cap: must be a JSON object (was 500000)");
    }
}
