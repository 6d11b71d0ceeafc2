package org.weishi.core.internal;

import static org.weishi.core.internal.Errors.problem;
import static org.weishi.core.internal.Errors.reject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.weishi.core.Actor;
import org.weishi.core.Problem;
import org.weishi.core.Role;
import org.weishi.core.command.AnswerObjection;
import org.weishi.core.command.CastVote;
import org.weishi.core.command.CloseMeeting;
import org.weishi.core.command.ConstituteCouncil;
import org.weishi.core.command.OpenMeeting;
import org.weishi.core.command.RaiseObjection;
import org.weishi.core.command.SignIn;
import org.weishi.core.deliberation.AgendaDecision;
import org.weishi.core.deliberation.CouncilView;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.MeetingView;
import org.weishi.core.deliberation.NoticeCalendar;
import org.weishi.core.deliberation.NoticeView;
import org.weishi.core.deliberation.ObjectionRuling;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.event.CouncilConstituted;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.MeetingClosed;
import org.weishi.core.event.MeetingOpened;
import org.weishi.core.event.MemberSignedIn;
import org.weishi.core.event.NoticePublished;
import org.weishi.core.event.ObjectionAnswered;
import org.weishi.core.event.ObjectionRaised;
import org.weishi.core.event.VoteCast;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.Transition;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.StreamId;

/**
 * Councils, meetings, notice periods and objections. A meeting's close and every project
 * transition it decides are one atomic append.
 */
final class DeliberationDecisions {
    static final String NO_QUORUM = "WS-DELIB-001";
    static final String NOT_MEMBER = "WS-DELIB-002";
    static final String TWICE = "WS-DELIB-003";
    static final String MEETING_CLOSED = "WS-DELIB-004";
    static final String NOTICE_CLOSED = "WS-DELIB-005";
    static final String NOTICE_OPEN = "WS-DELIB-006";
    static final String NO_COUNCIL = "WS-DELIB-007";
    private static final Set<Role> ORGANISERS = EnumSet.of(Role.COMMUNITY_COMMITTEE, Role.TOWN_OFFICER, Role.DISTRICT_ADMIN);
    private static final Set<Role> ANSWERERS = EnumSet.of(Role.COMMUNITY_COMMITTEE, Role.TOWN_OFFICER, Role.DISTRICT_ADMIN);

    private final Engine engine;
    private final AtomicLong meetingSeq = new AtomicLong();

    DeliberationDecisions(Engine engine) {
        this.engine = engine;
    }

    private DeliberationProjection views() {
        return engine.projections().deliberation();
    }

    private NoticeCalendar calendar() {
        return engine.config().noticeCalendar();
    }

    Engine.Decision constitute(Actor actor, ConstituteCouncil c, Instant now, String name) {
        var scope = engine.config().scopes().find(c.scopeId()).orElse(null);
        if (scope == null || scope.level() != ScopeLevel.COMMUNITY) {
            throw reject(Errors.UNKNOWN_SCOPE, "scopeId", "'" + c.scopeId() + "' 不是已知的村（社区）", "'" + c.scopeId() + "' is not a known community");
        }
        if (c.quorumNumerator() > c.quorumDenominator()) {
            throw reject(CommandValidator.CODE, "quorumNumerator", "法定人数比例不能超过 1", "the quorum fraction cannot exceed 1");
        }
        if (new LinkedHashSet<>(c.members()).size() != c.members().size()) {
            throw reject(CommandValidator.CODE, "members", "成员名单有重复", "the member list has duplicates");
        }
        Role role = engine.authorize(actor, ORGANISERS, c.scopeId(), "constitute the council of " + c.scopeId(), "组建 " + c.scopeId() + " 的议事会");
        CouncilView existing = views().council(c.scopeId());
        return Engine.one(new StreamId("council", c.scopeId().replace('/', '.')),
                existing == null ? ExpectedVersion.NO_STREAM : ExpectedVersion.exactly(existing.version()),
                new CouncilConstituted(c.scopeId(), c.members(), c.quorumNumerator(), c.quorumDenominator(), c.passRule(), c.failOutcome()),
                Engine.meta(actor, role, now, name), false);
    }

