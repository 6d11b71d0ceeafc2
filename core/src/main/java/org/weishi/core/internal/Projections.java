package org.weishi.core.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.weishi.core.deliberation.CouncilView;
import org.weishi.core.deliberation.MeetingView;
import org.weishi.core.deliberation.NoticeView;
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
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.Dashboard;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.core.view.ProjectView;
import org.weishi.core.view.TimelineEntry;
import org.weishi.spi.Channel;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.RecordedEvent;

/**
 * The read side: every demand and project folded from the log, in position order. Views are
 * immutable and replaced on each event, so readers never see a half-applied event.
 */
public final class Projections {
    /** Events per read of a short catch-up, and the size above which a catch-up reads in chunks. */
    static final int BATCH = 10_000;
    /**
     * Events per chunk of a long replay. Small, because chunks read ahead of the fold are alive at
     * every young collection and get copied: with 2,500 per chunk and one chunk per reader, the
     * CPU the collector (and JIT) spent on a million-event replay was 1.7-2.2 s in interleaved
     * runs, against 1.6-4.2 s with 10,000 and two per reader.
     */
    static final int CHUNK = 2_500;
    private final int batch;
    private final int chunk;
    private final Map<String, DemandView> demands = new ConcurrentHashMap<>();
    private final Map<String, ProjectView> projects = new ConcurrentHashMap<>();
    private volatile long position;
    private final DeliberationProjection deliberation = new DeliberationProjection();

    DeliberationProjection deliberation() {
        return deliberation;
    }

    /** Envelopes, projects' funding and pre-review rounds (issue 3). */
    final BudgetProjection budget = new BudgetProjection();

    /** Projections that read {@value #BATCH} events at a time and long replays in chunks of {@value #CHUNK}. */
    public Projections() {
        this(BATCH, CHUNK);
    }

    /**
     * @param batch events per read of a short catch-up; a catch-up that fills one goes on in chunks
     * @param chunk events per chunk of a long replay ({@code Integer.MAX_VALUE}: never in chunks)
     */
    Projections(int batch, int chunk) {
        this.batch = batch;
        this.chunk = chunk;
    }

    /**
     * Everything the views hold at a position: what a snapshot keeps. {@link #capture()} gives the
     * lists in no particular order; {@link #sorted()} orders each by its key.
     *
     * @param position the last position folded in
     * @param demands demands
     * @param projects projects
     * @param councils residents' councils
     * @param meetings council meetings
     * @param notices notice periods
     * @param envelopes budget envelopes
     * @param fundings projects' funding
     * @param preReviews department pre-reviews
     * @param scopeYearMoney money per "year|scope" committed or spent, in fen
     */
    record State(long position, List<DemandView> demands, List<ProjectView> projects, List<CouncilView> councils,
                 List<MeetingView> meetings, List<NoticeView> notices, List<EnvelopeView> envelopes,
                 List<ProjectFundingView> fundings, List<PreReviewView> preReviews, Map<String, Long> scopeYearMoney) {
        /** @return the same state with every list ordered by its key, as a snapshot writes it */
        State sorted() {
            return new State(position, sort(demands, DemandView::id), sort(projects, ProjectView::id),
                    sort(councils, CouncilView::scopeId), sort(meetings, MeetingView::id), sort(notices, NoticeView::projectId),
                    sort(envelopes, EnvelopeView::id), sort(fundings, ProjectFundingView::projectId),
                    sort(preReviews, PreReviewView::projectId), new java.util.TreeMap<>(scopeYearMoney));
        }

        private static <T> List<T> sort(List<T> l, java.util.function.Function<T, String> key) {
            List<T> out = new ArrayList<>(l);
            out.sort(Comparator.comparing(key));
            return out;
        }
    }

    /**
     * A consistent copy of every view: taken under the lock the fold holds, so it is the state at
     * exactly {@link State#position()}. Copies references only (views are immutable).
     *
     * @return the state
     */
    synchronized State capture() {
        return new State(position, new ArrayList<>(demands.values()), new ArrayList<>(projects.values()),
                deliberation.councils(), deliberation.meetings(), deliberation.notices(), budget.envelopeViews(),
                budget.fundings(), budget.preReviews(), budget.scopeYearMoneyTable());
    }

