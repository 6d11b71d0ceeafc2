package org.weishi.benchmarks.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.weishi.core.Actor;
import org.weishi.core.CommandRejectedException;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.view.EnvelopeView;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * Approvals per second against ONE contended envelope (issue 3): two threads approve projects at
 * NOTICE whose funding plans all draw on the same envelope, through the facade on the memory store.
 * Each approval is the full path: validation, authorization, lifecycle, the budget hook's commit,
 * one atomic append of the project transition, the envelope commitment and the funding marker
 * (with expected versions; a lost race re-decides), and the fold.
 *
 * <p>Projects are prepared once per trial (drafted, planned, proposed, reviewed: 5 commands each),
 * so {@code pool} must exceed the approvals of warm-up plus measurement; the benchmark fails with
 * a message if it runs out. The tear-down checks that the envelope is balanced and that exactly the
 * approved projects are committed.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EnvelopeApprovalBenchmark
 * </pre>
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class EnvelopeApprovalBenchmark {
    private static final String DISTRICT = "doumen";
    private static final String TOWN_ID = "doumen/jingan";
    private static final String VILLAGE = "doumen/jingan/xipu";
    private static final String ENVELOPE = "jingan-2021";
    private static final Actor TOWN = Actor.of("u-town", Role.TOWN_OFFICER, TOWN_ID);
    private static final Actor REVIEWER = Actor.of("u-reviewer", Role.DEPARTMENT_REVIEWER, DISTRICT);
    private static final BigDecimal COST = new BigDecimal("100.00");

    /** Projects prepared at NOTICE; must exceed the approvals of the whole run. */
    @Param("250000")
    public int pool;

    private Weishi weishi;
    private String[] projects;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger stale = new AtomicInteger();

    /** Builds the engine, one funded envelope and the pool of projects at NOTICE. */
    @Setup(Level.Trial)
    public void prepare() throws Exception {
        DistrictConfig config = DistrictConfig.builder(ScopeTree.of(List.of(
                new Scope(DISTRICT, ScopeLevel.DISTRICT, "斗门区", null),
                new Scope(TOWN_ID, ScopeLevel.TOWN, "井岸镇", DISTRICT),
                new Scope(VILLAGE, ScopeLevel.COMMUNITY, "西埔社区", TOWN_ID)))).build();
        // The projects wait out their 5-working-day notice period between set-up and approval.
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2021-03-01T02:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        weishi = Weishi.builder().district(config).clock(clock)
                .storage(new MemoryEventStore(), new MemoryPersonalDataVault()).build();
        weishi.execute(TOWN, new OpenEnvelope(ENVELOPE, TOWN_ID, 2021, "井岸镇2021年民生微实事资金"));
        weishi.execute(TOWN, new FundEnvelope(ENVELOPE, FundingSource.TOWN_FINANCE,
                COST.multiply(BigDecimal.valueOf(pool)), "benchmark"));
        projects = new String[pool];
        ExecutorService setup = Executors.newFixedThreadPool(2);
        AtomicInteger n = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            fs.add(setup.submit(() -> {
                for (int i; (i = n.getAndIncrement()) < pool; ) {
                    String p = weishi.execute(TOWN, new DraftProject(ProjectKind.SELF_SELECTED, ProjectType.SERVICE, "长者助浴 " + i,
                            "elderly-care", VILLAGE, COST, "西埔社区居委会", 2021, null)).aggregateId();
                    weishi.execute(TOWN, new SetFundingPlan(p, List.of(new FundingLine(ENVELOPE, COST))));
                    weishi.execute(TOWN, new ActOnProject(p, ProjectAction.PROPOSE, null, null));
                    weishi.execute(TOWN, new ActOnProject(p, ProjectAction.SUBMIT_FOR_REVIEW, null, null));
                    weishi.execute(REVIEWER, new ActOnProject(p, ProjectAction.PASS_REVIEW, null, null)); // SELF_SELECTED → NOTICE
                    projects[i] = p;
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        setup.shutdown();
        now.set(java.time.Instant.parse("2021-04-01T02:00:00Z"));
    }

    /** One approval: commits the project's plan in the contended envelope. */
    @Benchmark
    public void approve() {
        int i = next.getAndIncrement();
        if (i >= projects.length) {
            throw new IllegalStateException("the pool of " + projects.length + " projects at NOTICE is used up; run with -p pool=<more>");
        }
        ActOnProject approve = new ActOnProject(projects[i], ProjectAction.APPROVE, null, null);
        while (true) {
            try {
                weishi.execute(TOWN, approve);
                return;
            } catch (CommandRejectedException e) {
                // WS-CMD-006: lost the envelope race MAX_ATTEMPTS times in a row; nothing changed, so try again.
                if (!e.code().equals("WS-CMD-006")) throw e;
                stale.incrementAndGet();
            }
        }
    }

    /** Checks the ledger: balanced, and exactly the approvals committed. */
    @TearDown(Level.Trial)
    public void check() {
        EnvelopeView e = weishi.envelope(ENVELOPE).orElseThrow();
        long approved = Math.min(next.get(), projects.length);
        if (!e.balanced() || e.committed().fen() != approved * 10_000L) {
            throw new IllegalStateException("ledger check failed after " + approved + " approvals: " + e);
        }
        System.out.println("ledger ok after " + approved + " approvals; " + stale.get() + " stale retries");
        weishi.close();
    }
}
