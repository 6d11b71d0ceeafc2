package org.weishi.core.internal;

import java.util.List;
import org.weishi.core.event.ActualCostReported;
import org.weishi.core.event.DepartmentReviewed;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EnvelopeFunded;
import org.weishi.core.event.EnvelopeOpened;
import org.weishi.core.event.FundingCommitted;
import org.weishi.core.event.FundingPlanned;
import org.weishi.core.event.FundingSettled;
import org.weishi.core.event.FundsCommitted;
import org.weishi.core.event.FundsMovedIn;
import org.weishi.core.event.FundsMovedOut;
import org.weishi.core.event.FundsSpent;
import org.weishi.core.event.PreReviewOpened;
import org.weishi.core.event.ReleasedFundsReplanned;

/** The event types of budgets and pre-review, registered with {@link EventCodec}. */
final class BudgetEvents {
    static final List<Class<? extends DomainEvent>> TYPES = List.of(EnvelopeOpened.class, EnvelopeFunded.class,
            FundsMovedOut.class, FundsMovedIn.class, FundsCommitted.class, FundsSpent.class,
            ReleasedFundsReplanned.class, FundingPlanned.class, ActualCostReported.class, FundingCommitted.class,
            FundingSettled.class, PreReviewOpened.class, DepartmentReviewed.class);

    private BudgetEvents() {
    }
}
