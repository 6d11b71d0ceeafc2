package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weishi.core.Fixture.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * {@link Weishi#executeAsync} on a store that really commits later: requests queue and a commit
 * thread writes them a batch at a time, as the JDBC store's group commit does.
 */
class ExecuteAsyncTest {
    /** A memory store behind a commit queue: batches of whatever is queued, one "commit" each. */
    static final class QueuedStore extends org.weishi.spi.storage.ForwardingEventStore {
        private record Queued(AppendRequest request, CompletableFuture<AppendResult> future) {
        }

        private final LinkedBlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
        final AtomicInteger largestBatch = new AtomicInteger();
        private final Thread committer;

        QueuedStore() {
            super(Fixture.store());
            committer = new Thread(this::commitLoop, "queued-store");
            committer.setDaemon(true);
            committer.start();
        }

        @Override
        public CompletableFuture<AppendResult> appendAsync(AppendRequest request) {
            CompletableFuture<AppendResult> f = new CompletableFuture<>();
            queue.add(new Queued(request, f));
            return f;
        }

        private void commitLoop() {
            List<Queued> batch = new ArrayList<>();
            try {
                while (true) {
                    batch.add(queue.take());
                    Thread.sleep(1); // the commit's flush, while more requests queue
                    queue.drainTo(batch);
                    largestBatch.accumulateAndGet(batch.size(), Math::max);
                    for (Queued q : batch) {
                        try {
                            q.future.complete(append(q.request));
                        } catch (RuntimeException e) {
                            q.future.completeExceptionally(e);
                        }
                    }
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            committer.interrupt();
        }
    }

    private QueuedStore store;

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private Weishi engine() {
        store = new QueuedStore();
        CLOCK.reset();
        AtomicInteger n = new AtomicInteger();
        return Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, new MemoryPersonalDataVault())
                .personKeys(() -> "psn-" + n.incrementAndGet()).build();
    }

    @Test
    void many_commands_in_flight_from_one_thread_share_commits_and_each_gets_its_receipt() {
        Weishi w = engine();
        List<CompletableFuture<Receipt>> inFlight = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) inFlight.add(w.executeAsync(RESIDENT, demand(XIPU)));
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<Receipt> f : inFlight) ids.add(f.join().aggregateId());
        assertThat(ids).hasSize(1_000);
        assertThat(w.demands()).hasSize(1_000);
        assertThat(store.headPosition()).isEqualTo(1_000);
        assertThat(store.largestBatch.get()).as("requests in the largest commit").isGreaterThan(1);
    }

    @Test
    void a_receipt_means_the_views_already_show_the_command() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1")).aggregateId();
        Receipt r = w.executeAsync(COMMITTEE, act(p, ProjectAction.PROPOSE)).join();
        assertThat(r.version()).isEqualTo(2);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.PROPOSED);
    }

    @Test
    void chained_transitions_of_many_projects_in_flight_reach_the_end() {
        Weishi w = engine();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 40; i++) projects.add(w.execute(COMMITTEE, project(ProjectKind.MICRO, "1")).aggregateId());
        ProjectAction[] path = {ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW};
        List<CompletableFuture<Receipt>> chains = new ArrayList<>();
        for (String p : projects) {
            CompletableFuture<Receipt> chain = w.executeAsync(actorFor(path[0]), act(p, path[0]));
            for (int k = 1; k < path.length; k++) {
                ProjectAction a = path[k];
                chain = chain.thenComposeAsync(r -> w.executeAsync(actorFor(a), act(p, a)));
            }
            chains.add(chain);
        }
        chains.forEach(CompletableFuture::join);
        for (String p : projects) assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.DELIBERATION);
    }

    @Test
    void commands_in_flight_on_one_stream_are_decided_again_and_none_is_lost() {
        Weishi w = engine();
        String p = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "1")).aggregateId();
        w.execute(LEADER, new AssignLead(p, LEADER.id()));
        List<CompletableFuture<Receipt>> inFlight = new ArrayList<>();
        // All decided on version 2; each after the first finds the stream moved on and is retried.
        for (int i = 0; i < 6; i++) inFlight.add(w.executeAsync(LEADER, new ReportProgress(p, "2021Q1", "report " + i)));
        Set<Long> versions = new HashSet<>();
        for (CompletableFuture<Receipt> f : inFlight) versions.add(f.join().version());
        assertThat(versions).containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(store.readStream(new StreamId("project", p))).hasSize(8);
        assertThat(w.project(p).orElseThrow().version()).isEqualTo(8);
    }

    @Test
    void an_invalid_command_fails_its_future_and_changes_nothing() {
        Weishi w = engine();
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1")).aggregateId();
        CompletableFuture<Receipt> f = w.executeAsync(COMMITTEE, act(p, ProjectAction.CLOSE));
        assertThatThrownBy(f::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(CommandRejectedException.class);
        assertThat(store.headPosition()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_in_flight_twice_applies_once() throws Exception {
        Weishi w = engine();
        CompletableFuture<Receipt> a = w.executeAsync(RESIDENT, demand(XIPU), "key-1");
        CompletableFuture<Receipt> b = w.executeAsync(RESIDENT, demand(XIPU), "key-1");
        Receipt ra = a.get(10, TimeUnit.SECONDS);
        Receipt rb = b.get(10, TimeUnit.SECONDS);
        assertThat(List.of(ra.duplicate(), rb.duplicate())).containsExactlyInAnyOrder(false, true);
        assertThat(rb.aggregateId()).isEqualTo(ra.aggregateId());
        assertThat(w.demands()).hasSize(1);
    }

    @Test
    void the_default_appendAsync_of_a_store_completes_before_returning() {
        EventStore plain = Fixture.store();
        var f = plain.appendAsync(AppendRequest.of(new org.weishi.spi.storage.StreamAppend(new StreamId("demand", "D-1"),
                org.weishi.spi.storage.ExpectedVersion.exactly(3),
                List.of(new org.weishi.spi.storage.NewEvent("X", "{}", "{}")))));
        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).hasCauseInstanceOf(WrongExpectedVersionException.class);
    }
}
