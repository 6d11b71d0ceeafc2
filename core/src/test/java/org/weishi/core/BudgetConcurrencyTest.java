package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Budgets.*;
import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.AllocateFunds;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.command.TransferFunds;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.EnvelopeView;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * Many threads racing commands that take money from ONE envelope, through the facade (validation,
 * authorization, decision, atomic append with expected versions, fold). No timing assertions: the
 * checks are that nothing is overspent, the identity holds at the end and in samples taken during
 * the race, and the successful commands account exactly for every balance.
 */
class BudgetConcurrencyTest {
    private static final int THREADS = 4;

    @Test
    void a_hundred_thousand_racing_approvals_allocations_and_transfers_never_overspend_one_envelope() throws Exception {
        long seed = Long.getLong("weishi.seed", 7L);
        int total = Integer.getInteger("weishi.race.commands", 100_000);
        Weishi w = engine();
        // Jing'an's envelope is the contended one: every command moves money out of it or into it.
        w.execute(ADMIN, open(JINGAN_ENV, JINGAN));
        w.execute(TOWN, open(XIPU_ENV, XIPU));
        w.execute(TOWN, new OpenEnvelope("xinqing-2021", XINQING, 2021, "新青"));
        w.execute(ADMIN, fund(JINGAN_ENV, FundingSource.TOWN_FINANCE, "1000000"));
        List<String> children = List.of(XIPU_ENV, "xinqing-2021");
        // Projects at NOTICE whose plans draw on the contended envelope: their approvals race the
        // allocations and transfers (prepared in parallel; not counted in the race).
        int projects = Integer.getInteger("weishi.race.approvals", 2_000);
        String[] ids = new String[projects];
        long[] costs = new long[projects];
        ExecutorService prep = Executors.newFixedThreadPool(THREADS);
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<?>> ready = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ready.add(prep.submit(() -> {
                for (int i; (i = made.getAndIncrement()) < projects; ) {
                    long fen = 5_000 + (i * 7919L % 20_000); // CNY 50 to 250: approvals take about a third of the pool
                    BigDecimal yuan = BigDecimal.valueOf(fen, 2);
                    String id = w.execute(TOWN, new DraftProject(ProjectKind.SELF_SELECTED, ProjectType.SERVICE, "项目" + i,
                            "elderly-care", XIPU, yuan, "西埔社区", 2021, null)).aggregateId();
                    w.execute(TOWN, new SetFundingPlan(id, List.of(new FundingLine(JINGAN_ENV, yuan))));
                    drive(w, id, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
            CLOCK.advance(java.time.Duration.ofDays(10)); // the notice period runs out before approval
                    CLOCK.advance(java.time.Duration.ofDays(10)); // the notice period runs out before approval
                    costs[i] = fen;
                    ids[i] = id;
                }
                return null;
            }));
        }
        for (Future<?> f : ready) f.get(5, TimeUnit.MINUTES);
        prep.shutdown();
        java.util.concurrent.atomic.AtomicInteger nextProject = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong approvedOk = new AtomicLong();
        AtomicLong approvals = new AtomicLong();

        AtomicLong allocatedOk = new AtomicLong();
        AtomicLong returnedOk = new AtomicLong();
        AtomicLong refusedForMoney = new AtomicLong();
        AtomicLong refusedOther = new AtomicLong();
        Map<String, Long> perChildNet = new ConcurrentHashMap<>();
        AtomicBoolean racing = new AtomicBoolean(true);
        List<String> sampleFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (racing.get()) {
                for (EnvelopeView e : w.envelopes()) {
                    if (!e.balanced() || e.available().isNegative()) sampleFailures.add(e.toString());
                }
                samples.incrementAndGet();
                java.util.concurrent.locks.LockSupport.parkNanos(200_000); // leave the 2 cores to the racers
            }
        }, "sampler");
        sampler.start();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random rnd = new Random(seed * 31 + t);
            int share = total / THREADS;
            fs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < share; i++) {
                    String child = children.get(rnd.nextInt(children.size()));
                    // Amounts are large enough that the pool runs dry often: refusals are part of the test.
                    long fen = 1 + rnd.nextInt(5_000_000);
                    BigDecimal yuan = BigDecimal.valueOf(fen, 2);
                    try {
                        int roll = rnd.nextInt(100);
                        int p = roll < 4 ? nextProject.getAndIncrement() : projects;
                        if (p < projects) {
                            approvals.incrementAndGet();
                            w.execute(TOWN, act(ids[p], ProjectAction.APPROVE));
                            approvedOk.addAndGet(costs[p]);
                        } else if (roll < 62) {
                            w.execute(TOWN, new AllocateFunds(JINGAN_ENV, child, yuan, null));
                            allocatedOk.addAndGet(fen);
                            perChildNet.merge(child, fen, Long::sum);
                        } else {
                            w.execute(TOWN, new TransferFunds(child, JINGAN_ENV, yuan, "回收"));
                            returnedOk.addAndGet(fen);
                            perChildNet.merge(child, -fen, Long::sum);
                        }
                    } catch (CommandRejectedException e) {
                        if (e.code().equals("WS-BUDGET-001")) refusedForMoney.incrementAndGet();
                        else refusedOther.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : fs) f.get(5, TimeUnit.MINUTES);
        racing.set(false);
        sampler.join();
        pool.shutdown();

        String at = "seed=" + seed;
        long attempted = (long) (total / THREADS) * THREADS;
        assertThat(allocatedOk.get() + returnedOk.get()).as(at).isPositive();
        assertThat(refusedForMoney.get()).as("the pool ran dry at times " + at).isPositive();
        System.out.printf("budget race: %d commands (%d approvals), %d refused for lack of money, %d refused otherwise (stale), %d samples%n",
                attempted, approvals.get(), refusedForMoney.get(), refusedOther.get(), samples.get());
        assertThat(sampleFailures).as("invariant broken during the race " + at).isEmpty();
        assertThat(samples.get()).as(at).isPositive();

        EnvelopeView j = w.envelope(JINGAN_ENV).orElseThrow();
        assertThat(j.balanced()).as(at).isTrue();
        assertThat(j.available().fen()).as(at).isNotNegative();
        assertThat(j.allocatedOut().fen()).as("every successful allocation, no more " + at).isEqualTo(allocatedOk.get());
        assertThat(j.allocatedIn().fen()).as("every successful return, no more " + at).isEqualTo(returnedOk.get());
        assertThat(j.committed().fen()).as("exactly the approved projects are committed " + at).isEqualTo(approvedOk.get());
        assertThat(j.available().fen()).as(at).isEqualTo(100_000_000L - allocatedOk.get() + returnedOk.get() - approvedOk.get());
        long approvedSum = 0;
        for (int i = 0; i < projects; i++) {
            if (w.project(ids[i]).orElseThrow().state() == ProjectState.APPROVED) approvedSum += costs[i];
        }
        assertThat(approvedSum).as("the APPROVED projects are exactly the committed money " + at).isEqualTo(j.committed().fen()).isPositive();
        long sum = j.available().fen() + j.committed().fen();
        for (String c : children) {
            EnvelopeView v = w.envelope(c).orElseThrow();
            assertThat(v.balanced()).as(at).isTrue();
            assertThat(v.available().fen()).as(c + " " + at).isEqualTo(perChildNet.getOrDefault(c, 0L)).isNotNegative();
            sum += v.available().fen();
        }
        assertThat(sum).as("money is conserved " + at).isEqualTo(100_000_000L);
    }

    @Test
    void racing_approvals_commit_no_more_than_the_envelope_holds() throws Exception {
        long seed = Long.getLong("weishi.seed", 11L);
        int projects = Integer.getInteger("weishi.race.projects", 400);
        Weishi w = engine();
        w.execute(TOWN, open(XIPU_ENV, XIPU));
        w.execute(TOWN, fund(XIPU_ENV, FundingSource.SOCIAL_DONATION, "200000"));
        Random rnd = new Random(seed);
        long[] costs = new long[projects];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            costs[i] = 100_000 + rnd.nextInt(100_000_000); // CNY 1,000 to 1,001,000 in fen
            String id = w.execute(TOWN, new DraftProject(ProjectKind.SELF_SELECTED, ProjectType.SERVICE, "项目" + i,
                    "elderly-care", XIPU, BigDecimal.valueOf(costs[i], 2), "西埔社区", 2021, null)).aggregateId();
            w.execute(TOWN, new SetFundingPlan(id, List.of(new FundingLine(XIPU_ENV, BigDecimal.valueOf(costs[i], 2)))));
            drive(w, id, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
            CLOCK.advance(java.time.Duration.ofDays(10)); // the notice period runs out before approval
            ids.add(id);
        }
        // Every thread tries every project, in its own order: approvals race on the envelope and on the projects.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<String> order = new ArrayList<>(ids);
            java.util.Collections.shuffle(order, new Random(seed + t));
            fs.add(pool.submit(() -> {
                start.await();
                for (String id : order) {
                    try {
                        w.execute(TOWN, act(id, ProjectAction.APPROVE));
                    } catch (CommandRejectedException e) {
                        assertThat(e.code()).isIn("WS-BUDGET-001", "WS-LIFE-001", "WS-CMD-006");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : fs) f.get(5, TimeUnit.MINUTES);
        pool.shutdown();
        long approvedSum = 0;
        int approved = 0;
        for (int i = 0; i < projects; i++) {
            if (w.project(ids.get(i)).orElseThrow().state() == ProjectState.APPROVED) {
                approvedSum += costs[i];
                approved++;
            }
        }
        EnvelopeView x = w.envelope(XIPU_ENV).orElseThrow();
        String at = "seed=" + seed;
        assertThat(approved).as(at).isPositive().isLessThan(projects);
        assertThat(x.committed().fen()).as("committed = sum of approved projects " + at).isEqualTo(approvedSum);
        assertThat(x.available().fen()).as(at).isNotNegative().isEqualTo(20_000_000L - approvedSum);
        assertThat(x.balanced()).as(at).isTrue();
        // Nothing left that could still have been approved: every refused project needs more than what is left.
        for (int i = 0; i < projects; i++) {
            if (w.project(ids.get(i)).orElseThrow().state() == ProjectState.NOTICE) {
                assertThat(costs[i]).as(at).isGreaterThan(x.available().fen());
            }
        }
        assertThat(Money.ofFen(approvedSum).fen()).isLessThanOrEqualTo(20_000_000L);
    }
}
