package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weishi.core.Fixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.MergeDemand;
import org.weishi.core.command.RateDemand;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.RecordedEvent;

class DemandLifecycleTest {
    @Test
    void submitter_personal_data_goes_to_the_vault_never_into_an_event() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi w = engine(store, vault);
        Receipt r = w.execute(RESIDENT, demand(XIPU));
        assertThat(r.aggregateId()).isEqualTo("D-000001");
        assertThat(r.eventTypes()).containsExactly("DemandSubmitted");
        var view = w.demand(r.aggregateId()).orElseThrow();
        assertThat(view.state()).isEqualTo(DemandState.SUBMITTED);
        assertThat(view.personKey()).isEqualTo("psn-1");
        assertThat(vault.get("psn-1")).hasValueSatisfying(m -> assertThat(m)
                .containsEntry("name", "张小三").containsEntry("phone", "13812341234")
                .containsEntry("idNumber", "11010519491231002X").containsEntry("address", "新青路12号3栋501房"));
        for (RecordedEvent e : store.readAll(0, 100)) {
            assertThat(e.payload() + e.metadata()).doesNotContain("张小三", "13812341234", "11010519491231002X", "新青路12号");
        }
    }

    @Test
    void accept_then_decline_with_reason() {
        Weishi w = engine();
        String id = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        w.execute(SOCIAL_WORKER, new ActOnDemand(id, DemandAction.ACCEPT, null, null));
        Receipt r = w.execute(COMMITTEE, new ActOnDemand(id, DemandAction.DECLINE, "本年度资金已用完", null));
        assertThat(r.version()).isEqualTo(3);
        assertThat(w.demand(id).orElseThrow().state()).isEqualTo(DemandState.DECLINED);
    }

    @Test
    void only_the_submitter_may_withdraw_as_a_resident() {
        Weishi w = engine();
        String id = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        assertThatThrownBy(() -> w.execute(OTHER_RESIDENT, act(id, DemandAction.WITHDRAW)))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("WS-AUTH-001");
        w.execute(RESIDENT, act(id, DemandAction.WITHDRAW));
        assertThat(w.demand(id).orElseThrow().state()).isEqualTo(DemandState.WITHDRAWN);
    }

    @Test
    void a_duplicate_is_merged_into_another_demand() {
        Weishi w = engine();
        String a = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        String b = w.execute(OTHER_RESIDENT, demand(XIPU)).aggregateId();
        w.execute(SOCIAL_WORKER, new MergeDemand(b, a, "同一需求"));
        var merged = w.demand(b).orElseThrow();
        assertThat(merged.state()).isEqualTo(DemandState.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(a);
        assertThatThrownBy(() -> w.execute(SOCIAL_WORKER, new MergeDemand(a, a, null)))
                .hasMessageContaining("WS-CMD-007");
    }

    @Test
    void linked_demands_follow_their_project_to_resolution_and_can_then_be_rated() {
        Weishi w = engine();
        String d1 = acceptedDemand(w);
        String d2 = acceptedDemand(w);
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "50000")).aggregateId();
        Receipt link = w.execute(COMMITTEE, new LinkDemands(p, List.of(d1, d2)));
        assertThat(link.eventTypes()).containsExactly("DemandsLinked", "DemandTransitioned", "DemandTransitioned");
        assertThat(w.demand(d1).orElseThrow().state()).isEqualTo(DemandState.ADOPTED);
        assertThat(w.demand(d1).orElseThrow().projectId()).isEqualTo(p);
        assertThat(w.project(p).orElseThrow().demandIds()).containsExactly(d1, d2);
        assertThatThrownBy(() -> w.execute(RESIDENT, new RateDemand(d1, 5, null))).hasMessageContaining("RESOLVED");

        drive(w, p, TO_CLOSED);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.CLOSED);
        assertThat(w.demand(d1).orElseThrow().state()).isEqualTo(DemandState.RESOLVED);
        assertThat(w.demand(d2).orElseThrow().state()).isEqualTo(DemandState.RESOLVED);

        w.execute(RESIDENT, new RateDemand(d1, 5, "很满意"));
        assertThat(w.demand(d1).orElseThrow().satisfaction()).isEqualTo(5);
        assertThatThrownBy(() -> w.execute(RESIDENT, new RateDemand(d1, 4, null))).hasMessageContaining("WS-CMD-009");
        assertThat(w.dashboard().averageSatisfaction()).isEqualTo(5.0);
    }

    @Test
    void demands_return_to_the_pool_when_their_project_is_rejected() {
        Weishi w = engine();
        String d = acceptedDemand(w);
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "50000")).aggregateId();
        w.execute(COMMITTEE, new LinkDemands(p, List.of(d)));
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW);
        w.execute(REVIEWER, act(p, ProjectAction.REJECT));
        var view = w.demand(d).orElseThrow();
        assertThat(view.state()).isEqualTo(DemandState.ACCEPTED);
        assertThat(view.projectId()).isNull();
    }
}
