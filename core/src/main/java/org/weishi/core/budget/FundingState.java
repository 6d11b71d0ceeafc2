package org.weishi.core.budget;

/** Where a project's money stands. */
public enum FundingState {
    /** A funding plan is recorded; nothing is committed yet. */
    PLANNED,
    /** Approved (立项): each plan line is committed in its envelope. */
    COMMITTED,
    /** Completed or terminated: the actual cost is spent and the remainder released. Final. */
    SETTLED
}
