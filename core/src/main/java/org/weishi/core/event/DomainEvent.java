package org.weishi.core.event;

/** Something that happened to a demand or a project. */
public sealed interface DomainEvent permits DemandSubmitted, DemandTransitioned, DemandRated, ProjectDrafted,
        ProjectTransitioned, DemandsLinked, LeadAssigned, ProgressReported, CouncilConstituted, MeetingOpened, MemberSignedIn,
        VoteCast, MeetingClosed, NoticePublished, ObjectionRaised, ObjectionAnswered {
    /** @return the id of the demand or project */
    String aggregateId();

    /** @return the event type name as stored, the record's simple name */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
