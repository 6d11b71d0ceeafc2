package org.weishi.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.budget.FundingState;
import org.weishi.core.event.ActualCostReported;
import org.weishi.core.event.DepartmentReviewed;
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
import org.weishi.core.event.PreReviewOpened;
import org.weishi.core.event.ReleasedFundsReplanned;
import org.weishi.core.view.DepartmentReview;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.spi.Money;

/**
 * The read side of budgets and pre-review: envelopes, projects' funding and pre-review rounds,
 * folded from the log. Called by {@link Projections} under its lock, so the fold is single-writer;
 * views are immutable and replaced on each event, so readers never see half an event.
 */
final class BudgetProjection {
    private final Map<String, EnvelopeView> envelopes = new ConcurrentHashMap<>();
    private final Map<String, ProjectFundingView> fundings = new ConcurrentHashMap<>();
    private final Map<String, PreReviewView> reviews = new ConcurrentHashMap<>();
    /** Per "year|scope": money committed (unsettled) or spent (settled) by the scope's projects; kept incrementally. */
    private final Map<String, Long> scopeYearMoney = new ConcurrentHashMap<>();

    /**
     * @param scopeId a scope
     * @param year a year
     * @return money committed (unsettled) or spent (settled) by the projects of that scope and year, in fen
     */
    long scopeYearMoney(String scopeId, int year) {
        return scopeYearMoney.getOrDefault(year + "|" + scopeId, 0L);
    }

    /**
     * @param scopeId a scope
     * @param year a year
     * @return the allocated money of the envelopes of that scope and year, in fen
     */
    long allocatedAt(String scopeId, int year) {
        long sum = 0;
        for (EnvelopeView e : envelopes.values()) {
            if (e.year() == year && e.scopeId().equals(scopeId)) sum += e.allocated().fen();
        }
        return sum;
    }

    /**
     * @param scopeId a scope
     * @param year a year
     * @return the money the envelopes of that scope and year received (funded + allocated in), in fen,
     *         before anything was passed on: the base of "a share of the town's envelope"
     */
    long receivedAt(String scopeId, int year) {
        long sum = 0;
        for (EnvelopeView e : envelopes.values()) {
            if (e.year() == year && e.scopeId().equals(scopeId)) sum += e.fundedTotal().fen() + e.allocatedIn().fen();
        }
        return sum;
    }

    EnvelopeView envelope(String id) {
        return envelopes.get(id);
    }

    List<EnvelopeView> envelopes() {
        List<EnvelopeView> l = new ArrayList<>(envelopes.values());
        l.sort(Comparator.comparingInt(EnvelopeView::year).thenComparing(EnvelopeView::scopeId).thenComparing(EnvelopeView::id));
        return l;
    }

    ProjectFundingView funding(String projectId) {
        return fundings.get(projectId);
    }

    List<ProjectFundingView> fundings() {
        return List.copyOf(fundings.values());
    }

    PreReviewView preReview(String projectId) {
        return reviews.get(projectId);
    }

    /** @return every envelope, unordered (a snapshot's copy is taken under the projections' lock) */
    List<EnvelopeView> envelopeViews() {
        return new ArrayList<>(envelopes.values());
    }

    /** @return every pre-review, unordered */
    List<PreReviewView> preReviews() {
        return new ArrayList<>(reviews.values());
    }

    /** @return money per "year|scope" (see {@link #scopeYearMoney(String, int)}) */
    Map<String, Long> scopeYearMoneyTable() {
        return new java.util.TreeMap<>(scopeYearMoney);
    }

    /**
     * Puts views read from a snapshot into an empty projection.
     *
     * @param envelopeViews envelopes
     * @param fundingViews projects' funding
     * @param reviewViews pre-reviews
     * @param money money per "year|scope"
     */
    void restore(List<EnvelopeView> envelopeViews, List<ProjectFundingView> fundingViews, List<PreReviewView> reviewViews,
                 Map<String, Long> money) {
        for (EnvelopeView e : envelopeViews) envelopes.put(e.id(), e);
        for (ProjectFundingView f : fundingViews) fundings.put(f.projectId(), f);
        for (PreReviewView r : reviewViews) reviews.put(r.projectId(), r);
        scopeYearMoney.putAll(money);
    }

