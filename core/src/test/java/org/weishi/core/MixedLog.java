package org.weishi.core;

import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.AnswerObjection;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.CastVote;
import org.weishi.core.command.CloseMeeting;
import org.weishi.core.command.ConstituteCouncil;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.MergeDemand;
import org.weishi.core.command.OpenMeeting;
import org.weishi.core.command.RaiseObjection;
import org.weishi.core.command.RateDemand;
import org.weishi.core.command.ReplanReleasedFunds;
import org.weishi.core.command.ReportActualCost;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.command.SignIn;
import org.weishi.core.command.TransferFunds;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.ObjectionRuling;
import org.weishi.core.deliberation.PassRule;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ReviewDecision;
import org.weishi.core.lifecycle.StandardLifecycles;
import org.weishi.core.view.ProjectView;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;

/**
 * A log with every kind of event the core folds: a seeded random walk over demands, projects,
 * department pre-review, councils and meetings, notice objections and budgets. Refused commands are
 * skipped; what the walk appends is what a replay must reproduce.
 */
final class MixedLog {
    static final List<String> MEMBERS = List.of("m1", "m2", "m3", "m4", "m5");
    private static final Actor[] ACTORS = {RESIDENT, SOCIAL_WORKER, COMMITTEE, COUNCIL, REVIEWER, TOWN, IMPLEMENTER,
            ADMIN, LEADER};

    private MixedLog() {
    }