    Engine.Decision open(Actor actor, OpenMeeting c, Instant now, String name) {
        CouncilView council = views().council(c.scopeId());
        if (council == null) {
            throw reject(NO_COUNCIL, "scopeId", "'" + c.scopeId() + "' 尚未成立议事会（ConstituteCouncil）",
                    "'" + c.scopeId() + "' has no residents' council yet (ConstituteCouncil)");
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < c.agenda().size(); i++) {
            String id = c.agenda().get(i);
            ProjectView p = engine.project(id).orElse(null);
            String field = "agenda[" + i + "]";
            if (p == null) {
                problems.add(problem(Errors.NOT_FOUND, field, "项目 '" + id + "' 不存在", "project '" + id + "' does not exist"));
            } else if (p.state() != ProjectState.DELIBERATION) {
                problems.add(problem(Errors.ILLEGAL_TRANSITION, field, "项目 " + id + " 当前状态为 " + p.state() + "，不在议事协商阶段",
                        "project " + id + " is " + p.state() + ", not in DELIBERATION"));
            } else if (!p.scopeId().equals(c.scopeId())) {
                problems.add(problem(Errors.FORBIDDEN, field, "项目 " + id + " 不属于 " + c.scopeId(), "project " + id + " is not in " + c.scopeId()));
            }
        }
        Errors.throwIfAny(problems);
        Role role = engine.authorize(actor, EnumSet.of(Role.COMMUNITY_COMMITTEE, Role.COUNCIL_MEMBER), c.scopeId(),
                "open a council meeting in " + c.scopeId(), "召开 " + c.scopeId() + " 议事会会议");
        String id = Engine.ids("M-", nextMeeting());
        return Engine.one(new StreamId("meeting", id), ExpectedVersion.NO_STREAM,
                new MeetingOpened(id, c.scopeId(), c.title().strip(), c.agenda(), council.members()), Engine.meta(actor, role, now, name), false);
    }

    private long nextMeeting() {
        long max = 0;
        for (String id : views().meetingIds()) max = Math.max(max, Long.parseLong(id.substring(2)));
        meetingSeq.accumulateAndGet(max, Math::max);
        return meetingSeq.incrementAndGet();
    }

    private MeetingView openMeeting(String id) {
        MeetingView m = views().meeting(id);
        if (m == null) throw reject(Errors.NOT_FOUND, "meetingId", "会议 '" + id + "' 不存在", "meeting '" + id + "' does not exist");
        if (m.closed()) throw reject(MEETING_CLOSED, "meetingId", "会议 " + id + " 已结束", "meeting " + id + " is closed");
        return m;
    }

    private Role member(Actor actor, MeetingView m, String whatEn, String whatZh) {
        Role role = engine.authorize(actor, EnumSet.of(Role.COUNCIL_MEMBER), m.scopeId(), whatEn, whatZh);
        if (!m.members().contains(actor.id())) {
            throw reject(NOT_MEMBER, "", "'" + actor.id() + "' 不是 " + m.scopeId() + " 议事会成员", "'" + actor.id() + "' is not a member of the council of " + m.scopeId());
        }
        return role;
    }

    Engine.Decision signIn(Actor actor, SignIn c, Instant now, String name) {
        MeetingView m = openMeeting(c.meetingId());
        Role role = member(actor, m, "sign in to meeting " + m.id(), "签到会议 " + m.id());
        if (m.present().contains(actor.id())) {
            throw reject(TWICE, "", "'" + actor.id() + "' 已签到", "'" + actor.id() + "' has already signed in");
        }
        return Engine.one(new StreamId("meeting", m.id()), ExpectedVersion.exactly(m.version()),
                new MemberSignedIn(m.id(), actor.id()), Engine.meta(actor, role, now, name), false);
    }

    Engine.Decision vote(Actor actor, CastVote c, Instant now, String name) {
        MeetingView m = openMeeting(c.meetingId());
        Role role = member(actor, m, "vote in meeting " + m.id(), "在会议 " + m.id() + " 中表决");
        if (!m.agenda().contains(c.projectId())) {
            throw reject(Errors.NOT_FOUND, "projectId", "项目 " + c.projectId() + " 不在会议议程上", "project " + c.projectId() + " is not on the agenda");
        }
        if (!m.present().contains(actor.id())) {
            throw reject(NOT_MEMBER, "", "'" + actor.id() + "' 尚未签到，不能表决", "'" + actor.id() + "' has not signed in and cannot vote");
        }
        if (m.votes().getOrDefault(c.projectId(), Map.of()).containsKey(actor.id())) {
            throw reject(TWICE, "projectId", "'" + actor.id() + "' 已就项目 " + c.projectId() + " 表决过", "'" + actor.id() + "' has already voted on " + c.projectId());
        }
        return Engine.one(new StreamId("meeting", m.id()), ExpectedVersion.exactly(m.version()),
                new VoteCast(m.id(), c.projectId(), actor.id(), c.choice()), Engine.meta(actor, role, now, name), false);
    }