    /** @return true when the event was one of budget's or pre-review's */
    boolean apply(DomainEvent event, long version, EventMetadata m) {
        if (event instanceof EnvelopeOpened e) {
            Map<FundingSource, Money> funded = new EnumMap<>(FundingSource.class);
            for (FundingSource s : FundingSource.values()) funded.put(s, Money.ZERO);
            envelopes.put(e.envelopeId(), new EnvelopeView(e.envelopeId(), version, e.scopeId(), e.year(), e.name(),
                    funded, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
        } else if (event instanceof EnvelopeFunded e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            Map<FundingSource, Money> funded = new EnumMap<>(v.funded());
            funded.merge(e.source(), Money.ofFen(e.amountFen()), Money::plus);
            Money amount = Money.ofFen(e.amountFen());
            put(v, version, funded, v.allocatedIn(), v.allocatedOut(), v.committed(), v.spent(), v.released(),
                    v.available().plus(amount), v.variance());
        } else if (event instanceof FundsMovedOut e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            Money amount = Money.ofFen(e.amountFen());
            put(v, version, v.funded(), v.allocatedIn(), v.allocatedOut().plus(amount), v.committed(), v.spent(),
                    v.released(), v.available().minus(amount), v.variance());
        } else if (event instanceof FundsMovedIn e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            Money amount = Money.ofFen(e.amountFen());
            put(v, version, v.funded(), v.allocatedIn().plus(amount), v.allocatedOut(), v.committed(), v.spent(),
                    v.released(), v.available().plus(amount), v.variance());
        } else if (event instanceof FundsCommitted e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            Money amount = Money.ofFen(e.amountFen());
            put(v, version, v.funded(), v.allocatedIn(), v.allocatedOut(), v.committed().plus(amount), v.spent(),
                    v.released(), v.available().minus(amount), v.variance());
        } else if (event instanceof FundsSpent e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            long extra = Math.max(0, e.actualFen() - e.committedFen());
            put(v, version, v.funded(), v.allocatedIn(), v.allocatedOut(), v.committed().minus(Money.ofFen(e.committedFen())),
                    v.spent().plus(Money.ofFen(e.actualFen())), v.released().plus(Money.ofFen(e.releasedFen())),
                    v.available().minus(Money.ofFen(extra)), v.variance().plus(Money.ofFen(e.actualFen() - e.committedFen())));
        } else if (event instanceof ReleasedFundsReplanned e) {
            EnvelopeView v = envelopes.get(e.envelopeId());
            Money amount = Money.ofFen(e.amountFen());
            put(v, version, v.funded(), v.allocatedIn(), v.allocatedOut(), v.committed(), v.spent(),
                    v.released().minus(amount), v.available().plus(amount), v.variance());
        } else if (event instanceof FundingPlanned e) {
            fundings.put(e.projectId(), new ProjectFundingView(e.projectId(), version, e.scopeId(), e.year(),
                    FundingState.PLANNED, amounts(e.lines()), Map.of(), Map.of(), Map.of(), Map.of(), null));
        } else if (event instanceof ActualCostReported e) {
            ProjectFundingView f = fundings.get(e.projectId());
            fundings.put(f.projectId(), new ProjectFundingView(f.projectId(), version, f.scopeId(), f.year(), f.state(),
                    f.plan(), f.committed(), amounts(e.lines()), f.spent(), f.released(), f.outcome()));
        } else if (event instanceof FundingCommitted e) {
            ProjectFundingView f = fundings.get(e.projectId());
            long committed = 0;
            for (FundingAmount a : e.lines()) committed += a.amountFen();
            scopeYearMoney.merge(f.year() + "|" + f.scopeId(), committed, Long::sum);
            fundings.put(f.projectId(), new ProjectFundingView(f.projectId(), version, f.scopeId(), f.year(),
                    FundingState.COMMITTED, f.plan(), amounts(e.lines()), f.actual(), Map.of(), Map.of(), null));
        } else if (event instanceof FundingSettled e) {
            ProjectFundingView f = fundings.get(e.projectId());
            long spent = 0;
            for (FundingAmount a : e.spent()) spent += a.amountFen();
            scopeYearMoney.merge(f.year() + "|" + f.scopeId(), spent - f.committedTotal().fen(), Long::sum);
            fundings.put(f.projectId(), new ProjectFundingView(f.projectId(), version, f.scopeId(), f.year(),
                    FundingState.SETTLED, f.plan(), f.committed(), f.actual(), amounts(e.spent()), amounts(e.released()),
                    e.outcome()));
        } else if (event instanceof PreReviewOpened e) {
            PreReviewView old = reviews.get(e.projectId());
            Map<String, DepartmentReview> r = new LinkedHashMap<>();
            for (String d : e.required()) {
                DepartmentReview prior = old == null ? null : old.reviews().get(d);
                r.put(d, e.pending().contains(d) || prior == null ? new DepartmentReview(d, null, 0, null, null, null) : prior);
            }
            reviews.put(e.projectId(), new PreReviewView(e.projectId(), version, e.round(), r));
        } else if (event instanceof DepartmentReviewed e) {
            PreReviewView old = reviews.get(e.projectId());
            Map<String, DepartmentReview> r = new LinkedHashMap<>(old.reviews());
            Instant at = m.at();
            r.put(e.department(), new DepartmentReview(e.department(), e.decision(), e.round(), e.comments(), m.actorId(), at));
            reviews.put(e.projectId(), new PreReviewView(e.projectId(), version, old.round(), r));
        } else {
            return false;
        }
        return true;
    }

    private void put(EnvelopeView v, long version, Map<FundingSource, Money> funded, Money in, Money out, Money committed,
                     Money spent, Money released, Money available, Money variance) {
        envelopes.put(v.id(), new EnvelopeView(v.id(), version, v.scopeId(), v.year(), v.name(), funded, in, out,
                committed, spent, released, available, variance));
    }

    private static Map<String, Money> amounts(List<FundingAmount> lines) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (FundingAmount a : lines) m.merge(a.envelopeId(), Money.ofFen(a.amountFen()), Money::plus);
        return m;
    }
}
