package org.weishi.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int BATCH = 10_000;
    private final Map<String, DemandView> demands = new ConcurrentHashMap<>();
    private final Map<String, ProjectView> projects = new ConcurrentHashMap<>();
    private volatile long position;
    private final DeliberationProjection deliberation = new DeliberationProjection();

    DeliberationProjection deliberation() {
        return deliberation;
    }

    /** Envelopes, projects' funding and pre-review rounds (issue 3). */
    final BudgetProjection budget = new BudgetProjection();

    /** A stored event decoded off the folding thread. */
    private record Decoded(RecordedEvent recorded, DomainEvent event, EventMetadata metadata) {
        static Decoded of(RecordedEvent e) {
            DomainEvent d = EventCodec.decode(e);
            return new Decoded(e, d, d == null ? null : EventCodec.metadata(e));
        }
    }

    private static volatile java.util.concurrent.ExecutorService reader;

    private static java.util.concurrent.ExecutorService reader() {
        if (reader == null) {
            synchronized (Projections.class) {
                if (reader == null) {
                    reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "weishi-replay-reader");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return reader;
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
     * @param store the store
     */
    public synchronized void catchUp(EventStore store) {
        List<RecordedEvent> batch = store.readAll(position, BATCH);
        while (!batch.isEmpty()) {
            // A long replay (start-up) reads the next batch while this one is decoded (in parallel)
            // and folded (in order); a short catch-up after a conflict stays on this thread.
            boolean full = batch.size() == BATCH;
            long last = batch.get(batch.size() - 1).position();
            java.util.concurrent.CompletableFuture<List<RecordedEvent>> next = full
                    ? java.util.concurrent.CompletableFuture.supplyAsync(() -> store.readAll(last, BATCH), reader())
                    : null;
            List<Decoded> decoded = (full ? batch.parallelStream() : batch.stream()).map(Decoded::of).toList();
            for (Decoded d : decoded) {
                if (d.event() != null) apply(d.event(), d.recorded().version(), d.metadata());
                position = d.recorded().position();
            }
            if (next == null) break;
            batch = next.join();
        }
        early.headMap(position, true).clear();
        notifyAll();
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
            demands.put(e.demandId(), new DemandView(e.demandId(), version, DemandState.SUBMITTED, e.channel(),
                    e.category(), e.scopeId(), e.title(), e.description(), e.beneficiaries(), e.personKey(),
                    m.actorId(), null, null, 0, at, at));
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
            projects.put(e.projectId(), new ProjectView(e.projectId(), version, ProjectState.DRAFT, e.kind(), e.type(),
                    e.title(), e.category(), e.scopeId(), Money.ofFen(e.estimatedCostFen()), e.organiser(), e.year(),
                    e.description(), List.of(), null, Map.of(),
                    List.of(new TimelineEntry(at, "DRAFT", null, ProjectState.DRAFT.name(), m.role(), null)), at, at));
        } else if (event instanceof ProjectTransitioned e) {
            ProjectView p = projects.get(e.projectId());
            List<TimelineEntry> timeline = new ArrayList<>(p.timeline());
            timeline.add(new TimelineEntry(at, e.action().name(), e.from().name(), e.to().name(), m.role(), e.reason()));
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
