package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.RecordedEvent;

class ReplayTest {
    @Test
    void a_new_engine_on_the_same_log_rebuilds_identical_views_and_continues_ids() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi first = engine(store, vault);
        String d = acceptedDemand(first);
        String p = first.execute(COMMITTEE, project(ProjectKind.MICRO, "5000")).aggregateId();
        first.execute(COMMITTEE, new LinkDemands(p, List.of(d)));
        drive(first, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        first.close();

        Weishi second = engine(store, vault);
        assertThat(second.projects()).isEqualTo(first.projects());
        assertThat(second.demands()).isEqualTo(first.demands());
        assertThat(second.dashboard()).isEqualTo(first.dashboard());
        assertThat(second.execute(COMMITTEE, project(ProjectKind.MICRO, "1")).aggregateId()).isEqualTo("P-000002");
    }

    @Test
    void every_event_is_chained_to_the_previous_one() {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "5000")).aggregateId();
        drive(w, p, TO_CLOSED);
        String prev = AuditChain.GENESIS;
        List<RecordedEvent> all = store.readAll(0, 1000);
        assertThat(all).hasSize(11);
        for (RecordedEvent e : all) {
            assertThat(e.previousHash()).isEqualTo(prev);
            assertThat(AuditChain.recompute(e)).isEqualTo(e.hash());
            prev = e.hash();
        }
        // metadata records who, in which role, when and by which command
        assertThat(all.get(4).metadata()).contains("\"actorId\":\"u-council\"").contains("\"role\":\"COUNCIL_MEMBER\"")
                .contains("\"at\":\"2021-03-15T02:00:00Z\"").contains("\"command\":\"ActOnProject\"");
    }

    @Test
    void two_engines_on_one_log_see_each_others_commands_after_refresh_and_never_decide_on_stale_state() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi a = engine(store, vault);
        Weishi b = engine(store, vault);
        String p = a.execute(COMMITTEE, project(ProjectKind.MICRO, "5000")).aggregateId();
        assertThat(b.project(p)).as("b has not read a's command yet").isEmpty();
        b.refresh();
        assertThat(b.project(p)).isPresent();
        a.execute(COMMITTEE, act(p, org.weishi.core.lifecycle.ProjectAction.PROPOSE));
        // b still sees DRAFT, but its append fails on the version and it re-decides on fresh state
        CommandRejectedException ex = org.assertj.core.api.Assertions.catchThrowableOfType(CommandRejectedException.class,
                () -> b.execute(COMMITTEE, act(p, org.weishi.core.lifecycle.ProjectAction.PROPOSE)));
        assertThat(ex.code()).isEqualTo("WS-LIFE-001");
        assertThat(b.project(p).orElseThrow().state()).isEqualTo(org.weishi.core.lifecycle.ProjectState.PROPOSED);
        b.execute(COMMITTEE, act(p, org.weishi.core.lifecycle.ProjectAction.SUBMIT_FOR_REVIEW));
        a.refresh();
        assertThat(a.project(p).orElseThrow().state()).isEqualTo(org.weishi.core.lifecycle.ProjectState.PRE_REVIEW);
    }
}
