package org.weishi.core.event;

import java.util.List;
import org.weishi.core.deliberation.AgendaDecision;

/**
 * A meeting closed with its decisions and minutes.
 *
 * @param meetingId the meeting
 * @param present members present
 * @param quorum members needed
 * @param decisions one per agenda item
 * @param minutes the minutes
 * @param evidence evidence references
 */
public record MeetingClosed(String meetingId, int present, int quorum, List<AgendaDecision> decisions, String minutes,
                            List<String> evidence) implements DomainEvent {
    /** Copies. */
    public MeetingClosed {
        decisions = List.copyOf(decisions);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