    /**
     * Starts from a snapshot's state instead of the beginning of the log.
     *
     * @param state the state
     * @throws IllegalStateException when anything was folded already
     */
    synchronized void restore(State state) {
        if (position != 0 || !demands.isEmpty() || !projects.isEmpty()) {
            throw new IllegalStateException("restore into fresh projections only");
        }
        long maxDemand = 0;
        for (DemandView d : state.demands()) {
            demands.put(d.id(), d);
            maxDemand = Math.max(maxDemand, seq(d.id()));
        }
        long maxProject = 0;
        for (ProjectView p : state.projects()) {
            projects.put(p.id(), p);
            maxProject = Math.max(maxProject, seq(p.id()));
        }
        maxDemandSeq = maxDemand;
        maxProjectSeq = maxProject;
        deliberation.restore(state.councils(), state.meetings(), state.notices());
        budget.restore(state.envelopes(), state.fundings(), state.preReviews(), state.scopeYearMoney());
        position = state.position();
        notifyAll();
    }

    private volatile java.util.function.LongConsumer onFolded = position -> { };

    /**
     * @param listener told the new position after each fold, under this object's lock: it must
     *                 return at once (hand any work to another thread)
     */
    void onFolded(java.util.function.LongConsumer listener) {
        this.onFolded = listener;
    }

    /** A committed domain event with what the fold needs beside it. */
    record Applied(long position, long version, DomainEvent event, EventMetadata metadata) {
    }

    /** @return the last position folded in */
    public long position() {
        return position;
    }

    /**
     * Folds in every event after {@link #position()}.
     *
     * <p>A short catch-up (after a conflict, a refresh) reads and folds on the calling thread. A
     * long one (start-up) reads the head position and splits the log below it into chunks (of
     * {@value #CHUNK} events) that {@link ChunkedReplay reader threads} read and decode
     * concurrently, on their own connections, while this thread folds the chunks in position
     * order. Positions are dense up to the head (an {@link EventStore} requirement), so chunk
     * boundaries are known without reading; the fold still checks that every event follows the
     * previous one and reads on this thread from wherever a chunk does not fit.
     *
     * @param store the store
     */
    public synchronized void catchUp(EventStore store) {
        List<RecordedEvent> events = store.readAll(position, batch);
        if (events.size() == batch && chunk != Integer.MAX_VALUE) {
            foldRecorded(events);
            new ChunkedReplay(store, position, store.headPosition()).run();
            events = store.readAll(position, batch);
        }
        // Until a read comes back empty: a store may return fewer events than asked for.
        while (!events.isEmpty()) {
            foldRecorded(events);
            events = store.readAll(position, batch);
        }
        early.headMap(position, true).clear();
        onFolded.accept(position);
        notifyAll();
    }

    /** Folds stored events decoded on this thread, skipping what is already folded. */
    private void foldRecorded(List<RecordedEvent> events) {
        for (RecordedEvent e : events) {
            if (e.position() <= position) continue;
            DomainEvent d = EventCodec.decode(e);
            if (d != null) apply(d, e.version(), EventCodec.metadata(e));
            position = e.position();
        }
    }

    /**
     * @param store the store
     * @param after a position
     * @param limit at most this many
     * @return the events after {@code after}, decoded; {@code event} null for another component's type
     */
    static List<Applied> readDecoded(EventStore store, long after, int limit) {
        List<RecordedEvent> events = store.readAll(after, limit);
        List<Applied> out = new ArrayList<>(events.size());
        for (RecordedEvent e : events) {
            DomainEvent d = EventCodec.decode(e);
            out.add(new Applied(e.position(), e.version(), d, d == null ? null : EventCodec.metadata(e)));
        }
        return out;
    }

    /**
     * One long replay up to a head position: reader threads read and decode chunks, the caller
     * folds them in order. At most {@link #window} chunks (one per reader) are read ahead of the
     * fold, which bounds memory and keeps the store's connections free for the rest of the engine.
     */
    private final class ChunkedReplay {
        private final EventStore store;
        private final long head;
        private final ArrayDeque<CompletableFuture<List<Applied>>> ahead = new ArrayDeque<>();
        private final int window = READERS;
        private long next;

