package org.weishi.core.event;

/**
 * A member signed in.
 *
 * @param meetingId the meeting
 * @param memberId the member
 */
public record MemberSignedIn(String meetingId, String memberId) implements DomainEvent {
    @Override
    public String aggregateId() {
        return meetingId;
    }
}
