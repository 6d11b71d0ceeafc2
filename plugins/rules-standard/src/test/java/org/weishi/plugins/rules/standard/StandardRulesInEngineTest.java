package org.weishi.plugins.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weishi.core.Actor;
import org.weishi.core.CommandRejectedException;
import org.weishi.core.PluginException;
import org.weishi.core.Problem;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.ReviewDecision;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/** The pack inside a real engine: JSON binding at start-up, the core's facts, pre-review departments. */
class StandardRulesInEngineTest {
    static final DistrictConfig DISTRICT = DistrictConfig.builder(ScopeTree.of(List.of(
            new Scope("doumen", ScopeLevel.DISTRICT, "斗门区", null),
            new Scope("doumen/jingan", ScopeLevel.TOWN, "井岸镇", "doumen"),
            new Scope("doumen/jingan/xipu", ScopeLevel.COMMUNITY, "西埔社区", "doumen/jingan")))).build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-15T02:00:00Z"), ZoneOffset.UTC);
    static final Actor ADMIN = Actor.of("u-admin", Role.DISTRICT_ADMIN, "doumen");
    static final Actor REVIEWER = Actor.of("u-reviewer", Role.DEPARTMENT_REVIEWER, "doumen");

    private Weishi engine(Map<String, Object> config) {
        return Weishi.builder().district(DISTRICT).clock(CLOCK).install(new MemoryStoragePlugin(), new StandardRulesPlugin())
                .pluginConfig("rules-standard", config).build();
    }

    @Test
    void start_up_fails_listing_every_problem_of_the_configuration() {
        PluginException e = catchThrowableOfType(PluginException.class, () -> engine(Map.of("rules", Map.of(
                "cost-cap", Map.of("caps", Map.of("ENGINEERING", -1)), "speed-limit", Map.of()))));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("WS-PLUGIN-009", "2 problem(s)",
                "rules.cost-cap.caps.ENGINEERING: must not be negative (was -1)", "rules.speed-limit: unknown rule 'speed-limit'");
    }

    @Test
    void a_self_selected_engineering_project_goes_through_departments_and_is_capped_at_approval() {
        Weishi w = engine(Map.of("rules", Map.of("cost-cap", Map.of("caps", Map.of("ENGINEERING", 300000))),
                "disabled", List.of("project-gate")));
        w.execute(ADMIN, new OpenEnvelope("doumen-2021", "doumen", 2021, "斗门区2021"));
        w.execute(ADMIN, new FundEnvelope("doumen-2021", FundingSource.DISTRICT_FINANCE, new BigDecimal("1000000"), null));
        String p = w.execute(ADMIN, new DraftProject(ProjectKind.SELF_SELECTED, ProjectType.ENGINEERING, "翠湖路升级", "road-works",
                "doumen/jingan", new BigDecimal("320000"), "区住建局", 2021, null)).aggregateId();
        w.execute(ADMIN, new SetFundingPlan(p, List.of(FundingLine.of("doumen-2021", "320000"))));
        w.execute(ADMIN, new ActOnProject(p, ProjectAction.PROPOSE, null, null));
        w.execute(ADMIN, new ActOnProject(p, ProjectAction.SUBMIT_FOR_REVIEW, null, null));
        assertThat(w.preReview(p).orElseThrow().pending()).containsExactly("audit", "finance", "housing-construction", "justice");
        // the cap is checked at the pre-review gate too: the last pass is refused with the rule's reason
        for (String d : List.of("audit", "finance", "housing-construction")) {
            w.execute(REVIEWER, new ReviewProject(p, d, ReviewDecision.PASS, null));
        }
        CommandRejectedException e = catchThrowableOfType(CommandRejectedException.class,
                () -> w.execute(REVIEWER, new ReviewProject(p, "justice", ReviewDecision.PASS, null)));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("rule:cost-cap");
        assertThat(e.getMessage()).contains("Engineering project budget CNY 320,000.00 exceeds the cap of CNY 300,000.00",
                "工程类项目预算 320,000.00 元超过上限 300,000.00 元");
        w.execute(REVIEWER, new ReviewProject(p, "justice", ReviewDecision.RETURN, "请压缩预算至 30 万元以内"));
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.RETURNED);
    }
}
