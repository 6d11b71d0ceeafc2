package org.weishi.core.event;

import java.util.List;

/**
 * The actual cost of a project was reported, per envelope of its plan.
 *
 * @param projectId the project
 * @param lines actual cost per envelope
 */
public record ActualCostReported(String projectId, List<FundingAmount> lines) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