    /** An engine with department pre-review, as the walk expects. */
    static Weishi engine(EventStore store, MemoryPersonalDataVault vault) {
        CLOCK.reset();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, vault).approvalRule(PreReviewTest.DEPARTMENTS)
                .personKeys(() -> "psn-" + n.incrementAndGet()).build();
    }

    /**
     * @param w the engine to drive
     * @param seed the walk's seed
     * @param steps commands to try
     */
    static void write(Weishi w, long seed, int steps) {
        Budgets.standardEnvelopes(w);
        w.execute(COMMITTEE, new ConstituteCouncil(XIPU, MEMBERS, 2, 3, PassRule.MORE_THAN_HALF_OF_PRESENT, FailOutcome.RETURN));
        more(w, seed, steps);
    }

    /**
     * Walks on from the state a {@link #write} left (on this engine or another on the same log).
     *
     * @param w the engine to drive
     * @param seed the walk's seed
     * @param steps commands to try
     */
    static void more(Weishi w, long seed, int steps) {
        Random random = new Random(seed);
        List<String> demands = new ArrayList<>(w.demands().stream().map(d -> d.id()).toList());
        List<String> projects = new ArrayList<>(w.projects().stream().map(p -> p.id()).toList());
        List<String> meetings = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            if (random.nextInt(25) == 0) CLOCK.advance(Duration.ofDays(1 + random.nextInt(4)));
            try {
                int kind = random.nextInt(20);
                if (kind < 2 || demands.isEmpty()) {
                    demands.add(w.execute(RESIDENT, demand(XIPU)).aggregateId());
                } else if (kind == 2 || projects.isEmpty()) {
                    int cost = 1000 + random.nextInt(4000);
                    String p = w.execute(random.nextBoolean() ? COMMITTEE : TOWN, Budgets.draft(
                            random.nextInt(4) == 0 ? ProjectKind.SELF_SELECTED : ProjectKind.MICRO,
                            ProjectType.values()[random.nextInt(ProjectType.values().length)], String.valueOf(cost))).aggregateId();
                    projects.add(p);
                    if (random.nextInt(3) > 0) {
                        int fromTown = random.nextBoolean() ? random.nextInt(cost) : 0;
                        List<FundingLine> plan = new ArrayList<>(List.of(new FundingLine(Budgets.XIPU_ENV, new BigDecimal(cost - fromTown))));
                        if (fromTown > 0) plan.add(new FundingLine(Budgets.JINGAN_ENV, new BigDecimal(fromTown)));
                        w.execute(COMMITTEE, new SetFundingPlan(p, plan));
                    }
                } else if (kind == 3) {
                    String d = pick(random, demands);
                    DemandAction a = random.nextInt(4) > 0 ? DemandAction.ACCEPT
                            : DemandAction.values()[random.nextInt(DemandAction.values().length)];
                    w.execute(random.nextInt(4) > 0 ? SOCIAL_WORKER : pick(random, ACTORS), new ActOnDemand(d, a, "r", null));
                } else if (kind == 4) {
                    List<String> resolved = inState(w, demands, "RESOLVED");
                    if (!resolved.isEmpty()) w.execute(RESIDENT, new RateDemand(pick(random, resolved), 1 + random.nextInt(5), "谢谢"));
                    else if (random.nextInt(4) == 0) w.execute(SOCIAL_WORKER, new MergeDemand(pick(random, demands), pick(random, demands), "重复"));
                } else if (kind == 5) {
                    List<String> accepted = inState(w, demands, "ACCEPTED");
                    List<String> open = projectsIn(w, projects, "DRAFT", "PROPOSED", "PRE_REVIEW", "DELIBERATION");
                    if (!accepted.isEmpty() && !open.isEmpty()) {
                        w.execute(COMMITTEE, new LinkDemands(pick(random, open), List.of(pick(random, accepted))));
                    }
                } else if (kind == 6) {
                    w.execute(LEADER, new AssignLead(pick(random, projects), "u-leader"));
                } else if (kind == 7) {
                    List<String> going = projectsIn(w, projects, "IMPLEMENTING", "ACCEPTANCE");
                    if (!going.isEmpty()) {
                        w.execute(LEADER, new ReportProgress(pick(random, going), "2021Q" + (1 + random.nextInt(4)), "进度正常"));
                    }
                } else if (kind == 8) {
                    List<String> reviewing = projectsIn(w, projects, "PRE_REVIEW");
                    if (!reviewing.isEmpty()) {
                        String p = pick(random, reviewing);
                        var review = w.preReview(p);
                        if (review.isPresent() && !review.get().pending().isEmpty()) {
                            w.execute(REVIEWER, new ReviewProject(p, pick(random, review.get().pending()),
                                    random.nextInt(8) == 0 ? ReviewDecision.RETURN : ReviewDecision.PASS, "意见"));
                        }
                    }
                } else if (kind == 9) {
                    List<String> agenda = projectsIn(w, projects, "DELIBERATION");
                    if (!agenda.isEmpty()) {
                        String m = w.execute(COMMITTEE, new OpenMeeting(XIPU, "议事会", agenda)).aggregateId();
                        List<String> present = MEMBERS.subList(0, 3 + random.nextInt(3));
                        for (String member : present) w.execute(Actor.of(member, Role.COUNCIL_MEMBER, XIPU), new SignIn(m));
                        for (String item : agenda) {
                            for (String member : present) {
                                if (random.nextInt(6) == 0) continue;
                                w.execute(Actor.of(member, Role.COUNCIL_MEMBER, XIPU), new CastVote(m, item,
                                        random.nextInt(5) == 0 ? VoteChoice.values()[random.nextInt(VoteChoice.values().length)]
                                                : VoteChoice.FOR));
                            }
                        }
                        w.execute(COMMITTEE, new CloseMeeting(m, "会议纪要", List.of("photo.jpg")));
                    }
                } else if (kind == 10) {
                    List<String> onNotice = projectsIn(w, projects, "NOTICE");
                    if (!onNotice.isEmpty()) {
                        String p = pick(random, onNotice);
                        var notice = w.notice(p);
                        var open = notice.map(n -> n.objections().stream().filter(o -> o.open()).toList()).orElse(List.of());
                        if (!open.isEmpty()) {
                            w.execute(COMMITTEE, new AnswerObjection(p, open.get(0).id(),
                                    random.nextInt(4) == 0 ? ObjectionRuling.UPHELD : ObjectionRuling.DISMISSED, "答复",
                                    FailOutcome.RETURN));
                        } else {
                            w.execute(OTHER_RESIDENT, new RaiseObjection(p, "有异议"));
                        }
                    }
                } else if (kind == 11) {
                    switch (random.nextInt(3)) {
                        case 0 -> w.execute(ADMIN, Budgets.fund(Budgets.DISTRICT_ENV, FundingSource.DISTRICT_FINANCE, "1000"));
                        case 1 -> w.execute(TOWN, new TransferFunds(Budgets.JINGAN_ENV, Budgets.XIPU_ENV,
                                new BigDecimal(100 + random.nextInt(900)), "调剂"));
                        default -> w.execute(TOWN, new ReplanReleasedFunds(pick(random, Budgets.XIPU_ENV, Budgets.JINGAN_ENV),
                                new BigDecimal("10"), "再安排"));
                    }
                } else if (kind == 12) {
                    List<String> going = projectsIn(w, projects, "IMPLEMENTING", "ACCEPTANCE");
                    if (!going.isEmpty()) {
                        String p = pick(random, going);
                        var funding = w.funding(p);
                        if (funding.isPresent()) {
                            List<FundingLine> actual = new ArrayList<>();
                            for (var e : funding.get().committed().entrySet()) {
                                long fen = Math.max(0, e.getValue().fen() + (random.nextInt(3) - 1) * random.nextInt(20_000));
                                actual.add(new FundingLine(e.getKey(), BigDecimal.valueOf(fen, 2)));
                            }
                            if (!actual.isEmpty()) w.execute(IMPLEMENTER, new ReportActualCost(p, actual));
                        }
                    }
                } else {
                    projectStep(w, random, projects);
                }
            } catch (CommandRejectedException refused) {
                // the walk goes on
            }
        }
    }

    private static List<String> inState(Weishi w, List<String> demands, String state) {
        return demands.stream().filter(d -> w.demand(d).map(v -> v.state().name().equals(state)).orElse(false)).toList();
    }

    private static List<String> projectsIn(Weishi w, List<String> projects, String... states) {
        List<String> wanted = List.of(states);
        return projects.stream().filter(p -> w.project(p).map(v -> wanted.contains(v.state().name())).orElse(false)).toList();
    }

    private static final List<ProjectAction> MAIN_PATH = List.of(ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW,
            ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE, ProjectAction.APPROVE, ProjectAction.START,
            ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.ACCEPT, ProjectAction.CLOSE);

    /** Moves a project on, mostly along the main path. */
    private static void projectStep(Weishi w, Random random, List<String> projects) {
        List<String> live = projectsIn(w, projects, "DRAFT", "PROPOSED", "RETURNED", "NOTICE", "APPROVED", "IMPLEMENTING",
                "ACCEPTANCE", "COMPLETED", "SUSPENDED");
        if (live.isEmpty()) return;
        ProjectView p = w.project(pick(random, live)).orElseThrow();
        List<ProjectAction> allowed = StandardLifecycles.PROJECT.allowedActions(p.state());
        if (allowed.isEmpty()) return;
        List<ProjectAction> forward = allowed.stream().filter(MAIN_PATH::contains).toList();
        ProjectAction a = !forward.isEmpty() && random.nextInt(10) > 0 ? forward.get(0) : allowed.get(random.nextInt(allowed.size()));
        if (a == ProjectAction.APPROVE) CLOCK.advance(Duration.ofDays(10));
        w.execute(actorFor(a), new ActOnProject(p.id(), a, "r", null));
    }

    /** @return the distinct event types in the log */
    static java.util.Set<String> types(EventStore store) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (RecordedEvent e : store.readAll(0, Integer.MAX_VALUE)) types.add(e.type());
        return types;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
