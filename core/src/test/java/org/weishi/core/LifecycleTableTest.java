package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.StagePlan;
import org.weishi.core.lifecycle.StandardLifecycles;
import org.weishi.core.lifecycle.Transition;
import org.weishi.core.lifecycle.TransitionTable;
import org.weishi.spi.ProjectKind;

class LifecycleTableTest {
    static <S extends Enum<S>, A extends Enum<A>> Set<S> reachable(TransitionTable<S, A> t) {
        Set<S> seen = new java.util.HashSet<>();
        ArrayDeque<S> q = new ArrayDeque<>();
        q.add(t.initial());
        while (!q.isEmpty()) {
            S s = q.poll();
            if (!seen.add(s)) continue;
            for (Transition<S, A> r : t.rows()) if (r.from() == s) q.add(r.to());
        }
        return seen;
    }

    @Test
    void every_project_state_is_reachable_and_the_terminal_ones_are_as_designed() {
        assertThat(reachable(StandardLifecycles.PROJECT)).isEqualTo(EnumSet.allOf(ProjectState.class));
        assertThat(StandardLifecycles.PROJECT.terminalStates()).containsExactlyInAnyOrder(
                ProjectState.CLOSED, ProjectState.REJECTED, ProjectState.WITHDRAWN, ProjectState.TERMINATED);
    }

    @Test
    void every_demand_state_is_reachable_and_the_terminal_ones_are_as_designed() {
        assertThat(reachable(StandardLifecycles.DEMAND)).isEqualTo(EnumSet.allOf(DemandState.class));
        assertThat(StandardLifecycles.DEMAND.terminalStates()).containsExactlyInAnyOrder(DemandState.REJECTED,
                DemandState.MERGED, DemandState.DECLINED, DemandState.RESOLVED, DemandState.WITHDRAWN);
    }

    @Test
    void the_main_path_runs_from_draft_to_closed() {
        ProjectState s = ProjectState.DRAFT;
        StringBuilder path = new StringBuilder(s.name());
        while (StandardLifecycles.PROJECT.mainPathFrom(s).isPresent()) {
            s = StandardLifecycles.PROJECT.mainPathFrom(s).get().to();
            path.append(" > ").append(s);
        }
        assertThat(path.toString()).isEqualTo(
                "DRAFT > PROPOSED > PRE_REVIEW > DELIBERATION > NOTICE > APPROVED > IMPLEMENTING > ACCEPTANCE > COMPLETED > CLOSED");
    }

    @Test
    void system_rows_are_not_offered_to_people() {
        assertThat(StandardLifecycles.DEMAND.allowedActions(DemandState.ADOPTED)).isEmpty();
        assertThat(StandardLifecycles.DEMAND.find(DemandState.ADOPTED, DemandAction.RESOLVE)).isPresent();
        assertThat(StandardLifecycles.PROJECT.allowedActions(ProjectState.IMPLEMENTING))
                .containsExactly(ProjectAction.SUSPEND, ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.TERMINATE);
    }

    @Test
    void a_table_refuses_two_rows_for_one_state_and_action() {
        var b = TransitionTable.<ProjectState, ProjectAction>builder("bad", ProjectState.DRAFT)
                .main(ProjectState.DRAFT, ProjectAction.PROPOSE, ProjectState.PROPOSED, null, Role.TOWN_OFFICER)
                .side(java.util.List.of(ProjectState.DRAFT), ProjectAction.PROPOSE, ProjectState.REJECTED, null, Role.TOWN_OFFICER);
        assertThatThrownBy(b::build).hasMessageContaining("two rows for DRAFT --PROPOSE-->");
    }

    @Test
    void a_stage_plan_cannot_skip_approval_or_terminal_states() {
        StagePlan bad = StagePlan.of(Map.of(ProjectKind.MICRO, Set.of(ProjectState.APPROVED, ProjectState.CLOSED, ProjectState.NOTICE)));
        assertThat(bad.problemsWith(StandardLifecycles.PROJECT)).containsExactlyInAnyOrder(
                "stage plan for MICRO: APPROVED cannot be skipped", "stage plan for MICRO: CLOSED cannot be skipped");
        assertThatThrownBy(() -> org.weishi.core.district.DistrictConfig.builder(Fixture.SCOPES).stagePlan(bad).build())
                .hasMessageContaining("2 problem(s)");
    }

    @Test
    void a_district_may_also_skip_the_notice_for_self_selected_projects() {
        StagePlan plan = StagePlan.of(Map.of(ProjectKind.SELF_SELECTED, Set.of(ProjectState.DELIBERATION, ProjectState.NOTICE)));
        var first = StandardLifecycles.PROJECT.find(ProjectState.PRE_REVIEW, ProjectAction.PASS_REVIEW).orElseThrow();
        assertThat(plan.passThrough(StandardLifecycles.PROJECT, ProjectKind.SELF_SELECTED, first))
                .extracting(Transition::to).containsExactly(ProjectState.DELIBERATION, ProjectState.NOTICE, ProjectState.APPROVED);
        assertThat(plan.passThrough(StandardLifecycles.PROJECT, ProjectKind.MICRO, first)).hasSize(1);
    }
}
