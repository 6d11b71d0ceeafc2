package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.StandardLifecycles;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.ProjectView;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.RecordedEvent;

/**
 * Random walks over the lifecycles with random actors, seeded and replayable: run with
 * {@code -Dweishi.seed=N} to replay a failing case. Invariants after every command: an accepted
 * command moved the aggregate exactly as its table row says and a refused one left the log
 * untouched; at the end the views equal a fresh replay of the log.
 */
class RandomizedLifecycleTest {
    private static final Actor[] ACTORS = {RESIDENT, SOCIAL_WORKER, COMMITTEE, COUNCIL, REVIEWER, TOWN, BAIJIAO_OFFICER,
            IMPLEMENTER, ADMIN, LEADER, AUDITOR};

    @RepeatedTest(5)
    void random_walks_keep_views_equal_to_the_fold_of_the_log(RepetitionInfo info) {
        long seed = Long.getLong("weishi.seed", 20210000L + info.getCurrentRepetition());
        Random random = new Random(seed);
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi w = engine(store, vault);
        List<String> projects = new ArrayList<>();
        List<String> demands = new ArrayList<>();
        int accepted = 0;
        for (int step = 0; step < 1500; step++) {
            String where = "seed=" + seed + " step=" + step;
            int kind = random.nextInt(10);
            if (random.nextInt(15) == 0) CLOCK.advance(java.time.Duration.ofDays(1)); // notice periods run out
            long head = store.headPosition();
            try {
                if (kind == 0 || projects.isEmpty()) {
                    projects.add(w.execute(random.nextBoolean() ? COMMITTEE : TOWN,
                            project(random.nextBoolean() ? ProjectKind.MICRO : ProjectKind.SELF_SELECTED, "1000")).aggregateId());
                } else if (kind == 1 || demands.isEmpty()) {
                    demands.add(w.execute(RESIDENT, demand(XIPU)).aggregateId());
                } else if (kind == 2) {
                    DemandView d = w.demand(demands.get(random.nextInt(demands.size()))).orElseThrow();
                    DemandAction a = DemandAction.values()[random.nextInt(DemandAction.values().length)];
                    w.execute(ACTORS[random.nextInt(ACTORS.length)], new ActOnDemand(d.id(), a, "r", null));
                    DemandState expected = StandardLifecycles.DEMAND.find(d.state(), a).orElseThrow().to();
                    assertThat(w.demand(d.id()).orElseThrow().state()).as(where).isEqualTo(expected);
                } else if (kind == 3) {
                    String p = projects.get(random.nextInt(projects.size()));
                    String d = demands.get(random.nextInt(demands.size()));
                    w.execute(ACTORS[random.nextInt(ACTORS.length)], new LinkDemands(p, List.of(d)));
                    assertThat(w.demand(d).orElseThrow().projectId()).as(where).isEqualTo(p);
                } else {
                    ProjectView p = w.project(projects.get(random.nextInt(projects.size()))).orElseThrow();
                    List<ProjectAction> allowed = StandardLifecycles.PROJECT.allowedActions(p.state());
                    ProjectAction a = allowed.isEmpty() || random.nextInt(4) == 0
                            ? ProjectAction.values()[random.nextInt(ProjectAction.values().length)]
                            : allowed.get(random.nextInt(allowed.size()));
                    Actor actor = random.nextInt(3) == 0 ? ACTORS[random.nextInt(ACTORS.length)] : actorFor(a);
                    w.execute(actor, new ActOnProject(p.id(), a, "r", null));
                    ProjectState to = StandardLifecycles.PROJECT.find(p.state(), a).orElseThrow().to();
                    if (p.kind() == ProjectKind.SELF_SELECTED && to == ProjectState.DELIBERATION) to = ProjectState.NOTICE;
                    assertThat(w.project(p.id()).orElseThrow().state()).as(where).isEqualTo(to);
                }
                accepted++;
            } catch (CommandRejectedException refused) {
                assertThat(store.headPosition()).as(where + " refused " + refused.code() + " must not append").isEqualTo(head);
            }
        }
        assertThat(accepted).as("seed=%d: the walk should mostly make progress", seed).isGreaterThan(300);
        // Linked demands follow their projects: a demand of a completed or closed project is resolved.
        for (ProjectView p : w.projects()) {
            if (p.state() == ProjectState.COMPLETED || p.state() == ProjectState.CLOSED) {
                for (String d : p.demandIds()) {
                    assertThat(w.demand(d).orElseThrow().state()).as("seed=%d demand %s of %s", seed, d, p.id())
                            .isIn(DemandState.RESOLVED, DemandState.WITHDRAWN, DemandState.MERGED, DemandState.DECLINED);
                }
            }
        }
        Weishi replayed = engine(store, vault);
        assertThat(replayed.projects()).as("seed=%d replay", seed).isEqualTo(w.projects());
        assertThat(replayed.demands()).as("seed=%d replay", seed).isEqualTo(w.demands());
        List<RecordedEvent> all = store.readAll(0, 1_000_000);
        assertThat(all).as("seed=%d", seed).hasSize((int) store.headPosition());
    }
}
