package org.weishi.core.event;

import java.util.List;

/**
 * A project's plan was committed in its envelopes (the approval batch).
 *
 * @param projectId the project
 * @param lines what was committed per envelope
 */
public record FundingCommitted(String projectId, List<FundingAmount> lines) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
