package org.weishi.core.command;

/**
 * A request to change something. Immutable; validated before it is handled.
 */
public sealed interface Command permits SubmitDemand, ActOnDemand, MergeDemand, RateDemand, DraftProject,
        ActOnProject, LinkDemands, AssignLead, ReportProgress, ConstituteCouncil, OpenMeeting, SignIn, CastVote,
        CloseMeeting, RaiseObjection, AnswerObjection, BudgetCommand, ReviewProject {
    /** @return the id of the aggregate the command addresses, or null when it creates one */
    String targetId();
}
