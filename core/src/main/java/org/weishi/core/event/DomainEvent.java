package org.weishi.core.event;

/** Something that happened to a demand, a project, an envelope, a project's funding or its pre-review. */
public sealed interface DomainEvent permits DemandSubmitted, DemandTransitioned, DemandRated, ProjectDrafted,
        ProjectTransitioned, DemandsLinked, LeadAssigned, ProgressReported,
        // deliberation (issue 4)
        CouncilConstituted, MeetingOpened, MemberSignedIn, VoteCast, MeetingClosed, NoticePublished, ObjectionRaised,
        ObjectionAnswered,
        // budgets and pre-review (issue 3)
        EnvelopeOpened, EnvelopeFunded, FundsMovedOut, FundsMovedIn, FundsCommitted, FundsSpent,
        ReleasedFundsReplanned, FundingPlanned, ActualCostReported, FundingCommitted, FundingSettled,
        PreReviewOpened, DepartmentReviewed {
    /** @return the id of the demand or project */
    String aggregateId();

    /** @return the event type name as stored, the record's simple name */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
