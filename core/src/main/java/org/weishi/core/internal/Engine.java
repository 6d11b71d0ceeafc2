package org.weishi.core.internal;

import static org.weishi.core.internal.Errors.problem;
import static org.weishi.core.internal.Errors.reject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.weishi.core.Actor;
import org.weishi.core.CommandRejectedException;
import org.weishi.core.PluginInfo;
import org.weishi.core.Problem;
import org.weishi.core.Receipt;
import org.weishi.core.Role;
import org.weishi.core.RoleGrant;
import org.weishi.core.Weishi;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.AnswerObjection;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.CastVote;
import org.weishi.core.command.CloseMeeting;
import org.weishi.core.command.ConstituteCouncil;
import org.weishi.core.command.OpenMeeting;
import org.weishi.core.command.RaiseObjection;
import org.weishi.core.command.SignIn;
import org.weishi.core.command.BudgetCommand;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.command.Command;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.MergeDemand;
import org.weishi.core.command.RateDemand;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.event.DemandRated;
import org.weishi.core.event.DemandSubmitted;
import org.weishi.core.event.DemandTransitioned;
import org.weishi.core.event.DemandsLinked;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.LeadAssigned;
import org.weishi.core.event.ProgressReported;
import org.weishi.core.event.ProjectDrafted;
import org.weishi.core.event.ProjectTransitioned;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.StandardLifecycles;
import org.weishi.core.lifecycle.Transition;
import org.weishi.core.lifecycle.TransitionTable;
import org.weishi.core.view.Dashboard;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.Money;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.AppendResult;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.spi.storage.RecordedEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;
import org.weishi.spi.storage.WrongExpectedVersionException;

/**
 * The engine behind {@link Weishi}: validate → authorize → look the transition up in the table →
 * evaluate the gate's rules → append the events atomically with expected versions → fold them into
 * the views → wake the outbox. Decisions read the views; a concurrent change caught by the store's
 * version check makes the engine re-read and decide again (unless the caller pinned a version).
 */
public final class Engine implements Weishi {
    private static final int MAX_ATTEMPTS = 16;
    private static final Set<Role> SUBMIT_ROLES = EnumSet.of(Role.RESIDENT, Role.SOCIAL_WORKER,
            Role.COMMUNITY_COMMITTEE, Role.TOWN_OFFICER, Role.DISTRICT_ADMIN);
    private static final Set<ProjectState> FINISHED = EnumSet.of(ProjectState.COMPLETED, ProjectState.CLOSED,
            ProjectState.REJECTED, ProjectState.WITHDRAWN, ProjectState.TERMINATED);

    private final DistrictConfig config;
    private final Clock clock;
    private final EventStore store;
    private final PersonalDataVault vault;
    private final RuleRunner rules;
    private final Outbox outbox;
    private final PluginHost host;
    private final Projections projections = new Projections();
    private final CommandValidator validator = new CommandValidator();
    private final Supplier<String> personKeys;
    private final AtomicLong demandSeq = new AtomicLong();
    private final AtomicLong projectSeq = new AtomicLong();
    private final List<ProjectTransitionHook> hooks = new ArrayList<>();
    private final DeliberationDecisions deliberation = new DeliberationDecisions(this);
    private final BudgetDecisions budget;
    private final PreReviewDecisions preReview;
    private volatile boolean closed;
    private final Snapshots snapshots;

    /**
     * @param config district configuration
     * @param clock the clock
     * @param store the event store
     * @param vault the personal-data vault
     * @param rules approval rules
     * @param outbox the notifier outbox (may be empty)
     * @param host the plug-in host (for {@link #plugins()} and stopping)
     * @param personKeys generator of new person keys
     */
    public Engine(DistrictConfig config, Clock clock, EventStore store, PersonalDataVault vault, RuleRunner rules,
                  Outbox outbox, PluginHost host, Supplier<String> personKeys) {
        this(config, clock, store, vault, rules, outbox, host, personKeys, 0, true);
    }

