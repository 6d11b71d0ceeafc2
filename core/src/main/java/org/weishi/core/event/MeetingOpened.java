package org.weishi.core.event;

import java.util.List;

/**
 * A council meeting opened.
 *
 * @param meetingId its id
 * @param scopeId the community
 * @param title its title
 * @param agenda project ids
 * @param members the council's members at that time
 */
public record MeetingOpened(String meetingId, String scopeId, String title, List<String> agenda, List<String> members)
        implements DomainEvent {
    /** Copies. */
    public MeetingOpened {
        agenda = List.copyOf(agenda);
        members = List.copyOf(members);
    }

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
