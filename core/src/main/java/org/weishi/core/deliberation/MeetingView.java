package org.weishi.core.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A council meeting.
 *
 * @param id its id
 * @param scopeId the community
 * @param title its title
 * @param agenda project ids on the agenda
 * @param members the council's members when the meeting opened
 * @param present members who signed in, in order
 * @param votes per project, member to vote
 * @param closed whether it is closed
 * @param minutes the minutes (free text, redacted before publication), when closed
 * @param evidence references to evidence (photos, sign-in sheets), when closed
 * @param decisions the decisions, when closed
 * @param openedAt when it opened
 * @param version its stream version
 */
public record MeetingView(String id, String scopeId, String title, List<String> agenda, List<String> members,
                          List<String> present, Map<String, Map<String, VoteChoice>> votes, boolean closed, String minutes,
                          List<String> evidence, List<AgendaDecision> decisions, Instant openedAt, long version) {
    /** Copies. */
    public MeetingView {
        agenda = List.copyOf(agenda);
        members = List.copyOf(members);
        present = List.copyOf(present);
        votes = Map.copyOf(votes);
        evidence = List.copyOf(evidence);
        decisions = List.copyOf(decisions);
    }
}
