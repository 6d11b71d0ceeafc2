package org.weishi.core.internal;

import static org.weishi.core.internal.Errors.problem;
import static org.weishi.core.internal.Errors.reject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weishi.core.Actor;
import org.weishi.core.Problem;
import org.weishi.core.Role;
import org.weishi.core.budget.FlowKind;
import org.weishi.core.budget.FundingState;
import org.weishi.core.command.AllocateFunds;
import org.weishi.core.command.BudgetCommand;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.ReplanReleasedFunds;
import org.weishi.core.command.ReportActualCost;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.command.TransferFunds;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.event.ActualCostReported;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EnvelopeFunded;
import org.weishi.core.event.EnvelopeOpened;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.FundingAmount;
import org.weishi.core.event.FundingCommitted;
import org.weishi.core.event.FundingPlanned;
import org.weishi.core.event.FundingSettled;
import org.weishi.core.event.FundsCommitted;
import org.weishi.core.event.FundsMovedIn;
import org.weishi.core.event.FundsMovedOut;
import org.weishi.core.event.FundsSpent;
import org.weishi.core.event.ReleasedFundsReplanned;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.Money;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.StreamId;

/**
 * Decides budget commands and joins project transitions: commits a project's plan when it enters
 * APPROVED, spends the actual cost and releases the remainder when it enters COMPLETED or
 * TERMINATED, all in the transition's own atomic append.
 *
 * <p>Every decision that takes money out of an envelope's {@code available} appends to that
 * envelope's stream at the exact version it read. A concurrent change makes the store refuse the
 * append and the engine decides again on fresh views, so {@code available} can never go below zero
 * whatever the interleaving.
 */
final class BudgetDecisions implements ProjectTransitionHook {
    /** The engine's authorization check. */
    interface Authorizer {
        Role authorize(Actor actor, Set<Role> allowed, String scopeId, String whatEn, String whatZh);
    }