    /**
     * @param config district configuration
     * @param clock the clock
     * @param store the event store
     * @param vault the personal-data vault
     * @param rules approval rules
     * @param outbox the notifier outbox (may be empty)
     * @param host the plug-in host (for {@link #plugins()} and stopping)
     * @param personKeys generator of new person keys
     * @param snapshotEvery save a snapshot of the views each time they move this many events past
     *                      the last one (in the background); 0 never
     * @param startFromSnapshot whether to start from the stored snapshot of the views, when there
     *                          is one this engine can use, instead of replaying the whole log
     */
    public Engine(DistrictConfig config, Clock clock, EventStore store, PersonalDataVault vault, RuleRunner rules,
                  Outbox outbox, PluginHost host, Supplier<String> personKeys, long snapshotEvery,
                  boolean startFromSnapshot) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.vault = vault;
        this.rules = rules;
        this.outbox = outbox;
        this.host = host;
        this.personKeys = personKeys;
        this.budget = new BudgetDecisions(config, projections, this::authorize);
        this.preReview = new PreReviewDecisions(projections, rules, p -> facts(p, ProjectAction.SUBMIT_FOR_REVIEW),
                this::authorize, (a, c, n, nm) -> actOnProject(a, c, n, nm).pending());
        hooks.add(preReview);
        hooks.add(budget);
        this.snapshots = new Snapshots(store, projections, snapshotEvery);
        if (startFromSnapshot) snapshots.startFrom();
        projections.onFolded(snapshots::folded);
        projections.catchUp(store);
        reseedIds();
        outbox.start(projections);
    }

    /** @return the district configuration */
    DistrictConfig config() {
        return config;
    }

    /** @return the projections */
    Projections projections() {
        return projections;
    }

    private void reseedIds() {
        // Kept by the fold: after a replay of a million demands, scanning their ids cost more
        // than folding them.
        demandSeq.set(projections.maxDemandSeq());
        projectSeq.set(projections.maxProjectSeq());
    }

    // ------------------------------------------------------------------ commands

    @Override
    public Receipt execute(Actor actor, Command command) {
        return execute(actor, command, null);
    }

    @Override
    public Receipt execute(Actor actor, Command command, String idempotencyKey) {
        Receipt earlier = admit(actor, command, idempotencyKey);
        if (earlier != null) return earlier;
        String fingerprint = idempotencyKey == null ? null : fingerprint(actor, command);
        String personKey = null;
        if (command instanceof SubmitDemand s) {
            // The vault write precedes the event that references it, so a reference never dangles.
            personKey = personKeys.get();
            vault.put(personKey, personalFields(s.submitter()));
        }
        for (int attempt = 1; ; attempt++) {
            Decision d = decide(actor, command, personKey);
            AppendResult result;
            try {
                result = store.append(requestOf(d, idempotencyKey, fingerprint));
            } catch (WrongExpectedVersionException e) {
                if (d.pinned || attempt >= MAX_ATTEMPTS) throw stale(e);
                prepareRetry(d);
                // Jittered, growing back-off: without it, writers racing on one stream (an envelope) can
                // keep losing to the same competitor until MAX_ATTEMPTS (seen in the budget benchmark).
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000L << Math.min(attempt, 10)));
                continue;
            }
            return acknowledge(d, result);
        }
    }

    @Override
    public CompletableFuture<Receipt> executeAsync(Actor actor, Command command) {
        return executeAsync(actor, command, null);
    }

    @Override
    public CompletableFuture<Receipt> executeAsync(Actor actor, Command command, String idempotencyKey) {
        try {
            Receipt earlier = admit(actor, command, idempotencyKey);
            if (earlier != null) return CompletableFuture.completedFuture(earlier);
            String fingerprint = idempotencyKey == null ? null : fingerprint(actor, command);
            String personKey = null;
            CompletableFuture<Void> personalData = null;
            if (command instanceof SubmitDemand s) {
                // As in execute: the vault record is durable before the event that references it
                // is appended; here the append waits for it instead of the caller.
                personKey = personKeys.get();
                personalData = vault.putAsync(personKey, personalFields(s.submitter()));
            }
            return attemptAsync(actor, command, idempotencyKey, fingerprint, personKey, 1, personalData);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Checks and validates a command before it is decided (every problem at once).
     *
     * @return the first receipt when the idempotency key was used before, else null
     */
    private Receipt admit(Actor actor, Command command, String idempotencyKey) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        if (closed) throw new IllegalStateException("this weishi engine is closed");
        Errors.throwIfAny(validator.validate(command, ""));
        if (idempotencyKey == null) return null;
        return store.findByIdempotencyKey(idempotencyKey).map(this::receiptOf).orElse(null);
    }

    private CompletableFuture<Receipt> attemptAsync(Actor actor, Command command, String idempotencyKey,
            String fingerprint, String personKey, int attempt, CompletableFuture<Void> after) {
        Decision d;
        AppendRequest request;
        try {
            d = decide(actor, command, personKey);
            request = requestOf(d, idempotencyKey, fingerprint);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<AppendResult> appended = after == null ? store.appendAsync(request)
                : after.thenCompose(x -> store.appendAsync(request));
        return appended.handle((result, error) -> {
            if (error == null) {
                try {
                    return CompletableFuture.completedFuture(acknowledge(d, result));
                } catch (RuntimeException e) {
                    return CompletableFuture.<Receipt>failedFuture(e);
                }
            }
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof WrongExpectedVersionException w) {
                if (d.pinned || attempt >= MAX_ATTEMPTS) return CompletableFuture.<Receipt>failedFuture(stale(w));
                // Another command changed a stream this one read (often one of this caller's own, still
                // in flight when this was decided): catch up and decide again, off the commit thread.
                return CompletableFuture.runAsync(() -> prepareRetry(d))
                        .thenCompose(x -> attemptAsync(actor, command, idempotencyKey, fingerprint, personKey, attempt + 1, null));
            }
            return CompletableFuture.<Receipt>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private AppendRequest requestOf(Decision d, String idempotencyKey, String fingerprint) {
        List<StreamAppend> appends = new ArrayList<>();
        for (Pending p : d.pending) {
            List<NewEvent> events = new ArrayList<>();
            for (DomainEvent e : p.events) events.add(EventCodec.encode(e, p.metadata));
            appends.add(new StreamAppend(p.stream, p.expected, events));
        }
        return new AppendRequest(appends, idempotencyKey, fingerprint);
    }

    private void prepareRetry(Decision d) {
        projections.catchUp(store);
        // Reseeding scans every id; only a decision that created a stream can have lost an id race
        // (a budget race on one envelope otherwise pays it on every retry).
        if (d.pending.stream().anyMatch(p -> p.expected.equals(ExpectedVersion.NO_STREAM))) reseedIds();
    }

    /** Folds a durable decision into the views (read your writes) and makes its receipt. */
    private Receipt acknowledge(Decision d, AppendResult result) {
        if (result.duplicate()) return receiptOf(result);
        projections.committed(store, result.firstPosition(), applied(d, result));
        projections.awaitFolded(store, result.lastPosition());
        outbox.signal();
        Pending primary = d.pending.get(0);
        List<String> types = new ArrayList<>();
        for (Pending p : d.pending) for (DomainEvent e : p.events) types.add(e.eventType());
        return new Receipt(primary.stream.id(), result.versions().get(primary.stream), result.lastPosition(), types, false);
    }

    private static Map<String, String> personalFields(Submitter s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", s.name());
        if (s.phone() != null) m.put("phone", s.phone());
        if (s.idNumber() != null) m.put("idNumber", s.idNumber());
        if (s.address() != null) m.put("address", s.address());
        return m;
    }

    private List<Projections.Applied> applied(Decision d, AppendResult r) {
        List<Projections.Applied> out = new ArrayList<>();
        long position = r.firstPosition();
        for (Pending p : d.pending) {
            long version = r.versions().get(p.stream) - p.events.size();
            for (DomainEvent e : p.events) out.add(new Projections.Applied(position++, ++version, e, p.metadata));
        }
        return out;
    }

    private Receipt receiptOf(AppendResult first) {
        List<RecordedEvent> events = store.readAll(first.firstPosition() - 1, (int) (first.lastPosition() - first.firstPosition() + 1));
        StreamId primary = events.get(0).stream();
        return new Receipt(primary.id(), first.versions().get(primary), first.lastPosition(),
                events.stream().map(RecordedEvent::type).toList(), true);
    }

    private static CommandRejectedException stale(WrongExpectedVersionException e) {
        return new CommandRejectedException(new Problem(Errors.STALE, "expectedVersion", e.text()));
    }

    private static String fingerprint(Actor actor, Command command) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((actor.id() + "|" + command.getClass().getName() + "|" + Json.write(command))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events for one stream, with the version they expect it at. */
    record Pending(StreamId stream, ExpectedVersion expected, List<DomainEvent> events, EventMetadata metadata) {
    }

    /** What a command decided: the first stream is the command's own aggregate. */
    record Decision(List<Pending> pending, boolean pinned) {
    }

    private Decision decide(Actor actor, Command command, String personKey) {
        // No read of the log here: this engine's own commits are already folded (committed()),
        // and a change by anyone else to a stream this command touches fails its append with a
        // wrong expected version, after which execute() catches up and decides again.
        Instant now = clock.instant();
        String name = command.getClass().getSimpleName();
        if (command instanceof SubmitDemand c) return submitDemand(actor, c, personKey, now, name);
        if (command instanceof ActOnDemand c) return actOnDemand(actor, c, now, name);
        if (command instanceof MergeDemand c) return mergeDemand(actor, c, now, name);
        if (command instanceof RateDemand c) return rateDemand(actor, c, now, name);
        if (command instanceof DraftProject c) return draftProject(actor, c, now, name);
        if (command instanceof BudgetCommand c) return new Decision(budget.decide(actor, c, now, name), false);
        if (command instanceof ReviewProject c) return new Decision(preReview.decide(actor, c, now, name), false);
        if (command instanceof ActOnProject c) return actOnProject(actor, c, now, name);
        if (command instanceof LinkDemands c) return linkDemands(actor, c, now, name);
        if (command instanceof AssignLead c) return assignLead(actor, c, now, name);
        if (command instanceof ReportProgress c) return reportProgress(actor, c, now, name);
        if (command instanceof ConstituteCouncil c) return deliberation.constitute(actor, c, now, name);
        if (command instanceof OpenMeeting c) return deliberation.open(actor, c, now, name);
        if (command instanceof SignIn c) return deliberation.signIn(actor, c, now, name);
        if (command instanceof CastVote c) return deliberation.vote(actor, c, now, name);
        if (command instanceof CloseMeeting c) return deliberation.close(actor, c, now, name);
        if (command instanceof RaiseObjection c) return deliberation.object(actor, c, now, name);
        if (command instanceof AnswerObjection c) return deliberation.answer(actor, c, now, name);
        throw new IllegalArgumentException("unknown command " + command.getClass().getName());
    }

    // ------------------------------------------------------------------ demands

    private Decision submitDemand(Actor actor, SubmitDemand c, String personKey, Instant now, String name) {
        List<Problem> problems = new ArrayList<>();
        checkScopeAndCategory(c.scopeId(), c.category(), problems);
        Errors.throwIfAny(problems);
        Role role = authorize(actor, SUBMIT_ROLES, c.scopeId(), "submit a demand", "提交需求");
        String id = ids("D-", demandSeq.incrementAndGet());
        DemandSubmitted e = new DemandSubmitted(id, c.channel(), c.category(), c.scopeId(), c.title().strip(),
                c.description().strip(), c.beneficiaries(), personKey);
        return one(new StreamId("demand", id), ExpectedVersion.NO_STREAM, e, meta(actor, role, now, name), false);
    }

    private Decision actOnDemand(Actor actor, ActOnDemand c, Instant now, String name) {
        DemandView d = demand(c.demandId(), "demandId");
        checkPinned(c.expectedVersion(), d.version(), "demand/" + d.id());
        if (c.action() == DemandAction.ADOPT || c.action() == DemandAction.MERGE) {
            throw reject(Errors.WRONG_COMMAND, "action",
                    c.action() + " 需要使用 " + (c.action() == DemandAction.ADOPT ? "LinkDemands" : "MergeDemand") + " 命令",
                    c.action() + " is done with the " + (c.action() == DemandAction.ADOPT ? "LinkDemands" : "MergeDemand") + " command");
        }
        Transition<DemandState, DemandAction> t = demandRow(d, c.action());
        requireReason(StandardLifecycles.DEMAND_REASON_REQUIRED.contains(c.action()), c.reason(), c.action().name());
        Role role = authorize(actor, t.roles(), d.scopeId(), c.action() + " demand " + d.id(), "对需求 " + d.id() + " 执行 " + c.action());
        if (c.action() == DemandAction.WITHDRAW && role == Role.RESIDENT && !actor.id().equals(d.submittedBy())) {
            throw reject(Errors.FORBIDDEN, "", "只有提交人本人可以撤回需求 " + d.id(),
                    "only the resident who submitted demand " + d.id() + " can withdraw it");
        }
        return one(stream(d), ExpectedVersion.exactly(d.version()),
                new DemandTransitioned(d.id(), c.action(), d.state(), t.to(), blankToNull(c.reason()), null),
                meta(actor, role, now, name), c.expectedVersion() != null);
    }

    private Decision mergeDemand(Actor actor, MergeDemand c, Instant now, String name) {
        DemandView d = demand(c.demandId(), "demandId");
        DemandView into = demand(c.intoDemandId(), "intoDemandId");
        if (d.id().equals(into.id())) {
            throw reject(Errors.WRONG_COMMAND, "intoDemandId", "需求不能合并到自身", "a demand cannot be merged into itself");
        }
        if (EnumSet.of(DemandState.SUBMITTED, DemandState.ACCEPTED, DemandState.ADOPTED).stream().noneMatch(s -> s == into.state())) {
            throw reject(Errors.ILLEGAL_TRANSITION, "intoDemandId",
                    "目标需求 " + into.id() + " 状态为 " + into.state() + "，不能再合并其他需求",
                    "target demand " + into.id() + " is " + into.state() + " and cannot take merged demands");
        }
        Transition<DemandState, DemandAction> t = demandRow(d, DemandAction.MERGE);
        Role role = authorize(actor, t.roles(), d.scopeId(), "merge demand " + d.id(), "合并需求 " + d.id());
        return one(stream(d), ExpectedVersion.exactly(d.version()),
                new DemandTransitioned(d.id(), DemandAction.MERGE, d.state(), t.to(), blankToNull(c.reason()), into.id()),
                meta(actor, role, now, name), false);
    }

    private Decision rateDemand(Actor actor, RateDemand c, Instant now, String name) {
        DemandView d = demand(c.demandId(), "demandId");
        if (d.state() != DemandState.RESOLVED) {
            throw reject(Errors.ILLEGAL_TRANSITION, "demandId", "需求 " + d.id() + " 当前状态为 " + d.state() + "，办结后才能评价",
                    "demand " + d.id() + " is " + d.state() + "; it can be rated once RESOLVED");
        }
        if (d.satisfaction() > 0) {
            throw reject(Errors.ALREADY_DONE, "demandId", "需求 " + d.id() + " 已评价过", "demand " + d.id() + " was already rated");
        }
        Role role = authorize(actor, EnumSet.of(Role.RESIDENT, Role.SOCIAL_WORKER), d.scopeId(), "rate demand " + d.id(), "评价需求 " + d.id());
        if (role == Role.RESIDENT && !actor.id().equals(d.submittedBy())) {
            throw reject(Errors.FORBIDDEN, "", "只有提交人本人可以评价需求 " + d.id(), "only the resident who submitted demand " + d.id() + " can rate it");
        }
        return one(stream(d), ExpectedVersion.exactly(d.version()), new DemandRated(d.id(), c.satisfaction(), blankToNull(c.comment())),
                meta(actor, role, now, name), false);
    }

    // ------------------------------------------------------------------ projects

    private Decision draftProject(Actor actor, DraftProject c, Instant now, String name) {
        List<Problem> problems = new ArrayList<>();
        checkScopeAndCategory(c.scopeId(), c.category(), problems);
        Errors.throwIfAny(problems);
        Set<Role> roles = config.projectLifecycle().find(config.projectLifecycle().initial(), ProjectAction.PROPOSE)
                .map(Transition::roles).orElse(Set.of(Role.DISTRICT_ADMIN));
        Role role = authorize(actor, roles, c.scopeId(), "draft a project", "草拟项目");
        String id = ids("P-", projectSeq.incrementAndGet());
        ProjectDrafted e = new ProjectDrafted(id, c.kind(), c.type(), c.title().strip(), c.category(), c.scopeId(),
                Money.ofYuan(c.estimatedCost()).fen(), c.organiser().strip(), c.year(), blankToNull(c.description()));
        return one(new StreamId("project", id), ExpectedVersion.NO_STREAM, e, meta(actor, role, now, name), false);
    }

    private Decision actOnProject(Actor actor, ActOnProject c, Instant now, String name) {
        ProjectView p = project(c.projectId(), "projectId");
        checkPinned(c.expectedVersion(), p.version(), "project/" + p.id());
        TransitionTable<ProjectState, ProjectAction> table = config.projectLifecycle();
        Transition<ProjectState, ProjectAction> first = table.find(p.state(), c.action())
                .filter(t -> !t.systemOnly())
                .orElseThrow(() -> illegal("project", p.id(), p.state(), c.action(), table.allowedActions(p.state())));
        requireReason(StandardLifecycles.PROJECT_REASON_REQUIRED.contains(c.action()), c.reason(), c.action().name());
        Role role = authorize(actor, first.roles(), p.scopeId(), c.action() + " project " + p.id(), "对项目 " + p.id() + " 执行 " + c.action());
        if ((c.action() == ProjectAction.PASS_VOTE || c.action() == ProjectAction.FAIL_VOTE)
                && projections.deliberation().council(p.scopeId()) != null) {
            throw reject(Errors.WRONG_COMMAND, "action",
                    "该社区已成立议事会：项目 " + p.id() + " 须由议事会会议表决（OpenMeeting / CastVote / CloseMeeting）",
                    "the community has a residents' council: project " + p.id()
                            + " is decided by a council meeting (OpenMeeting / CastVote / CloseMeeting)");
        }
        return new Decision(transition(actor, role, p, first, c.reason(), meta(actor, role, now, name)), c.expectedVersion() != null);
    }

    /**
     * Decides one project transition (with pass-through of skipped stages, gate rules, hooks and
     * demands following the project) and returns what to append. The project's own stream is first.
     */
    List<Pending> transition(Actor actor, Role role, ProjectView p, Transition<ProjectState, ProjectAction> first,
                             String reason, EventMetadata m) {
        TransitionTable<ProjectState, ProjectAction> table = config.projectLifecycle();
        ProjectAction action = first.action();
        List<Transition<ProjectState, ProjectAction>> path = config.stagePlan().passThrough(table, p.kind(), first);
        List<Problem> refusals = new ArrayList<>();
        for (Transition<ProjectState, ProjectAction> t : path) {
            if (t.gate() != null) refusals.addAll(gate(t.gate(), p, action));
        }
        if (path.stream().anyMatch(t -> t.from() == ProjectState.NOTICE && t.to() == ProjectState.APPROVED)) {
            refusals.addAll(deliberation.noticeProblems(p, m.at()));
        }
        Errors.throwIfAny(refusals);
        ProjectState to = path.get(path.size() - 1).to();
        List<ProjectState> via = path.subList(0, path.size() - 1).stream().map(Transition::to).toList();
        List<DomainEvent> own = new ArrayList<>();
        own.add(new ProjectTransitioned(p.id(), action, p.state(), to, via, blankToNull(reason)));
        if (to == ProjectState.NOTICE) own.add(deliberation.noticeFor(p.id(), m.at()));
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending(stream(p), ExpectedVersion.exactly(p.version()), own, m));
        if (!hooks.isEmpty()) {
            ProjectTransitionHook.TransitionContext tc = new ProjectTransitionHook.TransitionContext(actor, role, p,
                    action, path, to, m, refusals, pending);
            for (ProjectTransitionHook h : hooks) h.contribute(tc);
            Errors.throwIfAny(refusals);
        }
        DemandAction follow = StandardLifecycles.DEMAND_FOLLOWS_PROJECT.get(to);
        if (follow != null) {
            for (String demandId : p.demandIds()) {
                DemandView d = projections.demand(demandId);
                config.demandLifecycle().find(d.state(), follow).ifPresent(dt -> pending.add(new Pending(stream(d),
                        ExpectedVersion.exactly(d.version()),
                        List.of(new DemandTransitioned(d.id(), follow, d.state(), dt.to(),
                                "项目 " + p.id() + " " + to + " / project " + p.id() + " " + to, p.id())), m)));
            }
        }
        return pending;
    }

    private List<Problem> gate(Gate gate, ProjectView p, ProjectAction action) {
        List<Problem> out = new ArrayList<>();
        if (rules.rules().isEmpty()) return out;
        for (Verdict v : rules.evaluate(gate, facts(p, action))) {
            if (v.passed()) continue;
            boolean unavailable = v.ruleId().startsWith(RuleRunner.UNAVAILABLE);
            out.add(new Problem(unavailable ? Errors.RULE_UNAVAILABLE : Errors.RULE_REFUSED,
                    "rule:" + (unavailable ? v.ruleId().substring(RuleRunner.UNAVAILABLE.length()) : v.ruleId()),
                    org.weishi.spi.LocalizedText.of("[" + gate + " " + v.outcome() + "] " + v.reason().zh(),
                            "[" + gate + " " + v.outcome() + "] " + v.reason().en())));
        }
        return out;
    }

    /** The facts rules see, with the budget's attributes (envelope availability, scope-year totals). */
    private ProjectFacts facts(ProjectView p, ProjectAction action) {
        return new ProjectFacts(p.id(), p.title(), p.kind(), p.type(), p.category(),
                config.scopes().path(p.scopeId()), p.estimatedCost(), p.year(), p.state().name(),
                action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), p.demandIds().size(),
                budget.attributes(p));
    }

    private Decision linkDemands(Actor actor, LinkDemands c, Instant now, String name) {
        ProjectView p = project(c.projectId(), "projectId");
        if (FINISHED.contains(p.state())) {
            throw reject(Errors.PROJECT_FINISHED, "projectId",
                    "项目 " + p.id() + " 已处于 " + p.state() + " 状态，不能再合并需求；请为这些需求另立项目",
                    "project " + p.id() + " is " + p.state() + " and cannot take more demands; link them to another project");
        }
        List<Problem> problems = new ArrayList<>();
        List<DemandView> demands = new ArrayList<>();
        Set<String> seen = new HashSet<>(p.demandIds());
        for (int i = 0; i < c.demandIds().size(); i++) {
            String id = c.demandIds().get(i);
            String field = "demandIds[" + i + "]";
            DemandView d = projections.demand(id);
            if (d == null) {
                problems.add(problem(Errors.NOT_FOUND, field, "需求 '" + id + "' 不存在", "demand '" + id + "' does not exist"));
            } else if (!seen.add(id)) {
                problems.add(problem(Errors.ALREADY_DONE, field, "需求 " + id + " 已关联到项目 " + p.id(),
                        "demand " + id + " is already linked to project " + p.id()));
            } else if (config.demandLifecycle().find(d.state(), DemandAction.ADOPT).isEmpty()) {
                problems.add(illegalProblem(field, "demand", id, d.state(), DemandAction.ADOPT,
                        config.demandLifecycle().allowedActions(d.state())));
            } else {
                demands.add(d);
            }
        }
        Errors.throwIfAny(problems);
        Set<Role> adoptRoles = config.demandLifecycle().find(DemandState.ACCEPTED, DemandAction.ADOPT)
                .map(Transition::roles).orElse(Set.of(Role.DISTRICT_ADMIN));
        Role role = authorize(actor, adoptRoles, p.scopeId(), "link demands to project " + p.id(), "将需求关联到项目 " + p.id());
        for (DemandView d : demands) authorize(actor, adoptRoles, d.scopeId(), "adopt demand " + d.id(), "采纳需求 " + d.id());
        EventMetadata m = meta(actor, role, now, name);
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending(stream(p), ExpectedVersion.exactly(p.version()),
                List.of(new DemandsLinked(p.id(), demands.stream().map(DemandView::id).toList())), m));
        for (DemandView d : demands) {
            DemandState to = config.demandLifecycle().find(d.state(), DemandAction.ADOPT).orElseThrow().to();
            pending.add(new Pending(stream(d), ExpectedVersion.exactly(d.version()),
                    List.of(new DemandTransitioned(d.id(), DemandAction.ADOPT, d.state(), to, null, p.id())), m));
        }
        return new Decision(pending, false);
    }

    private Decision assignLead(Actor actor, AssignLead c, Instant now, String name) {
        ProjectView p = project(c.projectId(), "projectId");
        if (FINISHED.contains(p.state()) && p.state() != ProjectState.COMPLETED) {
            throw reject(Errors.PROJECT_FINISHED, "projectId", "项目 " + p.id() + " 已处于 " + p.state() + " 状态，不能再安排领办",
                    "project " + p.id() + " is " + p.state() + "; a leader can no longer take it");
        }
        if (c.leaderId().equals(p.leaderId())) {
            throw reject(Errors.ALREADY_DONE, "leaderId", "项目 " + p.id() + " 已由 " + p.leaderId() + " 领办",
                    "project " + p.id() + " is already led by " + p.leaderId());
        }
        Role role = authorize(actor, EnumSet.of(Role.DISTRICT_LEADER, Role.DISTRICT_ADMIN), p.scopeId(),
                "assign a leader to project " + p.id(), "为项目 " + p.id() + " 安排领办领导");
        if (role == Role.DISTRICT_LEADER && !actor.id().equals(c.leaderId())) {
            throw reject(Errors.FORBIDDEN, "leaderId", "区领导只能为自己认领项目", "a district leader can only take a project on themself");
        }
        return one(stream(p), ExpectedVersion.exactly(p.version()), new LeadAssigned(p.id(), c.leaderId()),
                meta(actor, role, now, name), false);
    }

    private Decision reportProgress(Actor actor, ReportProgress c, Instant now, String name) {
        ProjectView p = project(c.projectId(), "projectId");
        if (!p.led()) {
            throw reject(Errors.NOT_LED, "projectId", "项目 " + p.id() + " 没有领办领导，无需季度报账",
                    "project " + p.id() + " has no leading district leader; quarterly reports are for led projects");
        }
        Role role = authorize(actor, EnumSet.of(Role.DISTRICT_LEADER, Role.TOWN_OFFICER, Role.DISTRICT_ADMIN), p.scopeId(),
                "report on project " + p.id(), "报告项目 " + p.id() + " 进展");
        if (role == Role.DISTRICT_LEADER && !actor.id().equals(p.leaderId())) {
            throw reject(Errors.FORBIDDEN, "", "只有领办领导本人可以报告该项目", "only the project's own leader reports on it");
        }
        return one(stream(p), ExpectedVersion.exactly(p.version()), new ProgressReported(p.id(), c.quarter(), c.summary().strip()),
                meta(actor, role, now, name), false);
    }

    // ------------------------------------------------------------------ helpers

    static Decision one(StreamId s, ExpectedVersion v, DomainEvent e, EventMetadata m, boolean pinned) {
        return new Decision(List.of(new Pending(s, v, List.of(e), m)), pinned);
    }

    static EventMetadata meta(Actor actor, Role role, Instant now, String command) {
        return new EventMetadata(actor.id(), role.name(), now, command);
    }

    private static StreamId stream(DemandView d) {
        return new StreamId("demand", d.id());
    }

    static StreamId stream(ProjectView p) {
        return new StreamId("project", p.id());
    }

    private DemandView demand(String id, String field) {
        DemandView d = projections.demand(id);
        if (d == null) throw reject(Errors.NOT_FOUND, field, "需求 '" + id + "' 不存在", "demand '" + id + "' does not exist");
        return d;
    }

    ProjectView project(String id, String field) {
        ProjectView p = projections.project(id);
        if (p == null) throw reject(Errors.NOT_FOUND, field, "项目 '" + id + "' 不存在", "project '" + id + "' does not exist");
        return p;
    }

    private Transition<DemandState, DemandAction> demandRow(DemandView d, DemandAction action) {
        TransitionTable<DemandState, DemandAction> table = config.demandLifecycle();
        return table.find(d.state(), action).filter(t -> !t.systemOnly())
                .orElseThrow(() -> illegal("demand", d.id(), d.state(), action, table.allowedActions(d.state())));
    }

    static CommandRejectedException illegal(String what, String id, Enum<?> state, Enum<?> action, List<?> allowed) {
        return new CommandRejectedException(illegalProblem("action", what, id, state, action, allowed));
    }

    static Problem illegalProblem(String field, String what, String id, Enum<?> state, Enum<?> action, List<?> allowed) {
        String zhWhat = what.equals("demand") ? "需求" : "项目";
        return problem(Errors.ILLEGAL_TRANSITION, field,
                zhWhat + " " + id + " 当前状态为 " + state + "，不能执行 " + action + "；当前允许的操作：" + Errors.list(allowed),
                what + " " + id + " is " + state + ": action " + action + " is not allowed; allowed actions: " + Errors.list(allowed));
    }

    private static void checkPinned(Long expected, long actual, String stream) {
        if (expected != null && expected != actual) {
            throw reject(Errors.STALE, "expectedVersion",
                    "'" + stream + "' 已被他人修改：期望版本 " + expected + "，实际版本 " + actual + "。请刷新后重试。",
                    "'" + stream + "' was changed by someone else: expected version " + expected + ", actual " + actual
                            + ". Reload and retry.");
        }
    }

    static void requireReason(boolean required, String reason, String action) {
        if (required && (reason == null || reason.isBlank())) {
            throw reject(Errors.REASON_REQUIRED, "reason", "执行 " + action + " 必须说明理由", "action " + action + " needs a reason");
        }
    }

    private void checkScopeAndCategory(String scopeId, String category, List<Problem> problems) {
        if (config.scopes().find(scopeId).isEmpty()) {
            problems.add(problem(Errors.UNKNOWN_SCOPE, "scopeId", "未知的区域 '" + scopeId + "'（不在 " + config.name() + " 的区域树中）",
                    "unknown scope '" + scopeId + "' (not in the scope tree of " + config.name() + ")"));
        }
        if (config.category(category).isEmpty()) {
            problems.add(problem(Errors.UNKNOWN_CATEGORY, "category", "未知的需求类别 '" + category + "'；可用类别：" + config.categories().keySet(),
                    "unknown category '" + category + "'; configured categories: " + config.categories().keySet()));
        }
    }

    Role authorize(Actor actor, Set<Role> allowed, String scopeId, String whatEn, String whatZh) {
        for (RoleGrant g : actor.grants()) {
            if (allowed.contains(g.role()) && config.scopes().isWithin(scopeId, g.scopeId())) return g.role();
        }
        throw reject(Errors.FORBIDDEN, "",
                "用户 '" + actor.id() + "' 在区域 '" + scopeId + "' 没有可以" + whatZh + "的角色；允许的角色：" + allowed + "，该用户拥有：" + actor.grants(),
                "actor '" + actor.id() + "' holds no role allowed to " + whatEn + " in scope '" + scopeId + "'; allowed roles: "
                        + allowed + "; the actor holds " + actor.grants());
    }

    /** @return e.g. {@code D-000042}: a prefix and a number padded to six digits */
    static String ids(String prefix, long n) {
        String digits = Long.toString(n);
        return digits.length() >= 6 ? prefix + digits : prefix + "000000".substring(digits.length()) + digits;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ queries

    @Override
    public Optional<DemandView> demand(String id) {
        return Optional.ofNullable(projections.demand(id));
    }

    @Override
    public Optional<ProjectView> project(String id) {
        return Optional.ofNullable(projections.project(id));
    }

    @Override
    public List<DemandView> demands() {
        return projections.demands();
    }

    @Override
    public List<ProjectView> projects() {
        return projections.projects();
    }

    @Override
    public Optional<org.weishi.core.deliberation.CouncilView> council(String scopeId) {
        return Optional.ofNullable(projections.deliberation().council(scopeId));
    }

    @Override
    public Optional<org.weishi.core.deliberation.MeetingView> meeting(String meetingId) {
        return Optional.ofNullable(projections.deliberation().meeting(meetingId));
    }

    @Override
    public Optional<org.weishi.core.deliberation.NoticeView> notice(String projectId) {
        return Optional.ofNullable(projections.deliberation().notice(projectId));
    }

    @Override
    public void refresh() {
        projections.catchUp(store);
    }

    @Override
    public long snapshot() {
        if (closed) throw new IllegalStateException("this weishi engine is closed");
        return snapshots.save();
    }

    @Override
    public Dashboard dashboard() {
        projections.catchUp(store);
        return projections.dashboard();
    }

    @Override
    public List<EnvelopeView> envelopes() {
        return projections.budget.envelopes();
    }

    @Override
    public Optional<EnvelopeView> envelope(String id) {
        return Optional.ofNullable(projections.budget.envelope(id));
    }

    @Override
    public Optional<ProjectFundingView> funding(String projectId) {
        return Optional.ofNullable(projections.budget.funding(projectId));
    }

    @Override
    public Optional<PreReviewView> preReview(String projectId) {
        return Optional.ofNullable(projections.budget.preReview(projectId));
    }

    @Override
    public DistrictConfig district() {
        return config;
    }

    @Override
    public List<PluginInfo> plugins() {
        return host.infos();
    }

    @Override
    public EventStore eventStore() {
        return store;
    }

    @Override
    public PersonalDataVault personalDataVault() {
        return vault;
    }

    @Override
    public List<org.weishi.spi.disclosure.DisclosurePublisher> disclosurePublishers() {
        return host.disclosurePublishers();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        snapshots.close();
        outbox.close();
        rules.close();
        host.stopAll();
    }
}
