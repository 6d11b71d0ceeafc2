package org.weishi.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Channel;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/** A small district and its actors for tests. */
final class Fixture {
    static final String DISTRICT = "doumen";
    static final String JINGAN = "doumen/jingan";
    static final String XIPU = "doumen/jingan/xipu";
    static final String XINQING = "doumen/jingan/xinqing";
    static final String BAIJIAO = "doumen/baijiao";
    static final String ERLONG = "doumen/baijiao/erlong";

    static final ScopeTree SCOPES = ScopeTree.of(List.of(
            new Scope(DISTRICT, ScopeLevel.DISTRICT, "斗门区", null),
            new Scope(JINGAN, ScopeLevel.TOWN, "井岸镇", DISTRICT),
            new Scope(XIPU, ScopeLevel.COMMUNITY, "西埔社区", JINGAN),
            new Scope(XINQING, ScopeLevel.COMMUNITY, "新青社区", JINGAN),
            new Scope(BAIJIAO, ScopeLevel.TOWN, "白蕉镇", DISTRICT),
            new Scope(ERLONG, ScopeLevel.COMMUNITY, "二龙村", BAIJIAO)));

    static final DistrictConfig CONFIG = DistrictConfig.builder(SCOPES).build();

    static final Actor RESIDENT = Actor.of("u-resident", Role.RESIDENT, XIPU);
    static final Actor OTHER_RESIDENT = Actor.of("u-other", Role.RESIDENT, XIPU);
    static final Actor SOCIAL_WORKER = Actor.of("u-sw", Role.SOCIAL_WORKER, XIPU);
    static final Actor COMMITTEE = Actor.of("u-committee", Role.COMMUNITY_COMMITTEE, XIPU);
    static final Actor COUNCIL = Actor.of("u-council", Role.COUNCIL_MEMBER, XIPU);
    static final Actor REVIEWER = Actor.of("u-reviewer", Role.DEPARTMENT_REVIEWER, DISTRICT);
    static final Actor TOWN = Actor.of("u-town", Role.TOWN_OFFICER, JINGAN);
    static final Actor BAIJIAO_OFFICER = Actor.of("u-baijiao", Role.TOWN_OFFICER, BAIJIAO);
    static final Actor IMPLEMENTER = Actor.of("u-impl", Role.IMPLEMENTER, JINGAN);
    static final Actor ADMIN = Actor.of("u-admin", Role.DISTRICT_ADMIN, DISTRICT);
    static final Actor LEADER = Actor.of("u-leader", Role.DISTRICT_LEADER, DISTRICT);
    static final Actor AUDITOR = Actor.of("u-auditor", Role.AUDITOR, DISTRICT);

    /** Reset to 2021-03-15T02:00Z by every {@link #engine}; {@link #drive} moves it past notice periods. */
    static final TestClock CLOCK = new TestClock(Instant.parse("2021-03-15T02:00:00Z"));

    private Fixture() {
    }

    static MemoryEventStore store() {
        return new MemoryEventStore(CLOCK);
    }

    static Weishi engine(MemoryEventStore store, MemoryPersonalDataVault vault) {
        CLOCK.reset();
        AtomicInteger n = new AtomicInteger();
        return Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, vault)
                .personKeys(() -> "psn-" + n.incrementAndGet()).build();
    }

    static Weishi engine() {
        return engine(store(), new MemoryPersonalDataVault());
    }

    static SubmitDemand demand(String scope) {
        return new SubmitDemand(Channel.MINI_PROGRAM, "elderly-care", scope, "助浴服务",
                "独居老人需要上门助浴", 12, new Submitter("张小三", "13812341234", "11010519491231002X", "新青路12号3栋501房"));
    }

    static DraftProject project(ProjectKind kind, String cost) {
        return new DraftProject(kind, ProjectType.SERVICE, "长者助浴", "elderly-care", XIPU, new BigDecimal(cost),
                "西埔社区居委会", 2021, "为辖区独居老人提供上门助浴");
    }

    static ActOnProject act(String projectId, ProjectAction action) {
        return new ActOnProject(projectId, action, "理由 reason", null);
    }

    static ActOnDemand act(String demandId, DemandAction action) {
        return new ActOnDemand(demandId, action, "理由 reason", null);
    }

    /** Submits and accepts a demand; returns its id. */
    static String acceptedDemand(Weishi w) {
        String id = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        w.execute(SOCIAL_WORKER, act(id, DemandAction.ACCEPT));
        return id;
    }

    /** Drives a MICRO project from DRAFT to the given action's result along the main path. */
    static void drive(Weishi w, String projectId, ProjectAction... actions) {
        for (ProjectAction a : actions) {
            // Approval waits for the 5-working-day notice period to end.
            if (a == ProjectAction.APPROVE) CLOCK.advance(java.time.Duration.ofDays(10));
            w.execute(actorFor(a), act(projectId, a));
        }
    }

    static Actor actorFor(ProjectAction a) {
        return switch (a) {
            case PROPOSE, SUBMIT_FOR_REVIEW, REVISE -> COMMITTEE;
            case PASS_REVIEW, RETURN -> REVIEWER;
            case PASS_VOTE, FAIL_VOTE -> COUNCIL;
            case APPROVE, ACCEPT, REWORK, SUSPEND, RESUME, TERMINATE, REJECT, WITHDRAW -> TOWN;
            case START, SUBMIT_FOR_ACCEPTANCE -> IMPLEMENTER;
            case CLOSE -> ADMIN;
        };
    }

    static final ProjectAction[] TO_CLOSED = {ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW,
            ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE, ProjectAction.APPROVE, ProjectAction.START,
            ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.ACCEPT, ProjectAction.CLOSE};
}
