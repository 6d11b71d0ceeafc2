package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weishi.core.Fixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.event.ProjectTransitioned;
import org.weishi.core.internal.Json;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.TimelineEntry;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.StreamId;

class ProjectLifecycleTest {
    @Test
    void a_micro_project_goes_from_draft_to_closed_with_a_public_timeline() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "180000.50")).aggregateId();
        drive(w, p, TO_CLOSED);
        var view = w.project(p).orElseThrow();
        assertThat(view.state()).isEqualTo(ProjectState.CLOSED);
        assertThat(view.version()).isEqualTo(11); // ten transitions and the notice
        assertThat(view.estimatedCost()).isEqualTo(Money.ofFen(18_000_050));
        assertThat(view.timeline()).extracting(TimelineEntry::to).containsExactly("DRAFT", "PROPOSED", "PRE_REVIEW",
                "DELIBERATION", "NOTICE", "APPROVED", "IMPLEMENTING", "ACCEPTANCE", "COMPLETED", "CLOSED");
        assertThat(view.timeline().get(4).role()).isEqualTo("COUNCIL_MEMBER");
    }

    @Test
    void a_self_selected_project_passes_through_deliberation_by_the_stage_plan() {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        String p = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "90000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
        var last = store.readStream(new StreamId("project", p)).get(3);
        ProjectTransitioned e = Json.read(last.payload(), ProjectTransitioned.class);
        assertThat(e.from()).isEqualTo(ProjectState.PRE_REVIEW);
        assertThat(e.to()).isEqualTo(ProjectState.NOTICE);
        assertThat(e.passedThrough()).containsExactly(ProjectState.DELIBERATION);
        // a MICRO project stops in DELIBERATION for the residents' vote
        String m = w.execute(COMMITTEE, project(ProjectKind.MICRO, "90000")).aggregateId();
        drive(w, m, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        assertThat(w.project(m).orElseThrow().state()).isEqualTo(ProjectState.DELIBERATION);
    }

    @Test
    void returned_for_revision_then_resubmitted() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.RETURN);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.RETURNED);
        drive(w, p, ProjectAction.REVISE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.DELIBERATION);
    }

    @Test
    void a_failed_vote_sends_the_project_back_to_proposed() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW, ProjectAction.FAIL_VOTE);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.PROPOSED);
    }

    @Test
    void suspended_and_resumed_then_terminated() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW,
                ProjectAction.PASS_VOTE, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.SUSPEND);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.SUSPENDED);
        drive(w, p, ProjectAction.RESUME, ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.REWORK, ProjectAction.TERMINATE);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.TERMINATED);
        assertThatThrownBy(() -> w.execute(TOWN, act(p, ProjectAction.RESUME)))
                .hasMessageContaining("TERMINATED").hasMessageContaining("allowed actions: (none)");
    }

    @Test
    void withdrawn_before_review() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.WITHDRAW);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.WITHDRAWN);
    }

    @Test
    void a_district_leader_leads_a_project_and_reports_each_quarter() {
        Weishi w = engine();
        String p = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "450000")).aggregateId();
        w.execute(LEADER, new AssignLead(p, LEADER.id()));
        w.execute(LEADER, new ReportProgress(p, "2021Q2", "完成设计"));
        w.execute(LEADER, new ReportProgress(p, "2021Q3", "主体完工"));
        var view = w.project(p).orElseThrow();
        assertThat(view.leaderId()).isEqualTo("u-leader");
        assertThat(view.progressReports()).containsOnlyKeys("2021Q2", "2021Q3");
        assertThat(w.dashboard().ledProjects()).isEqualTo(1);
        assertThatThrownBy(() -> w.execute(Actor.of("u-other-leader", Role.DISTRICT_LEADER, DISTRICT), new ReportProgress(p, "2021Q4", "x")))
                .hasMessageContaining("WS-AUTH-001");
        String unled = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "1")).aggregateId();
        assertThatThrownBy(() -> w.execute(TOWN, new ReportProgress(unled, "2021Q4", "x"))).hasMessageContaining("WS-CMD-010");
    }

    @Test
    void the_dashboard_counts_by_kind_state_and_channel() {
        Weishi w = engine();
        acceptedDemand(w);
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "100")).aggregateId();
        w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "200"));
        drive(w, p, ProjectAction.PROPOSE);
        var dash = w.dashboard();
        assertThat(dash.projectCount()).isEqualTo(2);
        assertThat(dash.projectCount(ProjectKind.MICRO, ProjectState.PROPOSED)).isEqualTo(1);
        assertThat(dash.projectCount(ProjectKind.SELF_SELECTED, ProjectState.DRAFT)).isEqualTo(1);
        assertThat(dash.estimatedByKindAndState().get(ProjectKind.SELF_SELECTED).get(ProjectState.DRAFT)).isEqualTo(Money.ofYuan(200));
        assertThat(dash.demandCount()).isEqualTo(1);
        assertThat(dash.demandsByChannelAndState().get(org.weishi.spi.Channel.MINI_PROGRAM)
                .get(org.weishi.core.lifecycle.DemandState.ACCEPTED)).isEqualTo(1);
        assertThat(w.projects()).extracting(v -> v.id()).isEqualTo(List.of("P-000001", "P-000002"));
    }
}