        ChunkedReplay(EventStore store, long from, long head) {
            this.store = store;
            this.next = from;
            this.head = head;
        }

        void run() {
            if (head - next < 2L * chunk) return; // the sequential loop is as quick
            try {
                while (ahead.size() < window && submitNext()) {
                    // fill the window
                }
                while (!ahead.isEmpty()) {
                    List<Applied> read = join(ahead.poll());
                    submitNext();
                    for (Applied a : read) {
                        if (a.position() <= position) continue;
                        // Not the next position: the store broke density (or the log changed
                        // under us); the caller continues sequentially from here.
                        if (a.position() != position + 1) return;
                        if (a.event() != null) apply(a.event(), a.version(), a.metadata());
                        position = a.position();
                    }
                }
            } finally {
                // Chunks still being read are dropped; readers are never interrupted (an
                // interrupted JDBC read may close the database's file channel).
                for (CompletableFuture<List<Applied>> f : ahead) f.cancel(false);
            }
        }

        private boolean submitNext() {
            if (next >= head) return false;
            long after = next;
            int limit = (int) Math.min(chunk, head - after);
            next += limit;
            ahead.add(CompletableFuture.supplyAsync(() -> readDecoded(store, after, limit), readers()));
            return true;
        }

        private List<Applied> join(CompletableFuture<List<Applied>> f) {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }
    }

    /** Reader threads of long replays: one per core, at most four (each holds a connection while it reads). */
    static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static volatile ExecutorService readers;

