package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamId;

class ConcurrencyTest {
    @Test
    void concurrent_submissions_get_distinct_ids_and_none_is_lost() throws Exception {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        int threads = 4;
        int each = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < each; i++) ids.add(w.execute(RESIDENT, demand(XIPU)).aggregateId());
                return ids;
            }));
        }
        Set<String> all = new HashSet<>();
        for (Future<List<String>> f : fs) all.addAll(f.get(60, TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(all).hasSize(threads * each);
        assertThat(w.demands()).hasSize(threads * each);
        assertThat(store.headPosition()).isEqualTo(threads * each);
    }

    @Test
    void racing_updates_on_one_project_are_all_kept_in_order() throws Exception {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        String p = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "1")).aggregateId();
        w.execute(LEADER, new AssignLead(p, LEADER.id()));
        int threads = 4;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger n = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    int k = n.incrementAndGet();
                    w.execute(LEADER, new ReportProgress(p, "2021Q" + (1 + k % 4), "report " + k));
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        List<RecordedEvent> stream = store.readStream(new StreamId("project", p));
        assertThat(stream).hasSize(2 + threads * each);
        assertThat(w.project(p).orElseThrow().version()).isEqualTo(2 + threads * each);
    }

    @Test
    void two_officers_racing_the_same_transition_one_wins_one_gets_a_clear_error() throws Exception {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1")).aggregateId();
        w.execute(COMMITTEE, act(p, ProjectAction.PROPOSE));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fs.add(pool.submit(() -> {
                try {
                    w.execute(COMMITTEE, act(p, ProjectAction.SUBMIT_FOR_REVIEW));
                    return "ok";
                } catch (CommandRejectedException e) {
                    return e.code();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : fs) outcomes.add(f.get(30, TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "WS-LIFE-001");
        assertThat(w.project(p).orElseThrow().version()).isEqualTo(3);
    }
}
