package org.weishi.benchmarks.storage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.weishi.benchmarks.engine.JumpClock;
import org.weishi.core.Actor;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.Command;
import org.weishi.core.command.DraftProject;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.jdbc.JdbcEventStore;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * Issue #5 item 10: the full command path on a durable store with group commit, <b>two client
 * threads</b>, each keeping {@code lanes} projects moving at once through
 * {@link Weishi#executeAsync}. A lane drafts a project and drives it through every stage to
 * CLOSED (PROPOSE, SUBMIT_FOR_REVIEW, PASS_REVIEW, PASS_VOTE, APPROVE after the notice period,
 * START, SUBMIT_FOR_ACCEPTANCE, ACCEPT, CLOSE), each transition sent when the lane's previous one
 * is acknowledged (durable and folded), then starts a new project. Each command is validated,
 * authorised, checked against the transition table, hash-chained, committed and folded, exactly
 * as {@link Weishi#execute} does; only the waiting is overlapped.
 *
 * <p>One benchmark invocation sends one command once a lane is free; in the steady state
 * commands are sent as fast as they are acknowledged, so the score is transitions per second.
 * The JDBC store's counters (appends per transaction) are printed at the end of the trial.
 *
 * <pre>
 * eval "$(bash .ci/postgres.sh)"
 * java -jar benchmarks/target/benchmarks.jar PipelinedCommandPathBenchmark -p db=postgresql
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(2)
public class PipelinedCommandPathBenchmark {
    private static final String DISTRICT = "doumen";
    private static final String TOWN = "doumen/jingan";
    private static final String COMMUNITY = "doumen/jingan/xipu";
    private static final Actor COMMITTEE = Actor.of("cc-1", Role.COMMUNITY_COMMITTEE, COMMUNITY);
    private static final Actor COUNCIL = Actor.of("council-1", Role.COUNCIL_MEMBER, COMMUNITY);
    private static final Actor REVIEWER = Actor.of("dept-1", Role.DEPARTMENT_REVIEWER, DISTRICT);
    private static final Actor OFFICER = Actor.of("officer-1", Role.TOWN_OFFICER, TOWN);
    private static final Actor IMPLEMENTER = Actor.of("impl-1", Role.IMPLEMENTER, TOWN);
    private static final Actor ADMIN = Actor.of("admin-1", Role.DISTRICT_ADMIN, DISTRICT);
    private static final ProjectAction[] PATH = {ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW,
            ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE, ProjectAction.APPROVE, ProjectAction.START,
            ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.ACCEPT, ProjectAction.CLOSE};
    private static final DraftProject DRAFT = new DraftProject(ProjectKind.MICRO, ProjectType.SERVICE, "长者助浴",
            "elderly-care", COMMUNITY, new BigDecimal("80000"), "西埔社区居委会", 2021, "为辖区独居老人提供上门助浴");

    /** One engine on one store for both threads. */
    @State(Scope.Benchmark)
    public static class Engine {
        /** {@code postgresql}, {@code h2} (file) or {@code memory}. */
        @Param({"postgresql"})
        public String db;

        JumpClock clock;
        Weishi weishi;
        private JdbcStores stores;
        private String schema;

        /** Opens a fresh store and an engine on it. */
        @Setup
        public void open() throws Exception {
            clock = new JumpClock();
            DistrictConfig config = DistrictConfig.builder(org.weishi.core.district.ScopeTree.of(List.of(
                    new org.weishi.core.district.Scope(DISTRICT, ScopeLevel.DISTRICT, "斗门区", null),
                    new org.weishi.core.district.Scope(TOWN, ScopeLevel.TOWN, "井岸镇", DISTRICT),
                    new org.weishi.core.district.Scope(COMMUNITY, ScopeLevel.COMMUNITY, "西埔社区", TOWN)))).build();
            if (db.equals("memory")) {
                weishi = Weishi.builder().district(config).clock(clock)
                        .storage(new org.weishi.plugins.storage.memory.MemoryEventStore(clock),
                                new org.weishi.plugins.storage.memory.MemoryPersonalDataVault()).build();
                return;
            }
            schema = StorageTargets.freshSchema();
            stores = StorageTargets.openStores(db, schema);
            weishi = Weishi.builder().district(config).clock(clock)
                    .storage(stores.eventStore(), stores.personalDataVault()).build();
        }

        /** Prints the group-commit factor, closes and drops. */
        @TearDown
        public void close() throws Exception {
            weishi.close();
            if (stores != null) {
                JdbcEventStore s = stores.eventStore();
                System.out.println("# " + db + " " + s.stats() + String.format(" (%.1f appends per transaction)",
                        s.stats().requestsPerTransaction()));
                stores.close();
                StorageTargets.dropSchema(db, schema);
            }
        }
    }

    /** One thread's lanes: each a project on its way to CLOSED. */
    @State(Scope.Thread)
    public static class Lanes {
        /** Projects each client thread keeps moving at once. */
        @Param({"128"})
        public int lanes;

        private final BlockingQueue<Lane> ready = new LinkedBlockingQueue<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private int outstanding;

        /** Makes the lanes. */
        @Setup
        public void make() {
            for (int i = 0; i < lanes; i++) ready.add(new Lane());
            outstanding = 0;
        }

        /** Waits for every lane's command in flight, so nothing runs after the store closes. */
        @TearDown(Level.Iteration)
        public void drain() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ready.size() < lanes && System.nanoTime() < deadline) Thread.sleep(1);
            if (failure.get() != null) throw new IllegalStateException("a lane failed", failure.get());
        }
    }

    /** A project's progress: step 0 drafts, steps 1..9 are the transitions. */
    static final class Lane {
        String project;
        int step;
    }

    /**
     * Sends the next command of a free lane.
     *
     * @return the lane's step, for the blackhole
     */
    @Benchmark
    public int transition(Engine e, Lanes t) throws InterruptedException {
        Lane lane = t.ready.take();
        if (t.failure.get() != null) throw new IllegalStateException("a lane failed", t.failure.get());
        Command command;
        Actor actor;
        if (lane.step == 0) {
            actor = COMMITTEE;
            command = DRAFT;
        } else {
            ProjectAction a = PATH[lane.step - 1];
            if (a == ProjectAction.APPROVE) e.clock.jump(Duration.ofDays(8));
            actor = switch (a) {
                case PROPOSE, SUBMIT_FOR_REVIEW -> COMMITTEE;
                case PASS_REVIEW -> REVIEWER;
                case PASS_VOTE -> COUNCIL;
                case APPROVE, ACCEPT -> OFFICER;
                case START, SUBMIT_FOR_ACCEPTANCE -> IMPLEMENTER;
                default -> ADMIN;
            };
            command = new ActOnProject(lane.project, a, null, null);
        }
        int step = lane.step;
        e.weishi.executeAsync(actor, command).whenComplete((receipt, error) -> {
            if (error != null) {
                t.failure.compareAndSet(null, error);
            } else {
                if (lane.step == 0) lane.project = receipt.aggregateId();
                lane.step = lane.step == PATH.length ? 0 : lane.step + 1;
            }
            t.ready.add(lane);
        });
        return step;
    }
}