    static final String ENVELOPE = "envelope";
    static final String FUNDING = "funding";
    private static final Set<Role> TREASURERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.TOWN_OFFICER);
    private static final Set<Role> PLANNERS = EnumSet.of(Role.COMMUNITY_COMMITTEE, Role.TOWN_OFFICER,
            Role.DISTRICT_ADMIN, Role.DEPARTMENT_REVIEWER);
    private static final Set<Role> REPORTERS = EnumSet.of(Role.IMPLEMENTER, Role.TOWN_OFFICER, Role.DISTRICT_ADMIN);
    private static final Set<ProjectState> PLANNABLE = EnumSet.of(ProjectState.DRAFT, ProjectState.PROPOSED,
            ProjectState.PRE_REVIEW, ProjectState.RETURNED, ProjectState.DELIBERATION, ProjectState.NOTICE);
    private static final Set<ProjectState> SPENDING = EnumSet.of(ProjectState.APPROVED, ProjectState.IMPLEMENTING,
            ProjectState.SUSPENDED, ProjectState.ACCEPTANCE);

    private final DistrictConfig config;
    private final Projections projections;
    private final Authorizer auth;

    BudgetDecisions(DistrictConfig config, Projections projections, Authorizer auth) {
        this.config = config;
        this.projections = projections;
        this.auth = auth;
    }

    // ------------------------------------------------------------------ commands

    List<Engine.Pending> decide(Actor actor, BudgetCommand command, Instant now, String name) {
        if (command instanceof OpenEnvelope c) return open(actor, c, now, name);
        if (command instanceof FundEnvelope c) return fund(actor, c, now, name);
        if (command instanceof AllocateFunds c) {
            return move(actor, c.fromEnvelopeId(), c.toEnvelopeId(), c.amount(), c.reason(), FlowKind.ALLOCATION, now, name);
        }
        if (command instanceof TransferFunds c) {
            return move(actor, c.fromEnvelopeId(), c.toEnvelopeId(), c.amount(), c.reason(), FlowKind.TRANSFER, now, name);
        }
        if (command instanceof ReplanReleasedFunds c) return replan(actor, c, now, name);
        if (command instanceof SetFundingPlan c) return plan(actor, c, now, name);
        if (command instanceof ReportActualCost c) return reportActual(actor, c, now, name);
        throw new IllegalStateException("unhandled budget command " + command.getClass().getName());
    }

    private List<Engine.Pending> open(Actor actor, OpenEnvelope c, Instant now, String name) {
        List<Problem> problems = new ArrayList<>();
        EnvelopeView existing = envelope(c.envelopeId());
        if (existing != null) {
            problems.add(problem(Errors.ENVELOPE_EXISTS, "envelopeId", "资金池 '" + c.envelopeId() + "' 已存在（" + existing.scopeId()
                            + " " + existing.year() + " 年）；请换一个编号",
                    "envelope '" + c.envelopeId() + "' already exists (" + existing.scopeId() + ", " + existing.year()
                            + "); choose another id"));
        }
        if (config.scopes().find(c.scopeId()).isEmpty()) {
            problems.add(problem(Errors.UNKNOWN_SCOPE, "scopeId", "未知的区域 '" + c.scopeId() + "'",
                    "unknown scope '" + c.scopeId() + "' (not in the scope tree of " + config.name() + ")"));
        }
        Errors.throwIfAny(problems);
        Role role = auth.authorize(actor, TREASURERS, c.scopeId(), "open an envelope", "开设资金池");
        return List.of(pending(envelopeStream(c.envelopeId()), ExpectedVersion.NO_STREAM,
                new EnvelopeOpened(c.envelopeId(), c.scopeId(), c.year(), c.name().strip()), meta(actor, role, now, name)));
    }

    private List<Engine.Pending> fund(Actor actor, FundEnvelope c, Instant now, String name) {
        EnvelopeView e = requireEnvelope(c.envelopeId(), "envelopeId");
        Role role = auth.authorize(actor, TREASURERS, e.scopeId(), "fund envelope " + e.id(), "向资金池 " + e.id() + " 注入资金");
        long fen = Money.ofYuan(c.amount()).fen();
        // Funding only adds money: no other writer's change can make it wrong, so any version will do.
        return List.of(pending(envelopeStream(e.id()), ExpectedVersion.ANY,
                new EnvelopeFunded(e.id(), c.source(), fen, blankToNull(c.reference())), meta(actor, role, now, name)));
    }

    private List<Engine.Pending> move(Actor actor, String fromId, String toId, java.math.BigDecimal amount, String reason,
                                      FlowKind kind, Instant now, String name) {
        List<Problem> problems = new ArrayList<>();
        EnvelopeView from = envelope(fromId);
        EnvelopeView to = envelope(toId);
        if (from == null) problems.add(unknownEnvelope(fromId, "fromEnvelopeId"));
        if (to == null) problems.add(unknownEnvelope(toId, "toEnvelopeId"));
        Errors.throwIfAny(problems);
        if (from.id().equals(to.id())) {
            throw reject(Errors.ENVELOPE_MISMATCH, "toEnvelopeId", "资金不能在同一个资金池内划转", "money cannot move from an envelope to itself");
        }
        if (from.year() != to.year()) {
            problems.add(problem(Errors.ENVELOPE_MISMATCH, "toEnvelopeId",
                    "资金池 " + from.id() + " 属于 " + from.year() + " 年，" + to.id() + " 属于 " + to.year() + " 年；资金只能在同一年度内划转",
                    "envelope " + from.id() + " is for " + from.year() + " and " + to.id() + " for " + to.year()
                            + "; money moves only within one year"));
        }
        if (kind == FlowKind.ALLOCATION) {
            Scope target = config.scopes().find(to.scopeId()).orElseThrow();
            if (!from.scopeId().equals(target.parentId())) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, "toEnvelopeId",
                        "下达只能从上级区域的资金池到直属下级区域的资金池：" + to.id() + "（" + to.scopeId() + "）不在 " + from.id()
                                + "（" + from.scopeId() + "）的直属下级；跨级或平级调剂请用 TransferFunds",
                        "an allocation goes from an envelope to one of a direct child scope: " + to.id() + " (" + to.scopeId()
                                + ") is not directly below " + from.id() + " (" + from.scopeId() + "); use TransferFunds otherwise"));
            }
        } else if (reason == null || reason.isBlank()) {
            problems.add(problem(Errors.REASON_REQUIRED, "reason", "资金调剂必须说明理由", "a transfer needs a reason"));
        }
        Errors.throwIfAny(problems);
        long fen = Money.ofYuan(amount).fen();
        requireAvailable(from, fen, "amount", kind == FlowKind.ALLOCATION ? "下达" : "调剂",
                kind == FlowKind.ALLOCATION ? "allocate" : "transfer");
        Role role = auth.authorize(actor, TREASURERS, from.scopeId(), "move money out of envelope " + from.id(),
                "从资金池 " + from.id() + " 划出资金");
        if (kind == FlowKind.TRANSFER) {
            auth.authorize(actor, TREASURERS, to.scopeId(), "move money into envelope " + to.id(), "向资金池 " + to.id() + " 划入资金");
        }
        EventMetadata m = meta(actor, role, now, name);
        String why = blankToNull(reason);
        // Only the source is pinned to the version read: money arriving cannot break the target.
        return List.of(
                pending(envelopeStream(from.id()), ExpectedVersion.exactly(from.version()),
                        new FundsMovedOut(from.id(), to.id(), kind, fen, why), m),
                pending(envelopeStream(to.id()), ExpectedVersion.ANY, new FundsMovedIn(to.id(), from.id(), kind, fen, why), m));
    }

    private List<Engine.Pending> replan(Actor actor, ReplanReleasedFunds c, Instant now, String name) {
        EnvelopeView e = requireEnvelope(c.envelopeId(), "envelopeId");
        long fen = Money.ofYuan(c.amount()).fen();
        if (e.released().fen() < fen) {
            throw reject(Errors.NOT_RELEASED, "amount",
                    "资金池 " + e.id() + " 的结余资金只有 " + e.released().formatted() + " 元，不能再安排 " + Money.ofFen(fen).formatted() + " 元",
                    "envelope " + e.id() + " holds only CNY " + e.released().formatted() + " of released money; cannot re-plan CNY "
                            + Money.ofFen(fen).formatted());
        }
        Role role = auth.authorize(actor, TREASURERS, e.scopeId(), "re-plan released money of envelope " + e.id(),
                "再安排资金池 " + e.id() + " 的结余资金");
        return List.of(pending(envelopeStream(e.id()), ExpectedVersion.exactly(e.version()),
                new ReleasedFundsReplanned(e.id(), fen, blankToNull(c.reason())), meta(actor, role, now, name)));
    }

    private List<Engine.Pending> plan(Actor actor, SetFundingPlan c, Instant now, String name) {
        ProjectView p = requireProject(c.projectId());
        ProjectFundingView f = projections.budget.funding(p.id());
        if (!PLANNABLE.contains(p.state()) || (f != null && f.state() != FundingState.PLANNED)) {
            throw reject(Errors.PLAN_LOCKED, "projectId",
                    "项目 " + p.id() + " 当前状态为 " + p.state() + "，资金已承诺或已结算，不能再修改资金计划",
                    "project " + p.id() + " is " + p.state() + ": its money is committed or settled and the funding plan can no longer change");
        }
        List<Problem> problems = new ArrayList<>();
        List<FundingAmount> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < c.lines().size(); i++) {
            FundingLine l = c.lines().get(i);
            String field = "lines[" + i + "]";
            long fen = Money.ofYuan(l.amount()).fen();
            if (fen <= 0) {
                problems.add(problem(CommandValidator.CODE, field + ".amount", "金额必须大于零（至少 0.01 元）",
                        "amount must be positive (at least 0.01 yuan)"));
            }
            if (!seen.add(l.envelopeId())) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, field + ".envelopeId", "资金池 " + l.envelopeId() + " 在计划中出现多次；每个资金池只写一行",
                        "envelope " + l.envelopeId() + " appears more than once; give one line per envelope"));
                continue;
            }
            EnvelopeView e = envelope(l.envelopeId());
            if (e == null) {
                problems.add(unknownEnvelope(l.envelopeId(), field + ".envelopeId"));
                continue;
            }
            if (e.year() != p.year()) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, field + ".envelopeId",
                        "资金池 " + e.id() + " 属于 " + e.year() + " 年，项目 " + p.id() + " 属于 " + p.year() + " 年",
                        "envelope " + e.id() + " is for " + e.year() + " but project " + p.id() + " is for " + p.year()));
            }
            if (!config.scopes().isWithin(p.scopeId(), e.scopeId())) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, field + ".envelopeId",
                        "资金池 " + e.id() + "（" + e.scopeId() + "）不能支付区域 " + p.scopeId() + " 的项目：只能使用本级或上级区域的资金池",
                        "envelope " + e.id() + " (" + e.scopeId() + ") cannot pay for a project in " + p.scopeId()
                                + ": use envelopes of the project's scope or a scope above it"));
            }
            total = Math.addExact(total, Math.max(0, fen));
            lines.add(new FundingAmount(e.id(), fen));
        }
        if (problems.isEmpty() && total != p.estimatedCost().fen()) {
            problems.add(problem(Errors.PLAN_TOTAL, "lines",
                    "资金计划合计 " + Money.ofFen(total).formatted() + " 元，与项目预算 " + p.estimatedCost().formatted() + " 元不符",
                    "the funding plan adds up to CNY " + Money.ofFen(total).formatted() + " but the project's estimated cost is CNY "
                            + p.estimatedCost().formatted()));
        }
        Errors.throwIfAny(problems);
        Role role = auth.authorize(actor, PLANNERS, p.scopeId(), "set the funding plan of project " + p.id(),
                "设置项目 " + p.id() + " 的资金计划");
        return List.of(pending(fundingStream(p.id()), f == null ? ExpectedVersion.NO_STREAM : ExpectedVersion.exactly(f.version()),
                new FundingPlanned(p.id(), p.scopeId(), p.year(), lines), meta(actor, role, now, name)));
    }

    private List<Engine.Pending> reportActual(Actor actor, ReportActualCost c, Instant now, String name) {
        ProjectView p = requireProject(c.projectId());
        ProjectFundingView f = projections.budget.funding(p.id());
        if (!SPENDING.contains(p.state())) {
            throw reject(Errors.NOT_APPROVED, "projectId",
                    "项目 " + p.id() + " 当前状态为 " + p.state() + "，只有已立项且未结算的项目才能报告实际支出",
                    "project " + p.id() + " is " + p.state() + ": spending can be reported only on an approved project that is not yet settled");
        }
        if (f == null || f.state() != FundingState.COMMITTED) {
            throw reject(Errors.NO_PLAN, "projectId", "项目 " + p.id() + " 没有已承诺的资金计划，无法报告实际支出",
                    "project " + p.id() + " has no committed funding plan; there is nothing to spend from");
        }
        List<Problem> problems = new ArrayList<>();
        List<FundingAmount> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.lines().size(); i++) {
            FundingLine l = c.lines().get(i);
            String field = "lines[" + i + "].envelopeId";
            if (!f.committed().containsKey(l.envelopeId())) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, field, "资金池 " + l.envelopeId() + " 不在项目 " + p.id() + " 的资金计划中；计划中的资金池："
                                + f.envelopeIds(),
                        "envelope " + l.envelopeId() + " is not in the funding plan of project " + p.id() + "; planned envelopes: " + f.envelopeIds()));
            } else if (!seen.add(l.envelopeId())) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, field, "资金池 " + l.envelopeId() + " 出现多次", "envelope " + l.envelopeId() + " appears more than once"));
            } else {
                lines.add(new FundingAmount(l.envelopeId(), Money.ofYuan(l.amount()).fen()));
            }
        }
        for (String id : f.committed().keySet()) {
            if (!seen.contains(id)) {
                problems.add(problem(Errors.ENVELOPE_MISMATCH, "lines", "缺少资金池 " + id + " 的实际支出（可以为 0）",
                        "the actual cost for envelope " + id + " is missing (it may be 0)"));
            }
        }
        Errors.throwIfAny(problems);
        Role role = auth.authorize(actor, REPORTERS, p.scopeId(), "report the actual cost of project " + p.id(),
                "报告项目 " + p.id() + " 的实际支出");
        return List.of(pending(fundingStream(p.id()), ExpectedVersion.exactly(f.version()),
                new ActualCostReported(p.id(), lines), meta(actor, role, now, name)));
    }

    // ------------------------------------------------------------------ project transitions

    @Override
    public void contribute(TransitionContext t) {
        ProjectFundingView f = projections.budget.funding(t.project.id());
        if (f == null) return; // no plan: money is not tracked for this project (a rule may demand a plan)
        if (t.enters(ProjectState.APPROVED)) commit(t, f);
        if (t.enters(ProjectState.COMPLETED)) {
            settle(t, f, "COMPLETED");
        } else if (t.to == ProjectState.TERMINATED) {
            settle(t, f, "TERMINATED");
        }
    }

    private void commit(TransitionContext t, ProjectFundingView f) {
        ProjectView p = t.project;
        if (f.state() != FundingState.PLANNED) {
            t.problems.add(problem(Errors.ALREADY_SETTLED, "projectId", "项目 " + p.id() + " 的资金已承诺过（" + f.state() + "）",
                    "the money of project " + p.id() + " was already committed (" + f.state() + ")"));
            return;
        }
        if (!f.planTotal().equals(p.estimatedCost())) {
            t.problems.add(problem(Errors.PLAN_TOTAL, "projectId",
                    "项目 " + p.id() + " 的资金计划合计 " + f.planTotal().formatted() + " 元，与预算 " + p.estimatedCost().formatted() + " 元不符",
                    "the funding plan of project " + p.id() + " adds up to CNY " + f.planTotal().formatted()
                            + " but its estimated cost is CNY " + p.estimatedCost().formatted()));
            return;
        }
        List<Engine.Pending> appends = new ArrayList<>();
        List<FundingAmount> lines = new ArrayList<>();
        int before = t.problems.size();
        for (Map.Entry<String, Money> line : f.plan().entrySet()) {
            EnvelopeView e = envelope(line.getKey());
            long need = line.getValue().fen();
            if (e.available().fen() < need) {
                t.problems.add(insufficient(e, need, "commit", "承诺", "项目 " + p.id(), "project " + p.id()));
                continue;
            }
            appends.add(pending(envelopeStream(e.id()), ExpectedVersion.exactly(e.version()),
                    new FundsCommitted(e.id(), p.id(), need), t.metadata));
            lines.add(new FundingAmount(e.id(), need));
        }
        if (t.problems.size() > before) return;
        t.appends.addAll(appends);
        t.appends.add(pending(fundingStream(p.id()), ExpectedVersion.exactly(f.version()), new FundingCommitted(p.id(), lines), t.metadata));
    }

    private void settle(TransitionContext t, ProjectFundingView f, String outcome) {
        ProjectView p = t.project;
        if (f.state() == FundingState.SETTLED) {
            t.problems.add(problem(Errors.ALREADY_SETTLED, "projectId",
                    "项目 " + p.id() + " 的资金已于 " + f.outcome() + " 时结算，不能重复释放",
                    "the money of project " + p.id() + " was already settled (" + f.outcome() + "); it cannot be released twice"));
            return;
        }
        if (f.state() != FundingState.COMMITTED) return; // planned, never approved: nothing was taken
        List<Engine.Pending> appends = new ArrayList<>();
        List<FundingAmount> spent = new ArrayList<>();
        List<FundingAmount> released = new ArrayList<>();
        int before = t.problems.size();
        for (Map.Entry<String, Money> line : f.committed().entrySet()) {
            EnvelopeView e = envelope(line.getKey());
            long committed = line.getValue().fen();
            Money reported = f.actual().get(e.id());
            long actual = reported != null ? reported.fen() : outcome.equals("COMPLETED") ? committed : 0;
            long extra = Math.max(0, actual - committed);
            if (extra > e.available().fen()) {
                t.problems.add(problem(Errors.INSUFFICIENT_FUNDS, "actualCost",
                        "项目 " + p.id() + " 在资金池 " + e.id() + " 的实际支出 " + Money.ofFen(actual).formatted() + " 元超出承诺 "
                                + Money.ofFen(committed).formatted() + " 元，超出的 " + Money.ofFen(extra).formatted() + " 元需要从可用余额支付，但可用余额只有 "
                                + e.available().formatted() + " 元",
                        "project " + p.id() + " actually cost CNY " + Money.ofFen(actual).formatted() + " in envelope " + e.id()
                                + ", CNY " + Money.ofFen(extra).formatted() + " more than the CNY " + Money.ofFen(committed).formatted()
                                + " committed; the extra must come from available money, but only CNY " + e.available().formatted()
                                + " is available"));
                continue;
            }
            long rel = Math.max(0, committed - actual);
            // Pinned to the version read: an overrun takes available money, and a concurrent settle
            // of the same project must lose.
            appends.add(pending(envelopeStream(e.id()), ExpectedVersion.exactly(e.version()),
                    new FundsSpent(e.id(), p.id(), committed, actual, rel, outcome), t.metadata));
            spent.add(new FundingAmount(e.id(), actual));
            released.add(new FundingAmount(e.id(), rel));
        }
        if (t.problems.size() > before) return;
        t.appends.addAll(appends);
        t.appends.add(pending(fundingStream(p.id()), ExpectedVersion.exactly(f.version()),
                new FundingSettled(p.id(), outcome, spent, released), t.metadata));
    }

    // ------------------------------------------------------------------ facts for rules

    /**
     * The budget facts rules see at a gate, as {@code ProjectFacts.attributes} (documented in
     * docs/rules-standard.md): amounts in fen as decimal text.
     */
    Map<String, String> attributes(ProjectView p) {
        Map<String, String> a = new LinkedHashMap<>();
        ProjectFundingView f = projections.budget.funding(p.id());
        a.put("funding.plan.present", Boolean.toString(f != null));
        if (f != null) {
            a.put("funding.state", f.state().name());
            a.put("funding.plan.total.fen", Long.toString(f.planTotal().fen()));
            a.put("funding.plan.envelopes", String.join(",", f.envelopeIds()));
            long available = 0;
            long shortfall = 0;
            for (Map.Entry<String, Money> line : f.plan().entrySet()) {
                EnvelopeView e = envelope(line.getKey());
                available += e.available().fen();
                shortfall += Math.max(0, line.getValue().fen() - e.available().fen());
            }
            a.put("envelope.available.fen", Long.toString(available));
            a.put("funding.shortfall.fen", Long.toString(shortfall));
        }
        org.weishi.core.view.PreReviewView review = projections.budget.preReview(p.id());
        if (review != null) {
            a.put("prereview.required", String.join(",", review.reviews().keySet()));
            a.put("prereview.passed", String.join(",", review.reviews().values().stream()
                    .filter(r -> r.decision() == org.weishi.core.lifecycle.ReviewDecision.PASS)
                    .map(org.weishi.core.view.DepartmentReview::department).toList()));
        }
        // the scope's other projects: subtract this project's own money when it is already counted
        long scopeYear = projections.budget.scopeYearMoney(p.scopeId(), p.year());
        if (f != null && f.state() == FundingState.COMMITTED) scopeYear -= f.committedTotal().fen();
        if (f != null && f.state() == FundingState.SETTLED) scopeYear -= f.spentTotal().fen();
        a.put("scope.year.committed.fen", Long.toString(scopeYear));
        a.put("scope.envelope.allocated.fen", Long.toString(allocatedAt(p.scopeId(), p.year())));
        List<String> path = config.scopes().path(p.scopeId());
        if (path.size() >= 2) {
            a.put("town.scope.id", path.get(1));
            a.put("town.envelope.allocated.fen", Long.toString(allocatedAt(path.get(1), p.year())));
            a.put("town.envelope.received.fen", Long.toString(projections.budget.receivedAt(path.get(1), p.year())));
        }
        return a;
    }

    private long allocatedAt(String scopeId, int year) {
        return projections.budget.allocatedAt(scopeId, year);
    }

    // ------------------------------------------------------------------ helpers

    private void requireAvailable(EnvelopeView e, long fen, String field, String zhVerb, String enVerb) {
        if (e.available().fen() < fen) {
            Problem p = insufficient(e, fen, enVerb, zhVerb, "", "");
            throw new org.weishi.core.CommandRejectedException(new Problem(p.code(), field, p.message()));
        }
    }

    private static Problem insufficient(EnvelopeView e, long need, String enVerb, String zhVerb, String zhFor, String enFor) {
        Money n = Money.ofFen(need);
        Money missing = Money.ofFen(need - e.available().fen());
        return problem(Errors.INSUFFICIENT_FUNDS, "envelope:" + e.id(),
                "资金池 " + e.id() + " 可用余额 " + e.available().formatted() + " 元，不足以" + (zhFor.isEmpty() ? "" : "为" + zhFor) + zhVerb + " "
                        + n.formatted() + " 元（还差 " + missing.formatted() + " 元）",
                "envelope " + e.id() + " has CNY " + e.available().formatted() + " available, not enough to " + enVerb + " CNY "
                        + n.formatted() + (enFor.isEmpty() ? "" : " for " + enFor) + " (CNY " + missing.formatted() + " short)");
    }

    private EnvelopeView envelope(String id) {
        return projections.budget.envelope(id);
    }

    private EnvelopeView requireEnvelope(String id, String field) {
        EnvelopeView e = envelope(id);
        if (e == null) throw new org.weishi.core.CommandRejectedException(unknownEnvelope(id, field));
        return e;
    }

    private static Problem unknownEnvelope(String id, String field) {
        return problem(Errors.UNKNOWN_ENVELOPE, field, "资金池 '" + id + "' 不存在", "envelope '" + id + "' does not exist");
    }

    private ProjectView requireProject(String id) {
        ProjectView p = projections.project(id);
        if (p == null) throw reject(Errors.NOT_FOUND, "projectId", "项目 '" + id + "' 不存在", "project '" + id + "' does not exist");
        return p;
    }

    static StreamId envelopeStream(String id) {
        return new StreamId(ENVELOPE, id);
    }

    static StreamId fundingStream(String projectId) {
        return new StreamId(FUNDING, projectId);
    }

    private static Engine.Pending pending(StreamId s, ExpectedVersion v, DomainEvent e, EventMetadata m) {
        return new Engine.Pending(s, v, List.of(e), m);
    }

    private static EventMetadata meta(Actor actor, Role role, Instant now, String command) {
        return new EventMetadata(actor.id(), role.name(), now, command);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
