package org.weishi.benchmarks.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.weishi.core.Actor;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Channel;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * The whole command path on the memory store, one thread: a resident's demand is submitted and
 * accepted, a project is drafted, the demand linked, and the project driven through every stage
 * to CLOSED — 13 commands, each validated, authorised, checked against the transition table,
 * appended with its hash chain and folded into the views. Reported per command (transition).
 *
 * <p>Baseline named by issue #2: Flowable 7.2 drives about 520 transitions/s on in-memory H2 on
 * this machine kind; the goal is at least 100 times that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CommandPathBenchmark {
    private static final String DISTRICT = "doumen";
    private static final String TOWN = "doumen/jingan";
    private static final String COMMUNITY = "doumen/jingan/xipu";
    private static final Actor RESIDENT = Actor.of("r-1", Role.RESIDENT, COMMUNITY);
    private static final Actor SOCIAL_WORKER = Actor.of("sw-1", Role.SOCIAL_WORKER, COMMUNITY);
    private static final Actor COMMITTEE = Actor.of("cc-1", Role.COMMUNITY_COMMITTEE, COMMUNITY);
    private static final Actor COUNCIL = Actor.of("council-1", Role.COUNCIL_MEMBER, COMMUNITY);
    private static final Actor REVIEWER = Actor.of("dept-1", Role.DEPARTMENT_REVIEWER, DISTRICT);
    private static final Actor OFFICER = Actor.of("officer-1", Role.TOWN_OFFICER, TOWN);
    private static final Actor IMPLEMENTER = Actor.of("impl-1", Role.IMPLEMENTER, TOWN);
    private static final Actor ADMIN = Actor.of("admin-1", Role.DISTRICT_ADMIN, DISTRICT);

    private Weishi weishi;
    private JumpClock clock;
    private SubmitDemand demand;
    private DraftProject project;
    private AtomicLong keys;

    @Setup(Level.Iteration)
    public void setUp() {
        DistrictConfig config = DistrictConfig.builder(org.weishi.core.district.ScopeTree.of(List.of(
                new org.weishi.core.district.Scope(DISTRICT, ScopeLevel.DISTRICT, "斗门区", null),
                new org.weishi.core.district.Scope(TOWN, ScopeLevel.TOWN, "井岸镇", DISTRICT),
                new org.weishi.core.district.Scope(COMMUNITY, ScopeLevel.COMMUNITY, "西埔社区", TOWN)))).build();
        clock = new JumpClock();
        keys = new AtomicLong();
        weishi = Weishi.builder().district(config).clock(clock)
                .storage(new MemoryEventStore(clock), new MemoryPersonalDataVault())
                .personKeys(() -> "psn-" + keys.incrementAndGet()).build();
        demand = new SubmitDemand(Channel.MINI_PROGRAM, "elderly-care", COMMUNITY, "助浴服务", "独居老人需要上门助浴", 12,
                new Submitter("张小三", "13812341234", null, "西埔社区12号"));
        project = new DraftProject(ProjectKind.MICRO, ProjectType.SERVICE, "长者助浴", "elderly-care", COMMUNITY,
                new BigDecimal("80000"), "西埔社区居委会", 2021, "为辖区独居老人提供上门助浴");
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        weishi.close();
    }

    private void act(Actor actor, String projectId, ProjectAction action) {
        weishi.execute(actor, new ActOnProject(projectId, action, null, null));
    }

    @Benchmark
    @OperationsPerInvocation(13)
    public String demandToClosedProject() {
        String d = weishi.execute(RESIDENT, demand).aggregateId();
        weishi.execute(SOCIAL_WORKER, new ActOnDemand(d, DemandAction.ACCEPT, null, null));
        String p = weishi.execute(COMMITTEE, project).aggregateId();
        weishi.execute(COMMITTEE, new LinkDemands(p, List.of(d)));
        act(COMMITTEE, p, ProjectAction.PROPOSE);
        act(COMMITTEE, p, ProjectAction.SUBMIT_FOR_REVIEW);
        act(REVIEWER, p, ProjectAction.PASS_REVIEW);
        act(COUNCIL, p, ProjectAction.PASS_VOTE);
        clock.jump(Duration.ofDays(8)); // the 5-working-day notice period ends
        act(OFFICER, p, ProjectAction.APPROVE);
        act(IMPLEMENTER, p, ProjectAction.START);
        act(IMPLEMENTER, p, ProjectAction.SUBMIT_FOR_ACCEPTANCE);
        act(OFFICER, p, ProjectAction.ACCEPT);
        act(ADMIN, p, ProjectAction.CLOSE);
        return p;
    }
}