    Engine.Decision close(Actor actor, CloseMeeting c, Instant now, String name) {
        MeetingView m = openMeeting(c.meetingId());
        Role role = engine.authorize(actor, EnumSet.of(Role.COMMUNITY_COMMITTEE, Role.COUNCIL_MEMBER), m.scopeId(),
                "close meeting " + m.id(), "结束会议 " + m.id());
        CouncilView council = views().council(m.scopeId());
        int members = m.members().size();
        int quorum = (members * council.quorumNumerator() + council.quorumDenominator() - 1) / council.quorumDenominator();
        int present = m.present().size();
        if (present < quorum) {
            throw reject(NO_QUORUM, "meetingId", "会议 " + m.id() + " 未达法定人数：到会 " + present + " 人，需要 " + quorum + " 人（共 " + members + " 名成员）",
                    "meeting " + m.id() + " has no quorum: " + present + " present, " + quorum + " needed (of " + members + " members)");
        }
        EventMetadata meta = Engine.meta(actor, role, now, name);
        List<AgendaDecision> decisions = new ArrayList<>();
        List<Engine.Pending> pending = new ArrayList<>();
        pending.add(null); // the meeting's own stream goes first; filled in below
        for (String projectId : m.agenda()) {
            Map<String, VoteChoice> votes = m.votes().getOrDefault(projectId, Map.of());
            int f = (int) votes.values().stream().filter(v -> v == VoteChoice.FOR).count();
            int a = (int) votes.values().stream().filter(v -> v == VoteChoice.AGAINST).count();
            int ab = (int) votes.values().stream().filter(v -> v == VoteChoice.ABSTAIN).count();
            boolean passed = council.passRule().passes(f, present, members);
            decisions.add(new AgendaDecision(projectId, f, a, ab, passed));
            ProjectView p = engine.project(projectId).orElseThrow();
            if (p.state() != ProjectState.DELIBERATION) continue; // withdrawn or rejected since the agenda was set
            ProjectAction action = passed ? ProjectAction.PASS_VOTE
                    : council.failOutcome() == FailOutcome.REJECT ? ProjectAction.REJECT : ProjectAction.FAIL_VOTE;
            Transition<ProjectState, ProjectAction> row = engine.config().projectLifecycle().find(p.state(), action)
                    .orElseThrow(() -> Engine.illegal("project", p.id(), p.state(), action,
                            engine.config().projectLifecycle().allowedActions(p.state())));
            String reason = "议事会会议 " + m.id() + " 表决：赞成 " + f + "，反对 " + a + "，弃权 " + ab + " / council meeting "
                    + m.id() + ": " + f + " for, " + a + " against, " + ab + " abstaining";
            pending.addAll(engine.transition(actor, role, p, row, reason, meta));
        }
        pending.set(0, new Engine.Pending(new StreamId("meeting", m.id()), ExpectedVersion.exactly(m.version()),
                List.of(new MeetingClosed(m.id(), present, quorum, decisions, c.minutes().strip(), c.evidence())), meta));
        return new Engine.Decision(pending, false);
    }

    /** The event that opens a project's notice period, published on the command's day. */
    NoticePublished noticeFor(String projectId, Instant at) {
        LocalDate today = at.atZone(calendar().zone()).toLocalDate();
        return new NoticePublished(projectId, today, calendar().endOfNotice(today), calendar().workingDays());
    }

    /** Why a project in NOTICE cannot be approved yet: the period still runs, or objections are open. */
    List<Problem> noticeProblems(ProjectView p, Instant at) {
        NoticeView n = views().notice(p.id());
        if (n == null) return List.of();
        List<Problem> out = new ArrayList<>();
        LocalDate today = at.atZone(calendar().zone()).toLocalDate();
        if (!today.isAfter(n.endsOn())) {
            out.add(problem(NOTICE_OPEN, "action", "项目 " + p.id() + " 仍在公示期内（至 " + n.endsOn() + "），公示期满后方可立项",
                    "project " + p.id() + " is still in its notice period (until " + n.endsOn() + "); it can be approved after it ends"));
        }
        if (n.openObjections() > 0) {
            out.add(problem(NOTICE_OPEN, "action", "项目 " + p.id() + " 有 " + n.openObjections() + " 条异议尚未答复，答复前不能立项",
                    "project " + p.id() + " has " + n.openObjections() + " unanswered objection(s); answer them before approval"));
        }
        return out;
    }

