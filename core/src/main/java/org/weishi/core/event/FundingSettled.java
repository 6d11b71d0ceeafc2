package org.weishi.core.event;

import java.util.List;

/**
 * A project's money was settled on completion or termination.
 *
 * @param projectId the project
 * @param outcome {@code COMPLETED} or {@code TERMINATED}
 * @param spent actual spending per envelope
 * @param released released remainder per envelope
 */
public record FundingSettled(String projectId, String outcome, List<FundingAmount> spent, List<FundingAmount> released) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
