package org.weishi.core.event;

import org.weishi.core.deliberation.VoteChoice;

/**
 * A member voted on an agenda item.
 *
 * @param meetingId the meeting
 * @param projectId the item
 * @param memberId the member
 * @param choice the vote
 */
public record VoteCast(String meetingId, String projectId, String memberId, VoteChoice choice) implements DomainEvent {
    @Override
    public String aggregateId() {
        return meetingId;
    }
}