    Engine.Decision object(Actor actor, RaiseObjection c, Instant now, String name) {
        ProjectView p = engine.project(c.projectId(), "projectId");
        NoticeView n = views().notice(p.id());
        if (p.state() != ProjectState.NOTICE || n == null) {
            throw reject(Errors.ILLEGAL_TRANSITION, "projectId", "项目 " + p.id() + " 当前状态为 " + p.state() + "，不在公示期",
                    "project " + p.id() + " is " + p.state() + ", not in its notice period");
        }
        LocalDate today = now.atZone(calendar().zone()).toLocalDate();
        if (today.isAfter(n.endsOn())) {
            throw reject(NOTICE_CLOSED, "projectId", "项目 " + p.id() + " 的公示期已于 " + n.endsOn() + " 结束，不再受理异议",
                    "the notice period of project " + p.id() + " closed on " + n.endsOn() + "; objections are no longer accepted");
        }
        Role role = engine.authorize(actor, EnumSet.of(Role.RESIDENT, Role.SOCIAL_WORKER), p.scopeId(),
                "object to project " + p.id(), "对项目 " + p.id() + " 提出异议");
        String id = "O-" + (n.objections().size() + 1);
        return Engine.one(Engine.stream(p), ExpectedVersion.exactly(p.version()), new ObjectionRaised(p.id(), id, c.text().strip()),
                Engine.meta(actor, role, now, name), false);
    }

    Engine.Decision answer(Actor actor, AnswerObjection c, Instant now, String name) {
        ProjectView p = engine.project(c.projectId(), "projectId");
        NoticeView n = views().notice(p.id());
        var objection = n == null ? null : n.objections().stream().filter(o -> o.id().equals(c.objectionId())).findFirst().orElse(null);
        if (objection == null) {
            throw reject(Errors.NOT_FOUND, "objectionId", "项目 " + p.id() + " 没有异议 " + c.objectionId(), "project " + p.id() + " has no objection " + c.objectionId());
        }
        if (!objection.open()) {
            throw reject(Errors.ALREADY_DONE, "objectionId", "异议 " + c.objectionId() + " 已答复", "objection " + c.objectionId() + " was already answered");
        }
        Role role = engine.authorize(actor, ANSWERERS, p.scopeId(), "answer objections to project " + p.id(), "答复项目 " + p.id() + " 的异议");
        EventMetadata meta = Engine.meta(actor, role, now, name);
        List<DomainEvent> own = new ArrayList<>(List.of(new ObjectionAnswered(p.id(), c.objectionId(), c.ruling(), c.reason().strip())));
        List<Engine.Pending> pending = new ArrayList<>();
        if (c.ruling() == ObjectionRuling.UPHELD && p.state() == ProjectState.NOTICE) {
            ProjectAction action = c.outcome() == FailOutcome.REJECT ? ProjectAction.REJECT : ProjectAction.RETURN;
            Transition<ProjectState, ProjectAction> row = engine.config().projectLifecycle().find(p.state(), action)
                    .orElseThrow(() -> Engine.illegal("project", p.id(), p.state(), action,
                            engine.config().projectLifecycle().allowedActions(p.state())));
            // The answer and the transition share the project stream: one append, answer first.
            ProjectView afterAnswer = new ProjectView(p.id(), p.version() + 1, p.state(), p.kind(), p.type(), p.title(),
                    p.category(), p.scopeId(), p.estimatedCost(), p.organiser(), p.year(), p.description(), p.demandIds(),
                    p.leaderId(), p.progressReports(), p.timeline(), p.draftedAt(), p.updatedAt());
            List<Engine.Pending> t = engine.transition(actor, role, afterAnswer, row, "异议成立：" + c.reason().strip(), meta);
            own.addAll(t.get(0).events());
            pending.add(new Engine.Pending(Engine.stream(p), ExpectedVersion.exactly(p.version()), own, meta));
            pending.addAll(t.subList(1, t.size()));
        } else {
            pending.add(new Engine.Pending(Engine.stream(p), ExpectedVersion.exactly(p.version()), own, meta));
        }
        return new Engine.Decision(pending, false);
    }
}