    /** @return the reader threads (also used to read a snapshot's demand rows in parallel) */
    static ExecutorService readers() {
        if (readers == null) {
            synchronized (Projections.class) {
                if (readers == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadPoolExecutor pool = new ThreadPoolExecutor(READERS, READERS, 30, TimeUnit.SECONDS,
                            new LinkedBlockingQueue<>(), r -> {
                                Thread t = new Thread(r, "weishi-replay-reader-" + n.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                    // Idle between replays: let the threads go.
                    pool.allowCoreThreadTimeOut(true);
                    readers = pool;
                }
            }
        }
        return readers;
    }

    /**
     * Folds in events just committed by this engine without reading them back, when they directly
     * follow what is folded; otherwise catches up from the store (another writer came between).
     *
     * @param store the store
     * @param firstPosition position of the first event
     * @param events the events in position order
     */
    synchronized void committed(EventStore store, long firstPosition, List<Applied> events) {
        // Concurrent commands of this engine may report their commits out of position order:
        // park what arrives early and fold contiguous runs, without reading the log back.
        for (Applied a : events) {
            if (a.position() > position) early.put(a.position(), a);
        }
        Applied next;
        while ((next = early.remove(position + 1)) != null) {
            apply(next.event(), next.version(), next.metadata());
            position = next.position();
        }
        // A gap that our own commits do not fill was written by another process: read it.
        if (early.size() > EARLY_LIMIT) catchUp(store);
        onFolded.accept(position);
        notifyAll();
    }

    /**
     * Read your own writes: returns once everything up to {@code target} is folded. Waits a moment
     * for concurrent commands of this engine to report the commits before it; reads the log only
     * when they do not (another process wrote them).
     *
     * @param store the store
     * @param target a committed position
     */
    synchronized void awaitFolded(EventStore store, long target) {
        long deadline = System.nanoTime() + 2_000_000L;
        while (position < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                catchUp(store);
                return;
            }
            try {
                wait(Math.max(1, left / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                catchUp(store);
                return;
            }
        }
    }

    private static final int EARLY_LIMIT = 1_000;
    private final java.util.TreeMap<Long, Applied> early = new java.util.TreeMap<>();

    DemandView demand(String id) {
        return demands.get(id);
    }

    ProjectView project(String id) {
        return projects.get(id);
    }

    // The highest number at the end of a demand's or project's id ("D-000042" → 42), kept as
    // they are folded: the engine continues numbering from them (scanning a million ids after a
    // replay cost more than keeping track).
    private volatile long maxDemandSeq;
    private volatile long maxProjectSeq;

    /** @return the highest number ending a demand id folded so far (ids the engine did not make aside) */
    long maxDemandSeq() {
        return maxDemandSeq;
    }

    /** @return the highest number ending a project id folded so far */
    long maxProjectSeq() {
        return maxProjectSeq;
    }

    /**
     * @param id an id such as {@code D-000042}
     * @return the number after its last dash, or 0 when there is none (an id the engine did not
     *         generate cannot collide with generated ones)
     */
    static long seq(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return Long.parseLong(id, dash + 1, id.length(), 10);
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }

    List<DemandView> demands() {
        List<DemandView> l = new ArrayList<>(demands.values());
        l.sort(Comparator.comparing(DemandView::id));
        return l;
    }

    List<ProjectView> projects() {
        List<ProjectView> l = new ArrayList<>(projects.values());
        l.sort(Comparator.comparing(ProjectView::id));
        return l;
    }


    private void apply(DomainEvent event, long version, EventMetadata m) {
        if (deliberation.apply(event, version, m)) {
            // Notice and objections live on the project stream: keep the project's version current.
            ProjectView p = projects.get(event.aggregateId());
            if (p != null) {
                projects.put(p.id(), with(p, version, p.state(), p.demandIds(), p.leaderId(), p.progressReports(), p.timeline(), m.at()));
            }
            return;
        }
        Instant at = m.at();
        if (event instanceof DemandSubmitted e) {
            long n = seq(e.demandId());
            if (n > maxDemandSeq) maxDemandSeq = n;
            demands.put(e.demandId(), new DemandView(e.demandId(), version, DemandState.SUBMITTED, e.channel(),
                    shared(e.category()), shared(e.scopeId()), e.title(), e.description(), e.beneficiaries(), e.personKey(),
                    shared(m.actorId()), null, null, 0, at, at));
        } else if (event instanceof DemandTransitioned e) {
            DemandView d = demands.get(e.demandId());
            String projectId = d.projectId();
            String mergedInto = d.mergedInto();
            switch (e.action()) {
                case ADOPT -> projectId = e.relatedId();
                case RELEASE -> projectId = null;
                case MERGE -> mergedInto = e.relatedId();
                default -> { }
            }
            demands.put(d.id(), new DemandView(d.id(), version, e.to(), d.channel(), d.category(), d.scopeId(),
                    d.title(), d.description(), d.beneficiaries(), d.personKey(), d.submittedBy(), projectId,
                    mergedInto, d.satisfaction(), d.submittedAt(), at));
        } else if (event instanceof DemandRated e) {
            DemandView d = demands.get(e.demandId());
            demands.put(d.id(), new DemandView(d.id(), version, d.state(), d.channel(), d.category(), d.scopeId(),
                    d.title(), d.description(), d.beneficiaries(), d.personKey(), d.submittedBy(), d.projectId(),
                    d.mergedInto(), e.satisfaction(), d.submittedAt(), at));
        } else if (event instanceof ProjectDrafted e) {
            long n = seq(e.projectId());
            if (n > maxProjectSeq) maxProjectSeq = n;
            projects.put(e.projectId(), new ProjectView(e.projectId(), version, ProjectState.DRAFT, e.kind(), e.type(),
                    e.title(), shared(e.category()), shared(e.scopeId()), Money.ofFen(e.estimatedCostFen()), shared(e.organiser()), e.year(),
                    e.description(), List.of(), null, Map.of(),
                    List.of(new TimelineEntry(at, "DRAFT", null, ProjectState.DRAFT.name(), shared(m.role()), null)), at, at));
        } else if (event instanceof ProjectTransitioned e) {
            ProjectView p = projects.get(e.projectId());
            List<TimelineEntry> timeline = new ArrayList<>(p.timeline());
            timeline.add(new TimelineEntry(at, e.action().name(), e.from().name(), e.to().name(), shared(m.role()), e.reason()));
            projects.put(p.id(), with(p, version, e.to(), p.demandIds(), p.leaderId(), p.progressReports(), timeline, at));
        } else if (event instanceof DemandsLinked e) {
            ProjectView p = projects.get(e.projectId());
            List<String> ids = new ArrayList<>(p.demandIds());
            ids.addAll(e.demandIds());
            projects.put(p.id(), with(p, version, p.state(), ids, p.leaderId(), p.progressReports(), p.timeline(), at));
        } else if (event instanceof LeadAssigned e) {
            ProjectView p = projects.get(e.projectId());
            projects.put(p.id(), with(p, version, p.state(), p.demandIds(), e.leaderId(), p.progressReports(), p.timeline(), at));
        } else if (event instanceof ProgressReported e) {
            ProjectView p = projects.get(e.projectId());
            Map<String, String> reports = new LinkedHashMap<>(p.progressReports());
            reports.put(e.quarter(), e.summary());
            projects.put(p.id(), with(p, version, p.state(), p.demandIds(), p.leaderId(), reports, p.timeline(), at));
        } else {
            budget.apply(event, version, m);
        }
    }

    // Codes the views keep by the million (categories, scopes, roles, officials' ids) arrive as a
    // fresh string per event: keep one copy of each recent value, so a replayed view holds fewer
    // objects (less for the collector to copy while a big replay builds the views). A small
    // direct-mapped table: bounded, and a miss costs one comparison. Folding is single-threaded.
    private final String[] shared = new String[1024];

    private String shared(String s) {
        if (s == null) return null;
        int slot = s.hashCode() & (shared.length - 1);
        String known = shared[slot];
        if (s.equals(known)) return known;
        shared[slot] = s;
        return s;
    }

    private static ProjectView with(ProjectView p, long version, ProjectState state, List<String> demandIds, String leader,
                                    Map<String, String> reports, List<TimelineEntry> timeline, Instant at) {
        return new ProjectView(p.id(), version, state, p.kind(), p.type(), p.title(), p.category(), p.scopeId(),
                p.estimatedCost(), p.organiser(), p.year(), p.description(), demandIds, leader, reports, timeline,
                p.draftedAt(), at);
    }

    /** @return the dashboard at the current position */
    public synchronized Dashboard dashboard() {
        Map<ProjectKind, Map<ProjectState, Integer>> counts = new EnumMap<>(ProjectKind.class);
        Map<ProjectKind, Map<ProjectState, Money>> money = new EnumMap<>(ProjectKind.class);
        for (ProjectKind k : ProjectKind.values()) {
            Map<ProjectState, Integer> c = new EnumMap<>(ProjectState.class);
            Map<ProjectState, Money> mo = new EnumMap<>(ProjectState.class);
            for (ProjectState s : ProjectState.values()) {
                c.put(s, 0);
                mo.put(s, Money.ZERO);
            }
            counts.put(k, c);
            money.put(k, mo);
        }
        int led = 0;
        int ledClosed = 0;
        for (ProjectView p : projects.values()) {
            counts.get(p.kind()).merge(p.state(), 1, Integer::sum);
            money.get(p.kind()).merge(p.state(), p.estimatedCost(), Money::plus);
            if (p.led()) {
                led++;
                if (p.state() == ProjectState.CLOSED) ledClosed++;
            }
        }
        Map<Channel, Map<DemandState, Integer>> byChannel = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            Map<DemandState, Integer> c = new EnumMap<>(DemandState.class);
            for (DemandState s : DemandState.values()) c.put(s, 0);
            byChannel.put(ch, c);
        }
        long ratingSum = 0;
        int rated = 0;
        for (DemandView d : demands.values()) {
            byChannel.get(d.channel()).merge(d.state(), 1, Integer::sum);
            if (d.satisfaction() > 0) {
                ratingSum += d.satisfaction();
                rated++;
            }
        }
        return new Dashboard(position, freeze(counts), freeze(money), led, ledClosed, freeze(byChannel),
                rated == 0 ? 0 : (double) ratingSum / rated, rated);
    }

    private static <K, V> Map<K, V> freeze(Map<K, V> m) {
        Map<K, V> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> inner ? unsafeFreeze(inner) : v));
        return java.util.Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static <V> V unsafeFreeze(Map<?, ?> inner) {
        return (V) java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inner));
    }
}
